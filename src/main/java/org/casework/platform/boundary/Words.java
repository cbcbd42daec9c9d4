package org.casework.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;

/**
 * The kernel's codes in words for pages that receive them as names (the API's records carry codes, the pages
 * show words): {@code #{words.platform(c.platform())}}. A name that is not a code is shown as it is.
 */
@Named("words")
@ApplicationScoped
public class Words {

    public String platform(String name) {
        try {
            return name == null ? "" : Platform.valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    public String outcome(String name) {
        try {
            return name == null ? "" : Outcome.valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
