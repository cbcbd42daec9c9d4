package org.casework.letters.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.DateConverter;

/**
 * What a letter says of itself: the same title, author and dates in the document information and in XMP, the claim
 * to PDF/A-2a (archival, tagged) and PDF/UA-1 (accessible), and an sRGB output intent (the profile Java ships), so
 * the letter reads the same in twenty years and to a screen reader today. PDF/UA's identification schema is not one
 * PDF/A knows, so the XMP describes it in a PDF/A extension schema.
 */
final class LetterMetadata {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
               <dc:creator><rdf:Seq><rdf:li>%2$s</rdf:li></rdf:Seq></dc:creator>
               <dc:language><rdf:Bag><rdf:li>%4$s</rdf:li></rdf:Bag></dc:language>
               <xmp:CreatorTool>Casework</xmp:CreatorTool>
               <xmp:CreateDate>%3$s</xmp:CreateDate>
               <xmp:ModifyDate>%3$s</xmp:ModifyDate>
               <pdf:Producer>Casework (Apache PDFBox)</pdf:Producer>
               <pdfaid:part>2</pdfaid:part>
               <pdfaid:conformance>A</pdfaid:conformance>
               <pdfuaid:part>1</pdfuaid:part>
               <pdfaExtension:schemas>
                <rdf:Bag>
                 <rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                  <pdfaSchema:property>
                   <rdf:Seq>
                    <rdf:li rdf:parseType="Resource">
                     <pdfaProperty:name>part</pdfaProperty:name>
                     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                     <pdfaProperty:category>internal</pdfaProperty:category>
                     <pdfaProperty:description>The part of ISO 14289 the document conforms to</pdfaProperty:description>
                    </rdf:li>
                   </rdf:Seq>
                  </pdfaSchema:property>
                 </rdf:li>
                </rdf:Bag>
               </pdfaExtension:schemas>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>""";

    private LetterMetadata() {
    }

    static void describe(PDDocument document, String title, String author, String language) throws IOException {
        Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        created.set(Calendar.MILLISECOND, 0);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Casework");
        info.setProducer("Casework (Apache PDFBox)");
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(XMP.formatted(xml(title), xml(author), DateConverter.toISO8601(created),
                xml(language)).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static String xml(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
