package app.haat.user;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the reset link through SMTP when it is configured; without SMTP the link is logged so that an
 * administrator can pass it on. (The mail outbox of the mail issue will take this over.)
 */
@Component
class PasswordResetMailer {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMailer.class);
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    PasswordResetMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${haat.mail.from}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    void send(String to, String subject, String body, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("SMTP is not configured; password reset link for {}: {}", to, link);
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            sender.send(message);
        } catch (MessagingException | MailException e) {
            log.warn("Could not send the password reset mail to {} ({}); link: {}", to, e.getMessage(), link);
        }
    }
}
