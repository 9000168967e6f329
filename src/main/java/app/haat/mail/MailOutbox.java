package app.haat.mail;

import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.db.tables.records.MailOutboxRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to send mail: {@link #enqueue} writes the message into the outbox inside the caller's transaction, so
 * it exists exactly when the change that caused it is committed. The dispatcher sends it afterwards.
 */
@Service
public class MailOutbox {

    private final OutboxRepository repository;
    private final JsonMapper json;
    private final MailDispatcher dispatcher;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean wakeOnCommit;

    MailOutbox(
            OutboxRepository repository,
            JsonMapper json,
            MailDispatcher dispatcher,
            CurrentUser currentUser,
            Clock clock,
            @Value("${haat.mail.wake-on-commit:true}") boolean wakeOnCommit) {
        this.wakeOnCommit = wakeOnCommit;
        this.repository = repository;
        this.json = json;
        this.dispatcher = dispatcher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Queues a message in the caller's transaction. The recipient is checked when sending: a bad address fails that
     * message only, with the reason shown in the Mail view.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(MessageType type, String recipient, String language, Map<String, Object> model) {
        String messageId = "<" + UUID.randomUUID() + "@haat>";
        long id = repository.insert(
                messageId,
                type,
                recipient == null ? "" : recipient.strip(),
                "bn".equals(language) ? "bn" : "en",
                json.writeValueAsString(model),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        if (wakeOnCommit) {
            wakeDispatcherAfterCommit();
        }
        return id;
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> page(OutboxStatus status, int offset, int limit) {
        currentUser.requireRole(Role.STATE_ADMIN);
        return repository.page(status, offset, limit).stream()
                .map(MailOutbox::toEntry)
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(OutboxStatus status) {
        currentUser.requireRole(Role.STATE_ADMIN);
        return repository.count(status);
    }

    @Transactional(readOnly = true)
    public Map<OutboxStatus, Integer> countsByStatus() {
        currentUser.requireRole(Role.STATE_ADMIN);
        return repository.countsByStatus();
    }

    /** Puts a failed message back into the queue (after fixing an address or a template). */
    @Transactional
    public boolean retry(long id) {
        currentUser.requireRole(Role.STATE_ADMIN);
        boolean requeued = repository.requeue(id, OffsetDateTime.now(clock)) == 1;
        if (requeued) {
            wakeDispatcherAfterCommit();
        }
        return requeued;
    }

    /** Sends right after the transaction commits instead of waiting for the next poll (once per transaction). */
    private void wakeDispatcherAfterCommit() {
        boolean registered =
                TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(WakeUp.class::isInstance);
        if (!registered) {
            TransactionSynchronizationManager.registerSynchronization(new WakeUp());
        }
    }

    private final class WakeUp implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            dispatcher.wakeUp();
        }
    }

    static OutboxEntry toEntry(MailOutboxRecord r) {
        return new OutboxEntry(
                r.getId(),
                r.getMessageId(),
                r.getMessageType(),
                r.getRecipient(),
                r.getLanguage(),
                r.getStatus(),
                r.getAttempts(),
                r.getCreatedAt(),
                r.getSentAt(),
                r.getSubject(),
                r.getLastError());
    }
}
