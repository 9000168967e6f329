package app.haat.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads received messages part by part (GreenMailUtil.getBody gives base64 for UTF-8, see stack.md). */
public final class MailContent {

    private MailContent() {}

    public static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Part part) {
        return find(part, "text/plain");
    }

    public static String html(Part part) {
        return find(part, "text/html");
    }

    public static List<String> attachmentNames(Part part) {
        List<String> names = new ArrayList<>();
        walk(part, p -> {
            if (p.getFileName() != null) {
                names.add(p.getFileName());
            }
        });
        return names;
    }

    public static byte[] attachment(Part part, String suffix) {
        List<byte[]> found = new ArrayList<>();
        walk(part, p -> {
            if (p.getFileName() != null && p.getFileName().endsWith(suffix)) {
                try (InputStream in = p.getInputStream()) {
                    found.add(in.readAllBytes());
                }
            }
        });
        if (found.isEmpty()) {
            throw new AssertionError("no attachment ending in " + suffix);
        }
        return found.get(0);
    }

    private static String find(Part part, String type) {
        List<String> found = new ArrayList<>();
        walk(part, p -> {
            if (p.getFileName() == null && p.isMimeType(type) && found.isEmpty()) {
                found.add((String) p.getContent());
            }
        });
        return found.isEmpty() ? "" : found.get(0);
    }

    private interface PartVisitor {
        void visit(Part part) throws MessagingException, IOException;
    }

    private static void walk(Part part, PartVisitor visitor) {
        try {
            visitor.visit(part);
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    walk(body, visitor);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
