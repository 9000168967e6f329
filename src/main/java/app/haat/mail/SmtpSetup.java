package app.haat.mail;

import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Which SMTP server Haat sends to, decided when the portal starts, not when it is built: the production jar's bean
 * definitions are computed at build time (Spring AOT, see HaatApplication), which would freeze a condition on
 * spring.mail.host or haat.demo. The configured server when spring.mail.host is set (Spring Boot's own mail
 * auto-configuration is excluded for this reason); in demo mode without one, the embedded server; else none, and
 * messages wait in the outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class SmtpSetup {

    /** The sender to use, if any, and the embedded server when that is what it sends to. */
    record Smtp(Optional<JavaMailSenderImpl> sender, Optional<EmbeddedMailServer.Server> embedded) {
        void stop() {
            embedded.ifPresent(EmbeddedMailServer.Server::stop);
        }
    }

    @Bean(destroyMethod = "stop")
    Smtp smtp(
            MailProperties properties,
            @Value("${haat.demo:false}") boolean demo,
            @Value("${haat.mail.embedded-port:3025}") int embeddedPort) {
        if (properties.getHost() != null && !properties.getHost().isBlank()) {
            return new Smtp(Optional.of(configured(properties)), Optional.empty());
        }
        if (demo) {
            EmbeddedMailServer embedded = new EmbeddedMailServer();
            EmbeddedMailServer.Server server = embedded.embeddedSmtpServer(embeddedPort);
            return new Smtp(Optional.of(embedded.mailSender(server)), Optional.of(server));
        }
        return new Smtp(Optional.empty(), Optional.empty());
    }

    /** As Spring Boot's MailSenderPropertiesConfiguration sets a sender up from spring.mail.*. */
    private static JavaMailSenderImpl configured(MailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        if (properties.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(properties.getProperties());
        if (properties.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + properties.getProtocol() + ".ssl.enable", "true");
        }
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
