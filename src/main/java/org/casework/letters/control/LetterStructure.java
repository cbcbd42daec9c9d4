package org.casework.letters.control;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The logical structure of a letter (PDF/UA-1 and PDF/A-2a): a screen reader reads it as a document of headings,
 * paragraphs and quotations in the order they are written, the logo by its description, and skips what repeats on
 * every page (the page numbers, the logo after the first page) as artifacts. Each drawn line is marked content of its
 * part; a part wrapped over two pages is one element with content on both.
 */
final class LetterStructure {

    /** A logical part of the letter: its structure type ({@code P}, {@code H1}, {@code H2}, {@code BlockQuote}). */
    static final class Part {
        final String type;
        final String alternative;
        private PDStructureElement element;

        Part(String type) {
            this(type, null);
        }

        /** {@code alternative}: what the part is, for a figure (read instead of the picture). */
        Part(String type, String alternative) {
            this.type = type;
            this.alternative = alternative;
        }
    }

    private static final COSName TABS = COSName.getPDFName("Tabs");

    private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<Integer, PDParentTreeValue> parents = new HashMap<>();
    private PDPage page;
    private COSArray onPage;

    LetterStructure(PDDocument pdf, String language) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(tree);
        document = new PDStructureElement("Document", tree);
        tree.appendKid(document);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true); // a reader's title bar names the letter, not its file
        catalog.setViewerPreferences(preferences);
    }

    /** Marked content from here on belongs to this page (each page finds its elements by its parent-tree key). */
    void startPage(PDPage next) {
        page = next;
        onPage = new COSArray();
        page.setStructParents(parents.size());
        page.getCOSObject().setItem(TABS, COSName.S);
        parents.put(parents.size(), new PDParentTreeValue(onPage));
    }

    /** Begins content of {@code part}; end it with {@link PDPageContentStream#endMarkedContent()}. */
    void begin(PDPageContentStream content, Part part) throws IOException {
        if (part.element == null) {
            part.element = new PDStructureElement(part.type, document);
            part.element.setPage(page);
            if (part.alternative != null) {
                part.element.setAlternateDescription(part.alternative);
            }
            document.appendKid(part.element);
        }
        int id = onPage.size();
        content.beginMarkedContent(COSName.getPDFName(part.type), id);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(id);
        part.element.appendKid(reference);
        onPage.add(part.element);
    }

    /** Begins content that is not part of what the letter says ({@code Pagination}, {@code Layout}). */
    static void beginArtifact(PDPageContentStream content, String type) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, type);
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    }

    /** Writes the parent tree: from each page's marked content back to the elements it belongs to. */
    void finish() {
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(parents);
        tree.setParentTree(parentTree);
        tree.setParentTreeNextKey(parents.size());
    }
}
