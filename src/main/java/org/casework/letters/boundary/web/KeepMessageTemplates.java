package org.casework.letters.boundary.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.InvalidFieldException;
import org.casework.letters.boundary.MessageTemplates;
import org.casework.letters.entity.MessageTemplate;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.entity.StaffIdentity;

/**
 * An administrator keeps the message templates staff start from: picks one to reword, writes a new one, or removes
 * one. Each action comes back to the page's own address with what happened.
 */
@Named
@ViewScoped
public class KeepMessageTemplates implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("key", "template:key", "name", "template:name",
            "recipient", "template:recipient", "subject", "template:subject", "body", "template:body");

    @Inject
    MessageTemplates templates;
    @Inject
    StaffIdentity staff;

    private String key;
    private boolean existing;
    private String name;
    private String recipient;
    private String subject;
    private String body;
    private List<Row> rows;

    /** A template as the list shows it. */
    public record Row(String key, String name, String recipient, String subject, String updatedBy, Instant updatedAt)
            implements Serializable {
    }

    /** Called by the view parameter: the template to reword, if any; none means a new one. */
    public void load() {
        if (key == null || key.isBlank()) {
            return;
        }
        MessageTemplate template = templates.all().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElse(null);
        if (template == null) {
            FacesMessages.error("There is no message template " + key + ".");
            key = null;
            return;
        }
        existing = true;
        name = template.name();
        recipient = template.recipient().name();
        subject = template.subject();
        body = template.body();
    }

    public void save() {
        try {
            templates.save(key, name, recipient, subject, body, staff);
            showAgain(key, "Saved. Staff who start a message from \"" + name + "\" now get this wording; messages "
                    + "already sent keep theirs.");
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void delete() {
        try {
            templates.delete(key, staff);
            showAgain(null, "The template \"" + name + "\" is removed; messages already sent keep their words.");
        } catch (CaseNotFoundException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    private static void showAgain(String key, String done) {
        FacesMessages.info(done);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/staff/admin/messages.xhtml"
                    + (key == null ? "" : "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = templates.all().stream().map(t -> new Row(t.key(), t.name(), t.recipient().label(), t.subject(),
                    t.updatedBy(), t.updatedAt())).toList();
        }
        return rows;
    }

    public boolean isExisting() { return existing; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
