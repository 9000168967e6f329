package app.haat.mail;

import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What the Messages view needs to know about e-mail delivery: is there a server, and what has the embedded one received. */
@Service
public class MailStatus {

    public enum Mode {
        /** SMTP settings are configured. */
        SMTP,
        /** Demo mode: the embedded server on loopback. */
        EMBEDDED,
        /** No SMTP: messages stay queued in the outbox. */
        NONE
    }

    /** A message as the embedded server received it. */
    public record Received(String messageId, String to, String subject, String html, List<String> attachments) {}

    private final MailDispatcher dispatcher;
    private final SmtpSetup.Smtp smtp;
    private final CurrentUser currentUser;
    private final MailRenderer renderer;

    MailStatus(MailDispatcher dispatcher, SmtpSetup.Smtp smtp, CurrentUser currentUser, MailRenderer renderer) {
        this.dispatcher = dispatcher;
        this.smtp = smtp;
        this.currentUser = currentUser;
        this.renderer = renderer;
    }

    /** A message type rendered from its sample data, attachments included: the admins' template preview. */
    public RenderedMail preview(MessageType type, String language) {
        currentUser.requireRole(Role.STATE_ADMIN);
        return renderer.render(type, language, MessageSamples.of(type, language));
    }

    public Mode mode() {
        if (smtp.embedded().isPresent()) {
            return Mode.EMBEDDED;
        }
        return dispatcher.canSend() ? Mode.SMTP : Mode.NONE;
    }

    /** Where the embedded server listens (host:port), or empty when it does not run. */
    public Optional<String> embeddedAddress() {
        return smtp.embedded().map(EmbeddedMailServer.Server::address);
    }

    /** Newest first; empty unless the embedded server runs. */
    public List<Received> received(int limit) {
        currentUser.requireRole(Role.STATE_ADMIN);
        EmbeddedMailServer.Server server = smtp.embedded().orElse(null);
        if (server == null) {
            return List.of();
        }
        List<MimeMessage> messages = new ArrayList<>(server.received());
        List<Received> out = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(describe(messages.get(i)));
        }
        return out;
    }

    static Received describe(MimeMessage message) {
        try {
            List<String> attachments = new ArrayList<>();
            String html = findHtml(message, attachments).orElse("");
            return new Received(
                    message.getMessageID(),
                    String.join(
                            ", ",
                            Arrays.stream(message.getAllRecipients())
                                    .map(Object::toString)
                                    .toList()),
                    message.getSubject(),
                    html,
                    attachments);
        } catch (MessagingException | IOException e) {
            return new Received("?", "?", "unreadable message: " + e.getMessage(), "", List.of());
        }
    }

    private static Optional<String> findHtml(Part part, List<String> attachments)
            throws MessagingException, IOException {
        if (part.getFileName() != null) {
            attachments.add(part.getFileName());
            return Optional.empty();
        }
        if (part.isMimeType("text/html")) {
            return Optional.of((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            Optional<String> html = Optional.empty();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                Optional<String> found = findHtml(body, attachments);
                if (html.isEmpty()) {
                    html = found;
                }
            }
            return html;
        }
        return Optional.empty();
    }
}
