package app.haat.allocation;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.mail.MessageType;
import app.haat.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer's rejection is told to the group when it is made, with its reason, exactly once: a second rejection of
 * the same application changes nothing, and publishing the allocation does not tell it again.
 */
class RejectionNoticeTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Test
    void aRejectedGroupIsToldAtOnceAndNotAgainAtPublication() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        long id = fx.openExhibition(
                officer,
                mall,
                "Told fair " + System.nanoTime(),
                ExhibitionFixtures.mondayAhead(150),
                5,
                SlotLength.WHOLE,
                1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        VerifiedGroup rejected = fx.verifiedGroup(officer, bally, "JUTE");
        VerifiedGroup placed = fx.verifiedGroup(officer, bally, "JUTE");
        long rejectedApplication = fx.apply(rejected, id, slot);
        fx.apply(placed, id, slot);
        fx.close(officer, id);
        String reason = "The photos are not of the group's own products " + id;

        int first = fx.accounts.as(officer, () -> applications.reject(id, List.of(rejectedApplication), reason));
        assertThat(first).isEqualTo(1);
        List<String> told = statusNotices(rejected.id());
        assertThat(told).isNotEmpty().allSatisfy(model -> assertThat(model).contains(reason));

        // rejecting it again changes nothing and tells nothing
        int again = fx.accounts.as(officer, () -> applications.reject(id, List.of(rejectedApplication), reason));
        assertThat(again).isZero();
        assertThat(statusNotices(rejected.id())).hasSameSizeAs(told);

        fx.accounts.as(officer, () -> allocation.run(id, null));
        fx.accounts.as(officer, () -> allocation.publish(id));
        assertThat(statusNotices(rejected.id())).hasSameSizeAs(told);
        assertThat(dsl.fetchCount(
                        MAIL_OUTBOX,
                        MAIL_OUTBOX.GROUP_ID.eq(placed.id()).and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.ASSIGNMENT))))
                .isPositive();
    }

    private List<String> statusNotices(long groupId) {
        return dsl.select(MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .GROUP_ID
                        .eq(groupId)
                        .and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.APPLICATION_STATUS)))
                .fetch(MAIL_OUTBOX.MODEL);
    }
}
