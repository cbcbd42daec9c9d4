package org.casework.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.casework.cases.entity.InvalidFieldException;

/** Puts a domain error beside the form field it is about, or at the top of the form when no field matches. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void show(InvalidFieldException e, Map<String, String> fieldToClientId) {
        String field = e.field().replaceAll("\\[\\d+]$", "");
        String clientId = fieldToClientId.get(field);
        String text = clientId == null ? e.getMessage() : capitalise(e.reason());
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The error as a sentence for the summary at the top of a form: "Email is not an email address." */
    public static String sentence(InvalidFieldException e) {
        return capitalise(e.field().replaceAll("^[a-z]+\\.", "").replaceAll("\\[(\\d+)]", " $1")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " " + e.reason());
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
