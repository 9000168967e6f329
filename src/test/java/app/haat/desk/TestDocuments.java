package app.haat.desk;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Real files made for the document tests: PDFs written with PDFBox, images with ImageIO, executables' headers. */
final class TestDocuments {

    private TestDocuments() {}

    /** A valid-looking Aadhaar number: 11 digits and the Verhoeff check digit that makes the 12 valid. */
    static String aadhaar(String elevenDigits) {
        for (int d = 0; d < 10; d++) {
            if (Aadhaar.verhoeff(elevenDigits + d)) {
                return elevenDigits + d;
            }
        }
        throw new IllegalStateException("every prefix has one check digit");
    }

    static byte[] pdf(int pages, String text) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] pdfWithJavaScript() throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(1, "Resolution of the group"))) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            return save(document);
        }
    }

    static byte[] pdfWithEmbeddedFile() throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(1, "Resolution of the group"))) {
            PDEmbeddedFile file = new PDEmbeddedFile(
                    document, new ByteArrayInputStream("MZ hidden program".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("setup.exe");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("setup.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            return save(document);
        }
    }

    /** A link annotation on the page whose action is JavaScript (no document-level script at all). */
    static byte[] pdfWithJavaScriptLink() throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(1, "Click here"))) {
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 690, 100, 20));
            link.setAction(new PDActionJavaScript("this.submitForm('https://example.org/')"));
            document.getPage(0).getAnnotations().add(link);
            return save(document);
        }
    }

    /** A file attachment annotation on the page (no names tree). */
    static byte[] pdfWithAttachmentAnnotation() throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(1, "See the attachment"))) {
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment attachment =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment();
            attachment.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 600, 20, 20));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("notes.txt");
            spec.setEmbeddedFile(new PDEmbeddedFile(
                    document, new ByteArrayInputStream("notes".getBytes(StandardCharsets.US_ASCII))));
            attachment.setFile(spec);
            document.getPage(0).getAnnotations().add(attachment);
            return save(document);
        }
    }

    /** Encrypted with a password to open it ({@code userPassword}), or only to change it (blank). */
    static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(1, "Bank statement"))) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(10, 10, 100, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JPEG with a comment segment carrying {@code marker} right after its start, as a camera's metadata would. */
    static byte[] jpegWithComment(String marker) throws IOException {
        byte[] plain = image("jpeg");
        byte[] text = marker.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xFF);
        out.write(text);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** An ELF executable's first bytes, and a Windows one's. */
    static byte[] elf() {
        byte[] bytes = new byte[256];
        bytes[0] = 0x7F;
        bytes[1] = 'E';
        bytes[2] = 'L';
        bytes[3] = 'F';
        return bytes;
    }

    static byte[] pe() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
