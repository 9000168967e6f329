package app.haat.mail;

import app.haat.core.i18n.Formats;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.db.tables.records.MailOutboxRecord;
import app.haat.sms.EmbeddedSmsc;
import app.haat.sms.EmbeddedSmsc.ReceivedSms;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of both channels as people may read them: the state admin every message, a municipal officer those
 * to the groups of their municipalities, a group its own; and what the admin needs to know about SMS (is there an
 * SMSC, which texts are held for want of a template id, segments sent this month, what the demo's SMSC received).
 * Retrying a failed message is the admin's, in {@link MailOutbox#retry}.
 */
@Service
public class MessagesService {

    /** How many of its newest messages a group sees on its page. */
    public static final int OWN_MESSAGES = 20;

    /** The SMS side at a glance, for the warnings above the Messages view and the admin's home. */
    public record SmsOverview(
            boolean smscConfigured,
            boolean embeddedSmsc,
            Optional<String> lastError,
            List<HeldText> held,
            int heldMessages) {}

    /** A type and language whose SMS are held: its text has no DLT template id. */
    public record HeldText(MessageType type, String language) {}

    private final MessagesRepository repository;
    private final SmsOutboxRepository smsRepository;
    private final SmsTemplates templates;
    private final SmsDispatcher smsDispatcher;
    private final MailDispatcher mailDispatcher;
    private final SmsSetup.Sms sms;
    private final CurrentUser currentUser;
    private final Clock clock;

    MessagesService(
            MessagesRepository repository,
            SmsOutboxRepository smsRepository,
            SmsTemplates templates,
            SmsDispatcher smsDispatcher,
            MailDispatcher mailDispatcher,
            SmsSetup.Sms sms,
            CurrentUser currentUser,
            Clock clock) {
        this.repository = repository;
        this.smsRepository = smsRepository;
        this.templates = templates;
        this.smsDispatcher = smsDispatcher;
        this.mailDispatcher = mailDispatcher;
        this.sms = sms;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the messages the caller may read, newest first. Admins and officers only. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> page(MessageFilter filter, int offset, int limit) {
        return repository.page(staffScope(), filter, offset, limit).stream()
                .map(MessagesService::toEntry)
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(MessageFilter filter) {
        return repository.count(staffScope(), filter);
    }

    /** How many of the messages the caller may read are in each state, for the filter's channel and recipient. */
    @Transactional(readOnly = true)
    public Map<MessageState, Integer> countsByState(MessageFilter filter) {
        return repository.countsByState(staffScope(), filter);
    }

    /** SMS the caller may read that were sent again after a crash: their recipient may have received them twice. */
    @Transactional(readOnly = true)
    public int possiblyDuplicated() {
        return repository.possiblyDuplicated(staffScope());
    }

    /** The signed-in group's newest messages (at most {@link #OWN_MESSAGES}); anyone else is refused. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> ownMessages() {
        HaatPrincipal me = currentUser.requireRole(Role.SHG);
        long groupId =
                repository.groupOfAccount(me.userId()).orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
        return repository.latestOfGroup(groupId, OWN_MESSAGES).stream()
                .map(MessagesService::toEntry)
                .toList();
    }

    /** Whether SMS can go, and which texts hold theirs back. Admins and officers. */
    @Transactional(readOnly = true)
    public SmsOverview smsOverview() {
        staffScope();
        List<HeldText> held = held();
        Set<MessageType> heldTypes = EnumSet.noneOf(MessageType.class);
        held.forEach(h -> heldTypes.add(h.type()));
        return new SmsOverview(
                smsDispatcher.canSend(),
                sms.embedded().isPresent(),
                smsDispatcher.lastError(),
                held,
                heldTypes.isEmpty() ? 0 : smsRepository.heldCount(heldTypes));
    }

    /** SMS segments sent since the first day of this month (India time), by message type. Admins only. */
    @Transactional(readOnly = true)
    public Map<MessageType, Integer> segmentsThisMonth() {
        currentUser.requireRole(Role.STATE_ADMIN);
        LocalDate today = LocalDate.now(clock.withZone(Formats.INDIA));
        OffsetDateTime from =
                today.withDayOfMonth(1).atStartOfDay(Formats.INDIA).toOffsetDateTime();
        Map<MessageType, Integer> segments = new EnumMap<>(MessageType.class);
        segments.putAll(smsRepository.segmentsSince(from));
        return segments;
    }

    /** Sends the due e-mails and SMS now instead of at the next poll (the admin's "send now"). */
    public void sendNow() {
        currentUser.requireRole(Role.STATE_ADMIN);
        mailDispatcher.wakeUp();
        smsDispatcher.wakeUp();
    }

    /** Whether the demo's embedded SMSC runs (and so {@link #receivedSms} has something to show). */
    public boolean hasEmbeddedSmsc() {
        return sms.embedded().isPresent();
    }

    /** What the demo's embedded SMSC received, decoded, newest first, at most {@code limit}. Admins only. */
    public List<ReceivedSms> receivedSms(int limit) {
        currentUser.requireRole(Role.STATE_ADMIN);
        EmbeddedSmsc smsc = sms.embedded().orElse(null);
        if (smsc == null) {
            return List.of();
        }
        List<ReceivedSms> received = new ArrayList<>(smsc.received());
        received.sort(Comparator.comparing(ReceivedSms::receivedAt).reversed());
        return List.copyOf(received.subList(0, Math.min(limit, received.size())));
    }

    private List<HeldText> held() {
        return templates.withoutId().stream()
                .map(t -> new HeldText(t.type(), t.language()))
                .toList();
    }

    /** The caller's messages as a condition: all for an admin, their municipalities' groups' for an officer. */
    private Condition staffScope() {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        return me.role() == Role.STATE_ADMIN
                ? MessagesRepository.everything()
                : MessagesRepository.toGroupsOfOfficer(me.userId());
    }

    static OutboxEntry toEntry(MailOutboxRecord r) {
        return new OutboxEntry(
                r.getId(),
                r.getMessageId(),
                r.getMessageType(),
                r.getChannel(),
                r.getGroupId(),
                r.getRecipient(),
                r.getLanguage(),
                r.getStatus(),
                r.getAttempts(),
                r.getCreatedAt(),
                r.getSentAt(),
                r.getSubject(),
                r.getLastError(),
                r.getDelivery() == null ? null : r.getDelivery().name(),
                r.getDeliveredAt(),
                Boolean.TRUE.equals(r.getPossiblyDuplicate()),
                r.getSegments(),
                r.getSmsText());
    }
}
