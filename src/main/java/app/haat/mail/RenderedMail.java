package app.haat.mail;

import java.util.List;

/** A message ready to send: subject, HTML with its plain-text alternative, attachments. */
public record RenderedMail(String subject, String html, String text, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {}
}
