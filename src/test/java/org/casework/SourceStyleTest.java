package org.casework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code names types by their simple names and imports them (Spotless keeps the imports ordered and none unused):
 * a fully qualified name inline in code hides a dependency from the reader of the imports. Strings and comments
 * may name classes as they like.
 */
class SourceStyleTest {

    private static final Pattern STRING_OR_COMMENT =
            Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|//[^\\n]*|/\\*.*?\\*/|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);
    static final Pattern INLINE_QUALIFIED_NAME =
            Pattern.compile("(?<![\\w.])(?:java|javax|jakarta|org|com)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*");

    @Test
    void noInlineFullyQualifiedNames() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    found.addAll(inlineNames(file));
                }
            }
        }
        assertThat(found).as("inline fully qualified names; import them instead").isEmpty();
    }

    @Test
    void findsAnInlineName() {
        assertThat(inlineNames("class A { java.util.List<String> names; }")).containsExactly("java.util.List");
        assertThat(inlineNames("import java.util.List;\nclass A { String s = \"java.util.List\"; } // java.io.File"))
                .isEmpty();
    }

    private static List<String> inlineNames(Path file) throws IOException {
        return inlineNames(Files.readString(file)).stream().map(name -> file + ": " + name).toList();
    }

    static List<String> inlineNames(String source) {
        String code = STRING_OR_COMMENT.matcher(source).replaceAll("\"\"");
        List<String> names = new ArrayList<>();
        for (String line : code.split("\n")) {
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = INLINE_QUALIFIED_NAME.matcher(line);
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }
}
