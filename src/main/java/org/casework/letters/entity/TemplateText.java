package org.casework.letters.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casework.kernel.InvalidFieldException;

/**
 * The wording of a template as an administrator writes it: paragraphs separated by a blank line, a line starting
 * with {@code # } is a heading, {@code {name}} marks where the system puts a fact. A fact that fills whole paragraphs
 * ({@code {reasons}}, {@code {clauses}}, {@code {description}}) stands on a line of its own. Only the template's own
 * text is searched for places: a value the system merges in is never read as one.
 *
 * <p>A paragraph, heading or fact may start with who decided it is for: {@code [examiners]}, {@code [hearing]},
 * {@code [triage]} or several ({@code [examiners,hearing]}). It is then kept only in letters about that decider's
 * decision: a warning the case examiners issue may be refused for a hearing, one a hearing panel imposed may not.
 */
public final class TemplateText {

    private static final Pattern PLACE = Pattern.compile("\\{([A-Za-z]+)}");

    private static final Pattern CONDITION = Pattern.compile("^\\[([a-z, ]+)]\\s*");

    /** The deciders a piece can be for, as written inside the brackets. */
    public static final Set<String> DECIDERS = Set.of("triage", "examiners", "hearing");

    /** One piece of a letter's body before the facts are merged in; {@code only} empty means in every letter. */
    public sealed interface Piece permits Heading, Paragraph, Facts {
        Set<String> only();

        /** Whether the piece belongs in a letter about this decider's decision (null: no decision yet). */
        default boolean isFor(String decider) {
            return only().isEmpty() || (decider != null && only().contains(decider));
        }
    }

    public record Heading(String text, Set<String> only) implements Piece {
        public Heading(String text) {
            this(text, Set.of());
        }
    }

    public record Paragraph(String text, Set<String> only) implements Piece {
        public Paragraph(String text) {
            this(text, Set.of());
        }
    }

    /** A place for paragraphs of data: the description, the reasons, the clauses. */
    public record Facts(String name, Set<String> only) implements Piece {
        public Facts(String name) {
            this(name, Set.of());
        }
    }

    private TemplateText() {
    }

    /**
     * The pieces of a body, after checking every place against what the template's letter offers and that the
     * subject and body together keep what the letter must state.
     */
    public static List<Piece> parse(TemplateKey key, String subject, String body) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Set<String> only = Set.of();
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
            String text = line.strip();
            Set<String> condition = Set.of();
            if (paragraph.isEmpty()) {
                Matcher m = CONDITION.matcher(text);
                if (m.find()) {
                    condition = deciders(m.group(1));
                    text = text.substring(m.end());
                }
            }
            if (text.isEmpty() || text.startsWith("# ") || isFacts(key, text)) {
                flush(paragraph, only, pieces);
                if (text.startsWith("# ")) {
                    pieces.add(new Heading(text.substring(2).strip(), condition));
                } else if (!text.isEmpty()) {
                    pieces.add(new Facts(text.substring(1, text.length() - 1), condition));
                }
            } else {
                if (paragraph.isEmpty()) {
                    only = condition;
                }
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
            }
        }
        flush(paragraph, only, pieces);
        check(key, pieces, places(subject));
        return List.copyOf(pieces);
    }

    /** Checks a subject line: a single line whose places are all facts of this letter. */
    public static void checkSubject(TemplateKey key, String subject) {
        for (String name : places(subject)) {
            if (!key.inlineData().contains(name)) {
                throw unknown("subject", key, name);
            }
        }
    }

    /** The text with each place filled; a value is inserted as it is, never searched for places itself. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isFacts(TemplateKey key, String line) {
        Matcher m = PLACE.matcher(line);
        return m.matches() && key.blockData().contains(m.group(1));
    }

    private static void flush(StringBuilder paragraph, Set<String> only, List<Piece> pieces) {
        if (!paragraph.isEmpty()) {
            pieces.add(new Paragraph(paragraph.toString(), only));
            paragraph.setLength(0);
        }
    }

    private static Set<String> deciders(String list) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : list.split(",")) {
            if (!DECIDERS.contains(name.strip())) {
                throw new InvalidFieldException("body", "starts a paragraph with [" + list + "]; a paragraph may "
                        + "be kept for [triage], [examiners] or [hearing] (or several, separated by commas)");
            }
            names.add(name.strip());
        }
        return Set.copyOf(names);
    }

    private static void check(TemplateKey key, List<Piece> pieces, Set<String> inSubject) {
        Set<String> used = new LinkedHashSet<>(inSubject);
        for (Piece piece : pieces) {
            Set<String> names = new LinkedHashSet<>();
            if (piece instanceof Facts facts) {
                names.add(facts.name());
            } else if (piece instanceof Heading heading) {
                names.addAll(inline(key, heading.text()));
            } else if (piece instanceof Paragraph paragraph) {
                names.addAll(inline(key, paragraph.text()));
            }
            // what a letter must state it states whoever decided: a piece kept for one decider does not count
            if (piece.only().isEmpty()) {
                used.addAll(names);
            }
        }
        for (String required : key.requiredData()) {
            if (!used.contains(required)) {
                throw new InvalidFieldException("body", "must keep {" + required + "}: the " + key.label()
                        + " always states it");
            }
        }
    }

    private static Set<String> inline(TemplateKey key, String text) {
        Set<String> names = places(text);
        for (String name : names) {
            if (key.blockData().contains(name)) {
                throw new InvalidFieldException("body", "puts {" + name + "} inside a sentence; it fills whole "
                        + "paragraphs, so it must stand on a line of its own");
            }
            if (!key.inlineData().contains(name)) {
                throw unknown("body", key, name);
            }
        }
        return names;
    }

    private static Set<String> places(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static InvalidFieldException unknown(String field, TemplateKey key, String name) {
        List<String> offered = new ArrayList<>();
        key.inlineData().forEach(n -> offered.add("{" + n + "}"));
        key.blockData().forEach(n -> offered.add("{" + n + "}"));
        return new InvalidFieldException(field, "uses {" + name + "}, which the " + key.label() + " does not offer; "
                + "it may use " + String.join(", ", offered));
    }
}
