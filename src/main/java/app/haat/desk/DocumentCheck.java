package app.haat.desk;

import app.haat.core.api.ValidationException;
import app.haat.group.PhotoProcessor;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded document must be. The first bytes decide the type (%PDF-, JPEG, PNG), and must agree with the
 * declared {@code Content-Type}; a PDF is opened and refused when encrypted, over the page limit, carrying JavaScript
 * anywhere (open action, additional actions, the names tree, annotations and form fields: every dictionary is
 * visited) or embedded files (the names tree, file attachment annotations, file specifications with an embedded
 * stream), or when its text shows a full Aadhaar number; an image is decoded and re-encoded as JPEG by the product
 * photos' own code, which keeps only its pixels. Each refusal is a {@link ValidationException} with its own message.
 */
final class DocumentCheck {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final int IMAGE_SIDE = 2400;
    private static final int MAX_OBJECTS = 500_000;
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

    /** The bytes to store (a PDF as sent, an image re-encoded), their type and a PDF's page count. */
    record Checked(
            String contentType, byte[] bytes, @Nullable Integer pages) {}

    private DocumentCheck() {}

    static Checked check(@Nullable String declared, byte[] bytes, int maxPages) {
        String sniffed = sniff(bytes);
        if (sniffed == null) {
            throw new ValidationException("document.error.notAllowed");
        }
        String claimed = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!sniffed.equals(claimed)) {
            throw new ValidationException("document.error.typeMismatch");
        }
        return sniffed.equals(PDF) ? pdf(bytes, maxPages) : image(bytes);
    }

    /** PDF, JPEG or PNG by the first bytes; null for anything else (an executable, a zip, a text). */
    static @Nullable String sniff(byte[] b) {
        if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        String image = PhotoProcessor.sniff(b);
        if ("jpeg".equals(image)) {
            return JPEG;
        }
        return "png".equals(image) ? PNG : null;
    }

    private static Checked image(byte[] bytes) {
        try {
            return new Checked(JPEG, PhotoProcessor.reencode(bytes, IMAGE_SIDE), null);
        } catch (PhotoProcessor.Rejected | IOException e) {
            throw new ValidationException("document.error.unreadableImage");
        }
    }

    private static Checked pdf(byte[] bytes, int maxPages) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw new ValidationException("document.error.encrypted");
            }
            int pages = document.getNumberOfPages();
            if (pages > maxPages) {
                throw new ValidationException("document.error.tooManyPages", maxPages);
            }
            if (pages == 0) {
                throw new ValidationException("document.error.unreadablePdf");
            }
            String active = activeContent(document.getDocument().getTrailer());
            if (active != null) {
                throw new ValidationException(active);
            }
            if (Aadhaar.containsFull(new PDFTextStripper().getText(document))) {
                throw new ValidationException("document.error.fullAadhaar");
            }
            return new Checked(PDF, bytes, pages);
        } catch (InvalidPasswordException e) {
            throw new ValidationException("document.error.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException refused) {
                throw refused;
            }
            throw new ValidationException("document.error.unreadablePdf");
        }
    }

    /**
     * Every dictionary reachable from the trailer, visited once: the message key of the first JavaScript or embedded
     * file found, or null.
     */
    static @Nullable String activeContent(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                return "document.error.unreadablePdf";
            }
            if (next instanceof COSDictionary dictionary) {
                String found = refused(dictionary);
                if (found != null) {
                    return found;
                }
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    todo.push(entry.getValue());
                }
            } else if (next instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.push(array.get(i));
                }
            }
        }
        return null;
    }

    private static @Nullable String refused(COSDictionary d) {
        if (d.containsKey(COSName.JS)
                || COSName.JAVA_SCRIPT.equals(d.getCOSName(COSName.S))
                || d.containsKey(COSName.JAVA_SCRIPT)) {
            return "document.error.javaScript";
        }
        if (d.containsKey(COSName.EMBEDDED_FILES)
                || d.containsKey(COSName.EF)
                || FILE_ATTACHMENT.equals(d.getCOSName(COSName.SUBTYPE))
                || COSName.EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))) {
            return "document.error.embeddedFile";
        }
        return null;
    }
}
