package org.casework.policy.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a policy version written in YAML into the same {@link PolicyFile} as the JSON import, with the same fields.
 * Safe loading only (maps, lists and scalars, never a Java type named in the file), few aliases (no "billion laughs")
 * and a size limit. Whatever the file is, a wrong shape is refused by field like a wrong JSON file.
 */
public final class PolicyYaml {

    private PolicyYaml() {
    }

    public static PolicyFile read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(2 * 1_048_576);
        options.setAllowDuplicateKeys(false);
        Object root;
        try {
            // no implicit types: every plain value stays the text it is written as (a clause "1.10" is not 1.1)
            DumperOptions dump = new DumperOptions();
            root = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, new Resolver() {
                @Override
                protected void addImplicitResolvers() {
                }
            }).load(yaml);
        } catch (YAMLException e) {
            throw refused("file", "is not YAML a policy version can be read from: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<?, ?> file = map(root, "file");
        Map<?, ?> document = map(file.get("document"), "document");
        Map<?, ?> version = map(file.get("version"), "version");
        List<PolicyFile.Clause> clauses = new ArrayList<>();
        Object rawClauses = file.get("clauses");
        if (rawClauses != null && !(rawClauses instanceof List)) {
            throw refused("clauses", "must be a list");
        }
        List<?> list = rawClauses == null ? List.of() : (List<?>) rawClauses;
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> clause = map(list.get(i), "clauses[" + i + "]");
            clauses.add(new PolicyFile.Clause(text(clause.get("number")), text(clause.get("heading")),
                    text(clause.get("text"))));
        }
        return new PolicyFile(new PolicyFile.Document(text(document.get("code")), text(document.get("title")),
                text(document.get("issuer"))), new PolicyFile.Version(text(version.get("label")),
                date(version.get("effectiveFrom")), text(version.get("source"))), clauses);
    }

    private static Map<?, ?> map(Object value, String field) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw refused(field, "must be a mapping of fields");
        }
        return map;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw refused("version.effectiveFrom", "must be a date like 2027-01-01");
        }
    }

    private static PolicyFileRefusedException refused(String field, String reason) {
        return new PolicyFileRefusedException(List.of(new PolicyFile.Problem(field, reason)));
    }
}
