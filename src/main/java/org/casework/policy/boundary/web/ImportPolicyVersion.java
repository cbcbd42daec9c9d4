package org.casework.policy.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.policy.boundary.PolicyImports;
import org.casework.policy.control.PolicyFile;
import org.casework.policy.control.PolicyFileRefusedException;
import org.casework.policy.control.PolicySuccession;
import org.casework.policy.control.PolicyYaml;

/** An administrator uploads a policy version (JSON), reads the preview, then imports exactly what was previewed. */
@Named
@ViewScoped
public class ImportPolicyVersion implements Serializable {

    static final int MAX_BYTES = 2 * 1_048_576;

    @Inject
    PolicyImports imports;

    private transient Part file;
    /** The text previewed, JSON or YAML: exactly that is imported. */
    private String previewedJson;
    private boolean previewedYaml;
    private List<PolicyImports.VersionSummary> versions;
    private PolicySuccession.Plan plan;

    public void preview() {
        plan = null;
        previewedJson = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("Choose a policy version file (JSON or YAML) to preview.");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            FacesMessages.error("The file is larger than 2 MB; a policy version is far smaller.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            boolean yaml = isYaml(file.getSubmittedFileName(), text);
            plan = imports.preview(parse(text, yaml));
            previewedJson = text;
            previewedYaml = yaml;
        } catch (IOException e) {
            FacesMessages.error("The file could not be read; please try again.");
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    public void importPreviewed() {
        if (previewedJson == null) {
            FacesMessages.error("Preview a file first.");
            return;
        }
        try {
            plan = imports.importVersion(parse(previewedJson, previewedYaml));
            previewedJson = null;
            versions = null;
            FacesMessages.info("Imported " + plan.documentTitle() + ", version " + plan.label() + ": "
                    + plan.clauses().size() + " clauses, in force from " + plan.effectiveFrom() + ".");
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    private static PolicyFile parse(String text, boolean yaml) {
        return yaml ? PolicyYaml.read(text) : JSON.fromJson(text, PolicyFile.class);
    }

    /** By its name (.yaml, .yml) or, failing that, by whether it starts like a JSON object. */
    static boolean isYaml(String fileName, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return true;
        }
        return !name.endsWith(".json") && !text.stripLeading().startsWith("{");
    }

    private void refused(RuntimeException e) {
        plan = null;
        previewedJson = null;
        if (e instanceof PolicyFileRefusedException refused) {
            FacesMessages.error(refused.getMessage() + ":");
            refused.problems().forEach(p -> FacesMessages.error(p.field() + " " + p.reason()));
        } else if (e instanceof WrongStageException conflict) {
            FacesMessages.error(conflict.getMessage());
        } else if (e instanceof JsonbException) {
            FacesMessages.error("The file is not a policy version in JSON (see the example in the administrator's "
                    + "guide).");
        } else {
            throw e;
        }
    }

    public List<PolicyImports.VersionSummary> getVersions() {
        if (versions == null) {
            versions = imports.versions();
        }
        return versions;
    }

    public boolean isPreviewed() { return previewedJson != null; }
    public PolicySuccession.Plan getPlan() { return plan; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
