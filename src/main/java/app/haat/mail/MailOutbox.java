package app.haat.mail;

import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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

    /** Rows per insert statement (and contacts per fetch) of a message to many groups. */
    private static final int BATCH = 1000;

    private final OutboxRepository repository;
    private final JsonMapper json;
    private final MailDispatcher dispatcher;
    private final SmsDispatcher smsDispatcher;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean wakeOnCommit;

    MailOutbox(
            OutboxRepository repository,
            JsonMapper json,
            MailDispatcher dispatcher,
            SmsDispatcher smsDispatcher,
            CurrentUser currentUser,
            Clock clock,
            @Value("${haat.mail.wake-on-commit:true}") boolean wakeOnCommit) {
        this.wakeOnCommit = wakeOnCommit;
        this.repository = repository;
        this.json = json;
        this.dispatcher = dispatcher;
        this.smsDispatcher = smsDispatcher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Queues an e-mail to this address in the caller's transaction (a confirmation link for the address itself, an
     * account's reset link). The recipient is checked when sending: a bad address fails that message only, with the
     * reason shown in the Messages view.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(MessageType type, String recipient, String language, Map<String, Object> model) {
        return insert(type, Channel.EMAIL, null, null, recipient, language, model);
    }

    /**
     * Queues a message to a group by each channel it receives (SMS to its mobile, e-mail when it gave an address), in
     * its account's language, in the caller's transaction. Answers the channels used.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Channel> toGroup(MessageType type, long groupId, Map<String, Object> model) {
        return toGroup(type, groupId, contact -> model);
    }

    /**
     * As {@link #toGroup(MessageType, long, Map)}, with the message's values made from the group's contact (its name,
     * its leader's, its language: a date in Bengali digits for a group that reads Bengali).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Channel> toGroup(MessageType type, long groupId, Function<GroupContact, Map<String, Object>> model) {
        List<GroupContact> contacts = repository.groupContacts(List.of(groupId));
        if (contacts.isEmpty()) {
            return Set.of();
        }
        GroupContact contact = contacts.getFirst();
        Map<String, Object> values = model.apply(contact);
        Set<Channel> channels = contact.channelsFor(type);
        for (Channel channel : channels) {
            insert(type, channel, groupId, null, address(contact, channel), contact.language(), values);
        }
        return channels;
    }

    /**
     * Queues a message to each of these accounts (officers, staff, admins) by the channels each chose, in their
     * language, with the values made from their contact. Accounts that are disabled, belong to a group, or have
     * neither a mobile number nor an address get nothing. Answers the rows queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toUsers(MessageType type, Collection<Long> userIds, Function<UserContact, Map<String, Object>> model) {
        if (userIds.isEmpty()) {
            return 0;
        }
        int queued = 0;
        for (UserContact contact : repository.userContacts(userIds)) {
            Set<Channel> channels = contact.channelsFor(type);
            if (channels.isEmpty()) {
                continue;
            }
            Map<String, Object> values = model.apply(contact);
            for (Channel channel : channels) {
                String address = channel == Channel.SMS ? contact.mobile() : contact.email();
                insert(type, channel, null, contact.userId(), address, contact.language(), values);
                queued++;
            }
        }
        return queued;
    }

    /**
     * The same message to many groups at once (an announcement to a catchment): their contacts streamed (the ids as an
     * array parameter, one query per 20,000 groups), the messages stored a thousand rows per statement; groups that
     * turned announcements off are left out when {@code announcement} is set. Answers the rows queued. 68,000 groups
     * take 8 to 10 s (docs/BENCHMARKS.md).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toGroups(
            MessageType type,
            Collection<Long> groupIds,
            boolean announcement,
            Function<GroupContact, Map<String, Object>> model) {
        if (groupIds.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<OutboxRepository.NewMessage> rows = new ArrayList<>(BATCH + 1);
        int[] queued = {0};
        repository.groupContacts(groupIds, BATCH, contacts -> {
            for (GroupContact contact : contacts) {
                if (announcement && !contact.announcements()) {
                    continue;
                }
                String body = json.writeValueAsString(model.apply(contact));
                for (Channel channel : contact.channelsFor(type)) {
                    rows.add(new OutboxRepository.NewMessage(
                            newMessageId(),
                            type,
                            channel,
                            contact.groupId(),
                            address(contact, channel),
                            contact.language(),
                            body));
                }
                if (rows.size() >= BATCH) {
                    repository.insertAll(rows, now);
                    queued[0] += rows.size();
                    rows.clear();
                }
            }
        });
        repository.insertAll(rows, now);
        queued[0] += rows.size();
        if (queued[0] > 0 && wakeOnCommit) {
            wakeDispatcherAfterCommit();
        }
        return queued[0];
    }

    /**
     * Queues an SMS to a mobile number that need not belong to a group or an account (a one-time code; the group or
     * account it is for is kept when known), in the caller's
     * transaction; the dispatcher fails it instead of sending it at or after {@code expiresAt}. The model's value
     * named {@code code} is masked in the stored text once sent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long smsTo(
            MessageType type,
            String mobile,
            @Nullable Long groupId,
            @Nullable Long userId,
            String language,
            Map<String, Object> model,
            OffsetDateTime expiresAt) {
        long id = insert(type, Channel.SMS, groupId, userId, mobile, language, model);
        repository.setExpiry(id, expiresAt);
        return id;
    }

    private long insert(
            MessageType type,
            Channel channel,
            @Nullable Long groupId,
            @Nullable Long userId,
            @Nullable String recipient,
            String language,
            Map<String, Object> model) {
        long id = repository.insert(
                newMessageId(),
                type,
                channel,
                groupId,
                userId,
                recipient == null ? "" : recipient.strip(),
                "bn".equals(language) ? "bn" : "en",
                json.writeValueAsString(model),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        if (wakeOnCommit) {
            wakeDispatcherAfterCommit();
        }
        return id;
    }

    private static String address(GroupContact contact, Channel channel) {
        return channel == Channel.SMS ? contact.mobile() : Objects.requireNonNullElse(contact.email(), "");
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@haat>";
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
            smsDispatcher.wakeUp();
        }
    }
}
