package org.casework.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.casework.kernel.InvalidFieldException;

/** Says why a field was refused in the bundle's language; falls back to the English reason the domain gave. */
public final class LocalisedReasons {

    private LocalisedReasons() {
    }

    public static String reason(InvalidFieldException e, ResourceBundle bundle) {
        if (e.code() == null || bundle == null) {
            return e.reason();
        }
        try {
            Locale locale = bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale();
            return new MessageFormat(bundle.getString(e.code().key()), locale).format(e.arguments());
        } catch (MissingResourceException missing) {
            return e.reason();
        }
    }
}
