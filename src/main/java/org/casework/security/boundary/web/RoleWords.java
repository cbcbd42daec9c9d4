package org.casework.security.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Roles as people read them ("Investigator, Case examiner"), from the message bundle's {@code role.*} words. */
@Named("roleWords")
@ApplicationScoped
public class RoleWords {

    /** Any roles, as enum constants or their names, in a stable order. */
    public String of(Collection<?> roles) {
        if (roles == null || roles.isEmpty()) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle words = faces.getApplication().getResourceBundle(faces, "msg");
        return roles.stream().map(String::valueOf).sorted().map(r -> words.containsKey("role." + r)
                ? words.getString("role." + r) : r).collect(Collectors.joining(", "));
    }

    public String one(Object role) {
        return role == null ? "" : of(List.of(role));
    }
}
