package org.casework.letters.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.letters.entity.LetterTemplate;
import org.casework.letters.entity.TemplateKey;

/** The wording Casework ships, from {@code default-templates.txt}: one section per template, each checked on load. */
public final class DefaultTemplates {

    private static final Map<TemplateKey, LetterTemplate> ALL = load();

    private DefaultTemplates() {
    }

    public static LetterTemplate of(TemplateKey key) {
        LetterTemplate template = ALL.get(key);
        if (template == null) {
            throw new IllegalStateException("default-templates.txt has no " + key);
        }
        return template;
    }

    private static Map<TemplateKey, LetterTemplate> load() {
        try (InputStream in = DefaultTemplates.class.getResourceAsStream("/org/casework/letters/default-templates.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<TemplateKey, LetterTemplate> templates = new LinkedHashMap<>();
            String[] sections = text.split("(?m)^=== ");
            for (int i = 1; i < sections.length; i++) {
                String section = sections[i];
                String[] lines = section.split("\n", 4);
                TemplateKey key = TemplateKey.parse(lines[0].strip())
                        .orElseThrow(() -> new IllegalStateException("Unknown template " + lines[0]));
                boolean issued = value(lines[1], "issued").equals("yes");
                templates.put(key, new LetterTemplate(key, value(lines[2], "subject"), lines[3].strip(), issued));
            }
            TemplateKey.all().stream().filter(k -> !templates.containsKey(k)).findFirst().ifPresent(k -> {
                throw new IllegalStateException("default-templates.txt has no " + k);
            });
            return Map.copyOf(templates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String line, String name) {
        if (!line.startsWith(name + ":")) {
            throw new IllegalStateException("default-templates.txt: expected '" + name + ":' but found " + line);
        }
        return line.substring(name.length() + 1).strip();
    }
}
