package org.casework.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.ResourceBundle;
import org.casework.kernel.InvalidFieldException;
import org.casework.platform.control.LocalisedReasons;

/** Puts a domain error beside the form field it is about, or at the top of the form when no field matches. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void show(InvalidFieldException refused, Map<String, String> fieldToClientId) {
        for (InvalidFieldException e : refused.each()) { // every refused field beside its input at once
            String field = e.field().replaceAll("\\[\\d+]$", "");
            String clientId = fieldToClientId.get(field);
            String text = clientId == null ? e.getMessage() : capitalise(reason(e));
            FacesContext.getCurrentInstance().addMessage(clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** The error as a sentence for the summary at the top of a form: "Email is not an email address." */
    public static String sentence(InvalidFieldException e) {
        return capitalise(e.field().replaceAll("^[a-z]+\\.", "").replaceAll("\\[(\\d+)]", " $1")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " " + reason(e));
    }

    /** The same, with the field's label from the bundle ({@code field.<labelKey>}) where it has one. */
    public static String sentence(InvalidFieldException e, String labelKey) {
        ResourceBundle bundle = bundle();
        if (labelKey == null || bundle == null || !bundle.containsKey("field." + labelKey)) {
            return sentence(e);
        }
        return capitalise(bundle.getString("field." + labelKey).replaceAll("\\s*\\(.*\\)$", "") + " " + reason(e));
    }

    /** Why the field was refused, in the view's language where the bundle says it. */
    public static String reason(InvalidFieldException e) {
        return LocalisedReasons.reason(e, bundle());
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? null : faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** A text of the portal's resource bundle, in the view's language. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
