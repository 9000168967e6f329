package app.haat.centre;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The day-before reminder goes once per member and session: the job run twice, or on two nodes at once. */
class ReminderOnceTest extends CentreIntegrationTest {

    @Autowired
    TrainingReminders reminders;

    private int remindersTo(long groupId) {
        return dsl.fetchCount(
                MAIL_OUTBOX, MAIL_OUTBOX.GROUP_ID.eq(groupId).and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.REMINDER)));
    }

    @Test
    void runningTheJobTwiceSendsEachMemberOneReminder() {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 10)))
                .sessionIds()
                .getFirst();
        LeaderGroup one = group(true, 2);
        LeaderGroup two = group(true, 1);
        fx.accounts.as(one.mobile(), () -> enrollments.enroll(session, List.of(one.member(0))));
        fx.accounts.as(two.mobile(), () -> enrollments.enroll(session, two.members()));

        assertThat(reminders.remind(tuesday)).isEqualTo(2);
        assertThat(reminders.remind(tuesday)).isZero();
        assertThat(remindersTo(one.id())).isEqualTo(1);
        assertThat(remindersTo(two.id())).isEqualTo(1);

        // a member enrolled after the first run is reminded at the next, alone
        fx.accounts.as(one.mobile(), () -> enrollments.enroll(session, List.of(one.member(1))));
        assertThat(reminders.remind(tuesday)).isEqualTo(1);
        assertThat(reminders.remind(tuesday)).isZero();
        assertThat(remindersTo(one.id())).isEqualTo(2);
        assertThat(remindersTo(two.id())).isEqualTo(1);
        assertThat(dsl.select(MAIL_OUTBOX.MODEL)
                        .from(MAIL_OUTBOX)
                        .where(MAIL_OUTBOX.GROUP_ID.eq(one.id()).and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.REMINDER)))
                        .orderBy(MAIL_OUTBOX.ID.desc())
                        .limit(1)
                        .fetchOne(MAIL_OUTBOX.MODEL))
                .contains("Member 1")
                .doesNotContain("Member 0");
    }

    @Test
    void twoNodesRunningTheJobAtOnceSendOneReminder() throws Exception {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 10)))
                .sessionIds()
                .getFirst();
        LeaderGroup group = group(true, 3);
        fx.accounts.as(group.mobile(), () -> enrollments.enroll(session, group.members()));
        // both runs finish (one of them may be refused by the key and roll back): one reminder in all
        AtTheSameInstant.successes(2, () -> {
            try {
                return reminders.remind(tuesday);
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new app.haat.core.api.ConflictException("claimed by the other node");
            }
        });
        assertThat(remindersTo(group.id())).isEqualTo(1);
    }
}
