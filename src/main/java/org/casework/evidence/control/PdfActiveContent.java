package org.casework.evidence.control;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What in a PDF could act when a member of staff opens it in a reader: JavaScript (as an open action, a page's or
 * field's action, or in the name tree), actions that launch a program, submit a form or import data elsewhere,
 * embedded files, XFA forms and embedded media. Every object reachable from the trailer is looked at, wherever the
 * action hides (catalog, page, annotation, outline), without reading any stream's data.
 */
final class PdfActiveContent {

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName SUBMIT_FORM = COSName.getPDFName("SubmitForm");
    private static final COSName IMPORT_DATA = COSName.getPDFName("ImportData");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");

    private PdfActiveContent() {
    }

    /** The first active content found, in words ("JavaScript"), or empty for a document that only shows. */
    static Optional<String> find(PDDocument document) {
        Deque<COSBase> todo = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.push(document.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                Optional<String> active = activeIn(dictionary);
                if (active.isPresent()) {
                    return active;
                }
                dictionary.getValues().forEach(todo::push);
            } else if (next instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> activeIn(COSDictionary d) {
        COSName action = d.getCOSName(COSName.S);
        if (d.containsKey(COSName.JS) || d.containsKey(COSName.JAVA_SCRIPT) || COSName.JAVA_SCRIPT.equals(action)) {
            return Optional.of("JavaScript");
        }
        if (LAUNCH.equals(action)) {
            return Optional.of("an action that starts a program");
        }
        if (SUBMIT_FORM.equals(action) || IMPORT_DATA.equals(action)) {
            return Optional.of("a form action that sends or fetches data elsewhere");
        }
        if (d.containsKey(COSName.EMBEDDED_FILES) || d.containsKey(COSName.EF)
                || EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))) {
            return Optional.of("embedded files");
        }
        if (d.containsKey(COSName.XFA)) {
            return Optional.of("an XFA form");
        }
        if (RICH_MEDIA.equals(d.getCOSName(COSName.SUBTYPE))) {
            return Optional.of("embedded media");
        }
        return Optional.empty();
    }
}
