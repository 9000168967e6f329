package app.haat.mail;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.USER_MUNICIPALITY;

import app.haat.core.i18n.Formats;
import app.haat.db.tables.records.MailOutboxRecord;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The outbox as people read it: pages of messages by state, channel and recipient, within a scope. */
@Repository
class MessagesRepository {

    /** The receipt states after which nothing changes: delivered, or one of the failures. */
    private static final Set<String> FINAL_STATES = finalStates();

    private final DSLContext dsl;

    MessagesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every message. */
    static Condition everything() {
        return DSL.noCondition();
    }

    /** The messages to groups of the municipalities this officer's account is assigned to, and to the officer. */
    static Condition toGroupsOfOfficer(long userId) {
        return MAIL_OUTBOX
                .GROUP_ID
                .in(DSL.select(SHG_GROUP.ID)
                        .from(SHG_GROUP)
                        .where(SHG_GROUP.MUNICIPALITY_ID.in(DSL.select(USER_MUNICIPALITY.MUNICIPALITY_ID)
                                .from(USER_MUNICIPALITY)
                                .where(USER_MUNICIPALITY.USER_ID.eq(userId)))))
                .or(MAIL_OUTBOX.USER_ID.eq(userId));
    }

    /** The group this account signs in for, if it is a group's account. */
    Optional<Long> groupOfAccount(long userId) {
        return dsl.select(APP_USER.GROUP_ID)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId).and(APP_USER.GROUP_ID.isNotNull()))
                .fetchOptional(APP_USER.GROUP_ID);
    }

    List<MailOutboxRecord> page(Condition scope, MessageFilter filter, int offset, int limit) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(scope.and(matching(filter)))
                .orderBy(MAIL_OUTBOX.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int count(Condition scope, MessageFilter filter) {
        return dsl.fetchCount(MAIL_OUTBOX, scope.and(matching(filter)));
    }

    /** How many messages of the scope are in each state (the filter's own state left out). */
    Map<MessageState, Integer> countsByState(Condition scope, MessageFilter filter) {
        Field<Integer> count = DSL.count();
        Map<MessageState, Integer> counts = new EnumMap<>(MessageState.class);
        dsl.select(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.DELIVERY, count)
                .from(MAIL_OUTBOX)
                .where(scope.and(matching(new MessageFilter(null, filter.channel(), filter.recipient()))))
                .groupBy(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.DELIVERY)
                .forEach(r -> counts.merge(
                        MessageState.of(r.get(MAIL_OUTBOX.STATUS), deliveryName(r.get(MAIL_OUTBOX.DELIVERY))),
                        r.get(count),
                        Integer::sum));
        return counts;
    }

    /** SMS of the scope that may have reached their recipient twice (sent again after a crash). */
    int possiblyDuplicated(Condition scope) {
        return dsl.fetchCount(
                MAIL_OUTBOX,
                scope.and(MAIL_OUTBOX.CHANNEL.eq(Channel.SMS)).and(MAIL_OUTBOX.POSSIBLY_DUPLICATE.isTrue()));
    }

    /** A group's newest messages, by every channel. */
    List<MailOutboxRecord> latestOfGroup(long groupId, int limit) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.GROUP_ID.eq(groupId))
                .orderBy(MAIL_OUTBOX.ID.desc())
                .limit(limit)
                .fetch();
    }

    private static Condition matching(MessageFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.state() != null) {
            condition = condition.and(inState(filter.state()));
        }
        if (filter.channel() != null) {
            condition = condition.and(MAIL_OUTBOX.CHANNEL.eq(filter.channel()));
        }
        String recipient = searchText(filter.recipient());
        if (recipient != null) {
            condition = condition.and(DSL.lower(MAIL_OUTBOX.RECIPIENT).contains(recipient));
        }
        return condition;
    }

    private static Condition inState(MessageState state) {
        Condition sent = MAIL_OUTBOX.STATUS.eq(OutboxStatus.SENT);
        return switch (state) {
            case QUEUED -> MAIL_OUTBOX.STATUS.eq(OutboxStatus.QUEUED);
            case SENDING -> MAIL_OUTBOX.STATUS.eq(OutboxStatus.SENDING);
            case FAILED -> MAIL_OUTBOX.STATUS.eq(OutboxStatus.FAILED);
            case SENT -> sent.and(MAIL_OUTBOX.DELIVERY.isNull().or(MAIL_OUTBOX.DELIVERY.notIn(states(FINAL_STATES))));
            case DELIVERED -> sent.and(MAIL_OUTBOX.DELIVERY.eq(DeliveryState.DELIVRD));
            case NOT_DELIVERED -> sent.and(MAIL_OUTBOX.DELIVERY.in(states(SmsOutboxRepository.FAILED_STATES)));
        };
    }

    /**
     * What to look for in the recipient, lower case: a number as its digits (Bengali digits, spaces, dashes and the
     * country code +91 left out, as mobiles are stored as 10 digits), anything else as typed. Null for nothing.
     */
    static @Nullable String searchText(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = Formats.latinDigits(typed.strip()).toLowerCase(Locale.ROOT);
        if (text.matches("[+0-9 ()-]+")) {
            String digits = text.replaceAll("[^0-9]", "");
            if (text.startsWith("+91") || (digits.length() > 10 && digits.startsWith("91"))) {
                digits = digits.substring(2);
            } else if (digits.length() == 11 && digits.startsWith("0")) {
                digits = digits.substring(1);
            }
            return digits.isEmpty() ? null : digits;
        }
        return text;
    }

    private static Set<String> finalStates() {
        Set<String> states = new HashSet<>(SmsOutboxRepository.FAILED_STATES);
        states.add("DELIVRD");
        return Set.copyOf(states);
    }

    private static java.util.List<DeliveryState> states(java.util.Collection<String> names) {
        return names.stream().map(DeliveryState::valueOf).toList();
    }

    private static @org.jspecify.annotations.Nullable String deliveryName(
            @org.jspecify.annotations.Nullable DeliveryState state) {
        return state == null ? null : state.name();
    }
}
