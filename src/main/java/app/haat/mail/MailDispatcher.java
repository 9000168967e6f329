package app.haat.mail;

import app.haat.core.cluster.NodeIdentity;
import app.haat.db.tables.records.MailOutboxRecord;
import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what the outbox holds. One thread; batches of due messages go over one SMTP connection. With several nodes
 * on one database, each node claims its batch (FOR UPDATE SKIP LOCKED, then the claim committed with the node's
 * name and an expiry) before sending outside any lock, so no two nodes send the same message. Each message is
 * marked handed over just before it goes to the server and sent right after the server accepted it, so a crash can
 * at worst send the one message it was handing over again once the claim expired, marked possibly duplicated (with
 * the same Message-ID, which mail programs treat as one); the batch's other unsettled messages simply go. Failures: a bad address or a broken template fails that message
 * only; an unreachable or hanging server (timeouts are set) leaves the batch queued and retries with growing
 * delays; nothing is ever dropped.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final TypeReference<Map<String, Object>> MODEL = new TypeReference<>() {};

    private final OutboxRepository repository;
    private final MailRenderer renderer;
    private final SmtpSetup.Smtp smtp;
    private final JsonMapper json;
    private final Clock clock;
    private final String from;
    private final int batchSize;
    private final Duration retryBase;
    private final Duration retryMax;
    private final int maxAttempts;
    /** This node and how long its claim on a batch lasts before another node may take the batch over. */
    private final Claimant claimant;

    private final DrainWorker worker = new DrainWorker("haat-mail-dispatcher");
    /** Rendering (PDF letters above all) is the expensive part; it runs on all cores while sending stays serial. */
    private final ForkJoinPool renderers =
            new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private long renderNanos;
    private long sendNanos;

    MailDispatcher(
            OutboxRepository repository,
            MailRenderer renderer,
            SmtpSetup.Smtp smtp,
            JsonMapper json,
            Clock clock,
            @Value("${haat.mail.from}") String from,
            @Value("${haat.mail.batch-size:100}") int batchSize,
            @Value("${haat.mail.retry-base:PT30S}") Duration retryBase,
            @Value("${haat.mail.retry-max:PT1H}") Duration retryMax,
            @Value("${haat.mail.max-attempts:8}") int maxAttempts,
            NodeIdentity node,
            @Value("${haat.mail.claim-for:PT5M}") Duration claimFor) {
        this.repository = repository;
        this.claimant = new Claimant(node.id(), claimFor);
        this.renderer = renderer;
        this.smtp = smtp;
        this.json = json;
        this.clock = clock;
        this.from = from;
        this.batchSize = batchSize;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.maxAttempts = maxAttempts;
    }

    /** Whether an SMTP server is configured (or the embedded one runs); without one, messages wait in the outbox. */
    boolean canSend() {
        return smtp.sender().isPresent();
    }

    /** Asks for a drain soon; several calls while one is pending collapse into one. */
    void wakeUp() {
        if (canSend()) {
            worker.wake(this::drain);
        }
    }

    @Scheduled(
            initialDelayString = "${haat.mail.poll-interval:PT5S}",
            fixedDelayString = "${haat.mail.poll-interval:PT5S}")
    void poll() {
        wakeUp();
    }

    @PreDestroy
    void stop() {
        worker.stop();
        renderers.shutdownNow();
    }

    /** Sends due messages until none are left or the server cannot be reached. Answers how many were sent. */
    int drain() {
        JavaMailSenderImpl sender = smtp.sender().orElse(null);
        if (sender == null) {
            return 0;
        }
        // batches whose node was killed (or hangs) past the claim go again, marked possibly duplicated
        repository.releaseExpired(Channel.EMAIL, now(), now().minus(Duration.ofMinutes(5)));
        long started = System.nanoTime();
        renderNanos = 0;
        sendNanos = 0;
        int sent = 0;
        while (!Thread.currentThread().isInterrupted()) {
            List<MailOutboxRecord> batch = repository.claimDueMail(now(), batchSize, claimant);
            if (batch.isEmpty()) {
                break;
            }
            BatchResult result = send(sender, batch);
            sent += result.sent();
            if (!result.serverReachable()) {
                break;
            }
        }
        if (sent > 0) {
            log.info(
                    "Mail dispatcher sent {} messages in {} ms (rendering {} ms on {} threads, SMTP and marking {} ms)",
                    sent,
                    (System.nanoTime() - started) / 1_000_000,
                    renderNanos / 1_000_000,
                    renderers.getParallelism(),
                    sendNanos / 1_000_000);
        }
        return sent;
    }

    private record Prepared(MailOutboxRecord record, MimeMessage message, String subject) {}

    private record BatchResult(int sent, boolean serverReachable) {}

    private BatchResult send(JavaMailSenderImpl sender, List<MailOutboxRecord> batch) {
        Session session = tuned(sender).getSession();
        long renderStart = System.nanoTime();
        List<Prepared> prepared = renderers
                .submit(() -> batch.parallelStream()
                        .map(record -> prepare(session, record))
                        .flatMap(Optional::stream)
                        .toList())
                .join();
        renderNanos += System.nanoTime() - renderStart;
        if (prepared.isEmpty()) {
            return new BatchResult(0, true);
        }
        long sendStart = System.nanoTime();
        try {
            return sendPrepared(sender, session, prepared);
        } finally {
            sendNanos += System.nanoTime() - sendStart;
        }
    }

    private BatchResult sendPrepared(JavaMailSenderImpl sender, Session session, List<Prepared> prepared) {
        int sent = 0;
        int next = 0; // index of the first message not yet settled
        try (Transport transport = session.getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol())) {
            transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            for (; next < prepared.size(); next++) {
                Prepared p = prepared.get(next);
                if (!repository.markHandedOver(p.record(), now())) {
                    // the claim expired while this node was slow and another node took the batch over: it sends
                    // the rest, marked or not as they were, and this node stops here
                    log.warn("Mail batch taken over by another node after {} messages", sent);
                    return new BatchResult(sent, true);
                }
                try {
                    transport.sendMessage(p.message(), p.message().getAllRecipients());
                    repository.markSent(p.record(), p.subject(), now());
                    sent++;
                } catch (SendFailedException e) {
                    if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                        repository.markFailed(
                                p.record(),
                                p.subject(),
                                "Recipient refused by the SMTP server: " + addresses(e.getInvalidAddresses()) + " ("
                                        + e.getMessage() + ")");
                    } else {
                        retryOrFail(p.record(), p.subject(), "Not accepted: " + e.getMessage());
                    }
                } catch (MessagingException e) {
                    // The connection broke or timed out: this and the rest of the batch wait for the next try.
                    for (Prepared rest : prepared.subList(next, prepared.size())) {
                        // the server may have accepted the one it was taking before the line went
                        retryLater(rest.record(), "SMTP connection lost: " + describe(e), rest == p);
                    }
                    log.warn("SMTP connection lost after {} messages: {}", sent, e.getMessage());
                    return new BatchResult(sent, false);
                }
            }
        } catch (MessagingException e) {
            for (Prepared p : prepared.subList(next, prepared.size())) {
                retryLater(p.record(), "SMTP server unreachable: " + describe(e), false);
            }
            log.warn("SMTP server {}:{} unreachable: {}", sender.getHost(), sender.getPort(), describe(e));
            return new BatchResult(sent, false);
        }
        return new BatchResult(sent, true);
    }

    /** Renders and builds the MIME message; a bad address or template fails the message here, for good. */
    private Optional<Prepared> prepare(Session session, MailOutboxRecord record) {
        MessageType type = record.getMessageType();
        InternetAddress to;
        try {
            to = new InternetAddress(record.getRecipient(), true);
        } catch (AddressException e) {
            repository.markFailed(
                    record, null, "Invalid recipient address '" + record.getRecipient() + "': " + e.getMessage());
            return Optional.empty();
        }
        RenderedMail mail;
        try {
            mail = renderer.render(type, record.getLanguage(), json.readValue(record.getModel(), MODEL));
        } catch (RuntimeException e) {
            repository.markFailed(
                    record,
                    null,
                    "Template " + type.template(record.getLanguage()) + " failed to render: " + rootMessage(e));
            log.error(
                    "Template {} failed to render for message {}",
                    type.template(record.getLanguage()),
                    record.getId(),
                    e);
            return Optional.empty();
        }
        try {
            String messageId = record.getMessageId();
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            for (RenderedMail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(
                        attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            message.saveChanges();
            return Optional.of(new Prepared(record, message, mail.subject()));
        } catch (MessagingException e) {
            repository.markFailed(record, mail.subject(), "Could not build the message: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Plain SMTP connections get TCP_NODELAY unless the operator configured a socket factory or implicit TLS
     * (those keep their own settings).
     */
    private static JavaMailSenderImpl tuned(JavaMailSenderImpl sender) {
        Properties properties = sender.getJavaMailProperties();
        if (!properties.containsKey("mail.smtp.socketFactory")
                && !properties.containsKey("mail.smtp.socketFactory.class")
                && !"true".equalsIgnoreCase(properties.getProperty("mail.smtp.ssl.enable"))
                && !"smtps".equals(sender.getProtocol())) {
            properties.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
            sender.setJavaMailProperties(properties);
        }
        return sender;
    }

    private void retryOrFail(MailOutboxRecord record, String subject, String error) {
        if (record.getAttempts() >= maxAttempts) {
            repository.markFailed(record, subject, error + " (gave up after " + record.getAttempts() + " attempts)");
        } else {
            retryLater(record, error, false);
        }
    }

    /** Waits base × 2^(attempts-1), at most retry-max; connection problems never fail a message for good. */
    private void retryLater(MailOutboxRecord record, String error, boolean possiblyAccepted) {
        long factor = 1L << Math.min(20, Math.max(0, record.getAttempts() - 1));
        Duration delay = retryBase.multipliedBy(factor);
        if (delay.compareTo(retryMax) > 0) {
            delay = retryMax;
        }
        repository.retryLater(record, now().plus(delay), error, possiblyAccepted);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String addresses(Address[] addresses) {
        return String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
    }

    /** The message with its causes, e.g. "Exception reading response (SocketTimeoutException: Read timed out)". */
    private static @Nullable String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e
                ? e.getMessage()
                : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
