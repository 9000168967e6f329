package app.haat.mail;

import app.haat.core.cluster.NodeIdentity;
import app.haat.core.cluster.NodeLeaseService;
import app.haat.db.tables.records.MailOutboxRecord;
import app.haat.sms.DeliveryReceipt;
import app.haat.sms.EncodedSms;
import app.haat.sms.SmppGateway;
import app.haat.sms.SmppSettings;
import app.haat.sms.SmsEncoding;
import app.haat.sms.SmsException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the outbox's SMS over SMPP. It claims at most one submit window of messages at a time (committed as
 * SENDING), submits them in parallel, and marks each sent with its parts' SMSC ids as soon as the SMSC answered: so a
 * crash can leave at most one window in flight, and those (and only those) are sent again after the restart, marked
 * "possibly duplicated". An unreachable SMSC leaves the queue as it is and is tried again with growing delays; a
 * throttling SMSC slows the sender down; a refused message fails with the SMSC's reason.
 */
@Component
class SmsDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);
    private static final TypeReference<Map<String, Object>> MODEL = new TypeReference<>() {};
    private static final Pattern MOBILE = Pattern.compile("[6-9][0-9]{9}");

    private final SmsOutboxRepository repository;
    private final SmsTemplates templates;
    private final SmsSetup.Sms sms;
    private final JsonMapper json;
    private final Clock clock;
    private final OffsetDateTime startedAt;
    private final SmsSendingRules rules;
    private final Duration retryBase;
    private final Duration retryMax;
    private final DrainWorker worker = new DrainWorker("haat-sms-dispatcher");
    private final ExecutorService submitters;
    private final ScheduledExecutorService later =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "haat-sms-receipts"));
    /** This node and how long its claim on a window of SMS lasts before another node may take them over. */
    private final Claimant claimant;
    /** One node binds per SMS account: it holds this lease, renewed at every batch, and sends for all. */
    private final NodeLeaseService leases;

    private final Duration bindLease;

    private @Nullable SmppGateway gateway;
    private volatile @Nullable String lastError;
    private OffsetDateTime nextConnectAt;
    private int failedConnects;

    SmsDispatcher(
            SmsOutboxRepository repository,
            SmsTemplates templates,
            SmsSetup.Sms sms,
            JsonMapper json,
            Clock clock,
            @Value("${haat.sms.quiet-hours:21:00-09:00}") String quietHours,
            @Value("${haat.sms.retry-base:PT30S}") Duration retryBase,
            @Value("${haat.sms.retry-max:PT1H}") Duration retryMax,
            NodeIdentity node,
            @Value("${haat.sms.claim-for:PT2M}") Duration claimFor,
            NodeLeaseService leases,
            @Value("${haat.sms.bind-lease:PT30S}") Duration bindLease) {
        this.repository = repository;
        this.leases = leases;
        this.bindLease = bindLease;
        this.claimant = new Claimant(node.id(), claimFor);
        this.templates = templates;
        this.sms = sms;
        this.json = json;
        this.clock = clock;
        this.startedAt = now();
        this.nextConnectAt = startedAt;
        this.rules = new SmsSendingRules(templates, QuietHours.parse(quietHours));
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        int window = sms.settings().map(SmppSettings::window).orElse(1);
        this.submitters = Executors.newFixedThreadPool(window, r -> daemon(r, "haat-sms-submit"));
    }

    /** Whether an SMSC is configured (or the demo's embedded one runs); without one, SMS wait in the outbox. */
    boolean canSend() {
        return sms.settings().isPresent();
    }

    /** Why the last connection or bind failed, if it did (for the admin). */
    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    void wakeUp() {
        if (canSend()) {
            worker.wake(this::drain);
        }
    }

    @Scheduled(
            initialDelayString = "${haat.sms.poll-interval:PT2S}",
            fixedDelayString = "${haat.sms.poll-interval:PT2S}")
    void poll() {
        wakeUp();
    }

    @PreDestroy
    void stop() {
        worker.stop();
        submitters.shutdownNow();
        later.shutdownNow();
        SmppGateway current = gateway;
        if (current != null) {
            current.close();
            sms.settings().ifPresent(settings -> leases.release(bindLeaseName(settings)));
        }
    }

    /** Sends due SMS until none are left or the SMSC cannot be reached; answers how many were sent. */
    int drain() {
        if (!canSend()) {
            return 0;
        }
        releaseInFlightOfEarlierRuns();
        if (!holdsBind()) {
            return 0;
        }
        SmppGateway bound = bound();
        if (bound == null) {
            return 0;
        }
        int window = sms.settings().orElseThrow().window();
        int sent = 0;
        while (!Thread.currentThread().isInterrupted() && holdsBind()) {
            OffsetDateTime now = now();
            List<MailOutboxRecord> batch =
                    repository.claimDue(now, window, rules.sendable(), rules.waiting(now), claimant);
            if (batch.isEmpty()) {
                break;
            }
            List<Future<Outcome>> results = new ArrayList<>();
            for (MailOutboxRecord record : batch) {
                results.add(submitters.submit(() -> send(bound, record)));
            }
            boolean reachable = true;
            for (Future<Outcome> result : results) {
                Outcome outcome = outcome(result);
                sent += outcome == Outcome.SENT ? 1 : 0;
                reachable &= outcome != Outcome.UNREACHABLE;
            }
            if (!reachable) {
                break;
            }
        }
        return sent;
    }

    private enum Outcome {
        SENT,
        FAILED,
        LATER,
        UNREACHABLE
    }

    private Outcome send(SmppGateway bound, MailOutboxRecord record) {
        long id = record.getId();
        if (!MOBILE.matcher(record.getRecipient()).matches()) {
            repository.markFailed(record, "Not an Indian mobile number: '" + record.getRecipient() + "'");
            return Outcome.FAILED;
        }
        if (record.getExpiresAt() != null && !record.getExpiresAt().isAfter(now())) {
            // a one-time code that could not go in time: worthless now, and never retried
            repository.markFailed(record, "Expired before it could be sent");
            return Outcome.FAILED;
        }
        var template = templates
                .find(record.getMessageType(), record.getLanguage())
                .filter(t -> t.templateId() != null)
                .orElse(null);
        if (template == null) {
            repository.retryLater(record, now().plusMinutes(5), heldReason(record), false);
            return Outcome.LATER;
        }
        String text;
        String shown;
        String scrubbed = null;
        try {
            Map<String, Object> model = json.readValue(record.getModel(), MODEL);
            text = templates.fill(template, model);
            shown = model.containsKey("code") ? templates.fill(template, masked(model)) : text;
            if (model.containsKey("code")) {
                scrubbed = json.writeValueAsString(masked(model));
            }
        } catch (RuntimeException e) {
            repository.markFailed(record, "The SMS text could not be filled: " + e.getMessage());
            return Outcome.FAILED;
        }
        EncodedSms encoded = SmsEncoding.encode(text, (int) (id & 0xFF));
        try {
            List<String> ids = bound.submit(record.getRecipient(), encoded, template.templateId(), sms.extraTlvs());
            if (!repository.markSent(record, ids, shown, encoded.segments(), now())) {
                log.warn("SMS {} was taken over by another claim while in flight; that claim settles it", id);
                return Outcome.LATER;
            }
            if (scrubbed != null) {
                repository.replaceModel(id, scrubbed); // the code leaves no trace in the outbox once sent
            }
            return Outcome.SENT;
        } catch (SmsException e) {
            return afterSmscError(record, e);
        } catch (IllegalArgumentException e) {
            repository.markFailed(record, e.getMessage() == null ? "Refused" : e.getMessage());
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            // the SMSC may have taken it (e.g. the database failed while marking it): as after a crash
            log.error("SMS {} may have been sent but could not be marked; it goes again, possibly duplicated", id, e);
            repository.requeuePossiblyDuplicated(record, now().plusSeconds(5), e.toString());
            return Outcome.LATER;
        }
    }

    /** What the SMSC's refusal or silence means for the message: failed, later, or the SMSC is unreachable. */
    private Outcome afterSmscError(MailOutboxRecord record, SmsException e) {
        long id = record.getId();
        return switch (e.kind()) {
            case REFUSED -> {
                repository.markFailed(record, "Refused by the SMSC: " + e.getMessage());
                yield Outcome.FAILED;
            }
            case THROTTLED -> {
                repository.retryLater(
                        record, now().plusSeconds(5), "The SMSC asked to slow down: " + e.getMessage(), false);
                yield Outcome.LATER;
            }
            case UNAVAILABLE, BIND_REFUSED -> {
                lastError = e.getMessage();
                if (e.possiblyAccepted()) {
                    // it went out and no answer came back: the SMSC may have taken it
                    repository.requeuePossiblyDuplicated(
                            record,
                            now().plus(backoff(record.getAttempts())),
                            "No answer from the SMSC: " + e.getMessage());
                    yield Outcome.UNREACHABLE;
                }
                repository.retryLater(
                        record, now().plus(backoff(record.getAttempts())), "SMSC unreachable: " + e.getMessage(), true);
                yield Outcome.UNREACHABLE;
            }
        };
    }

    /**
     * SMS a killed or stopped node (this one in an earlier run, or another) left in SENDING go again once its claim
     * expired, marked possibly duplicated. Looked for at each drain.
     */
    int releaseInFlightOfEarlierRuns() {
        int released = repository.releaseInFlight(now(), startedAt);
        if (released > 0) {
            log.warn("{} SMS were in flight when a node stopped: sent again, marked possibly duplicated", released);
        }
        return released;
    }

    /**
     * Whether this node holds the account's bind (taken or renewed for {@code haat.sms.bind-lease}); a node that does
     * not lets go of any bind it still has, so the aggregator never sees two.
     */
    private boolean holdsBind() {
        if (leases.hold(bindLeaseName(sms.settings().orElseThrow()), bindLease)) {
            return true;
        }
        SmppGateway current = gateway;
        if (current != null && current.isBound()) {
            log.info("Another node holds the SMPP bind of this account; this one stops sending");
            current.close();
            gateway = null;
        }
        return false;
    }

    private static String bindLeaseName(SmppSettings settings) {
        return "smpp:" + settings.systemId() + "@" + settings.host() + ":" + settings.port();
    }

    /** The bound gateway, binding (again) when it is time to try; null while the SMSC cannot be reached. */
    private @Nullable SmppGateway bound() {
        SmppGateway current = gateway;
        if (current != null && current.isBound()) {
            return current;
        }
        if (now().isBefore(nextConnectAt)) {
            return null;
        }
        if (current == null) {
            current = new SmppGateway(sms.settings().orElseThrow(), this::receipt);
            gateway = current;
        }
        try {
            current.connect();
            failedConnects = 0;
            lastError = null;
            return current;
        } catch (SmsException e) {
            failedConnects++;
            lastError = e.getMessage();
            nextConnectAt = now().plus(backoff(failedConnects));
            log.warn("SMSC not reachable ({}); next try at {}", e.getMessage(), nextConnectAt);
            return null;
        }
    }

    /** A delivery receipt; one that arrives before its message's ids are stored is tried again once, then ignored. */
    private void receipt(DeliveryReceipt receipt) {
        if (!repository.receipt(receipt.messageId(), receipt.state(), now())) {
            later.schedule(
                    () -> {
                        if (!repository.receipt(receipt.messageId(), receipt.state(), now())) {
                            log.info(
                                    "Delivery receipt for an unknown message id {} ({}): ignored",
                                    receipt.messageId(),
                                    receipt.state());
                        }
                    },
                    2,
                    TimeUnit.SECONDS);
        }
    }

    private static String heldReason(MailOutboxRecord record) {
        return "Held: no DLT template id for " + record.getMessageType() + " (" + record.getLanguage() + ")";
    }

    private static Map<String, Object> masked(Map<String, Object> model) {
        Map<String, Object> copy = new HashMap<>(model);
        copy.put("code", "******");
        return copy;
    }

    private Duration backoff(int attempts) {
        Duration delay = retryBase.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }

    private static Outcome outcome(Future<Outcome> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNREACHABLE;
        } catch (ExecutionException e) {
            log.error("Sending an SMS failed unexpectedly", e.getCause());
            return Outcome.LATER;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
