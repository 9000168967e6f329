package app.haat.exhibition;

import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.DRAW_CHANGE;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.mail.MessageType;
import app.haat.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Editing an exhibition's terms while it is a draft or open: checked like creation, version-checked, audited; a
 * narrowed catchment flags the applications it leaves out but keeps them in play until an officer rejects them.
 */
class ExhibitionEditingTest extends IntegrationTest {

    private static final ExhibitionEdit NOTHING = new ExhibitionEdit(null, null, null, null, null, null);

    @Autowired
    ExhibitionFixtures fx;

    /** An edit of the closing of the window only. */
    static ExhibitionEdit closingAt(OffsetDateTime closes) {
        return new ExhibitionEdit(null, null, null, null, null, closes);
    }

    /** An edit of the catchment only. */
    static ExhibitionEdit onlyCatchment(Catchment catchment) {
        return new ExhibitionEdit(null, null, catchment, null, null, null);
    }

    @Autowired
    ExhibitionEditing editing;

    @Autowired
    DSLContext dsl;

    @Test
    void aDraftIsEditedFieldByFieldAndAudited() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 1);
        long id = fx.exhibition(officer, mall, ExhibitionFixtures.mondayAhead(140), List.of());
        Exhibition before = fx.accounts.as(officer, () -> fx.exhibitions.get(id));
        OffsetDateTime closes = before.applicationsCloseAt().plusDays(2);

        ExhibitionEditing.EditOutcome result = fx.accounts.as(
                officer,
                () -> editing.edit(
                        id,
                        before.version(),
                        new ExhibitionEdit("Winter Haat", "শীতের হাট", null, List.of("JUTE"), null, closes)));

        Exhibition after = fx.accounts.as(officer, () -> fx.exhibitions.get(id));
        assertThat(after.title()).isEqualTo("Winter Haat");
        assertThat(after.titleBn()).isEqualTo("শীতের হাট");
        assertThat(after.applicationsCloseAt().toInstant()).isEqualTo(closes.toInstant());
        assertThat(after.applicationsOpenAt().toInstant())
                .isEqualTo(before.applicationsOpenAt().toInstant());
        assertThat(after.catchmentLabel()).isEqualTo(before.catchmentLabel());
        assertThat(after.version()).isEqualTo(result.version());
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.categories(id))).containsExactly("JUTE");
        assertThat(dsl.select(AUDIT_LOG.OLD_VALUE, AUDIT_LOG.NEW_VALUE)
                        .from(AUDIT_LOG)
                        .where(AUDIT_LOG
                                .ENTITY_TYPE
                                .eq("EXHIBITION")
                                .and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(id)))
                                .and(AUDIT_LOG.ACTION.eq("EDIT")))
                        .fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).contains("title=" + before.title(), "categories=all");
                    assertThat(r.value2()).contains("title=Winter Haat", "titleBn=শীতের হাট", "categories=JUTE");
                });

        // a title too long, a window closing after the first day: refused with the creation's reasons
        int version = after.version();
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> editing.edit(
                                id, version, new ExhibitionEdit("x".repeat(201), null, null, null, null, null))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.error.title");
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> editing.edit(
                                id,
                                version,
                                closingAt(after.startsOn()
                                        .plusDays(1)
                                        .atStartOfDay()
                                        .atOffset(closes.getOffset())))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.error.windowAfterStart");
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> editing.edit(
                                id, version, new ExhibitionEdit(null, null, null, List.of("NOPE"), null, null))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.error.category");
    }

    @Test
    void narrowingAnOpenExhibitionFlagsTheApplicationItLeavesOutAndKeepsItInPlay() {
        long bally = fx.municipality("Bally");
        long howrah = fx.municipality("Howrah");
        String officer = fx.accounts.officer(Set.of(bally, howrah));
        long mall = fx.mall(officer, bally, 1);
        long id = fx.openExhibition(
                officer, mall, "Narrowed fair", ExhibitionFixtures.mondayAhead(145), 5, SlotLength.WHOLE, 1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        VerifiedGroup fromHowrah = fx.verifiedGroup(officer, howrah, "JUTE");
        VerifiedGroup fromBally = fx.verifiedGroup(officer, bally, "JUTE");
        long outside = fx.apply(fromHowrah, id, slot);
        long inside = fx.apply(fromBally, id, slot);
        int version = fx.accounts.as(officer, () -> fx.exhibitions.get(id).version());

        // a stranger officer and a stale version are refused; nothing changes
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> editing.edit(id, version, NOTHING)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> editing.edit(id, version - 1, NOTHING)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("exhibition.error.stale");

        // only Bally's groups now: Howrah's application is flagged, not dropped
        ExhibitionEditing.EditOutcome result = fx.accounts.as(
                officer,
                () -> editing.edit(
                        id, version, onlyCatchment(new Catchment(Catchment.Kind.MUNICIPALITIES, List.of(bally)))));
        assertThat(result.flagged()).isEqualTo(1);
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.catchment(id))).containsExactly(bally);
        List<Application> listed = fx.accounts.as(
                officer, () -> fx.applications.page(id, new ApplicationFilter(null, null, null, null, null), 0, 10));
        assertThat(listed)
                .filteredOn(Application::outsideTerms)
                .extracting(Application::id)
                .containsExactly(outside);
        assertThat(listed).extracting(Application::id).contains(inside);
        assertThat(listed)
                .filteredOn(a -> a.id() == outside)
                .allSatisfy(a -> assertThat(a.status().inPlay()).isTrue());
        // an edit while open that would end the window now is refused (closing is its own step)
        int edited = result.version();
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> editing.edit(
                                id, edited, closingAt(OffsetDateTime.now().minusMinutes(1)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.edit.error.closesPast");

        // closed: no more edits; the officer rejects the flagged one with a reason, which enters the draw's record
        fx.close(officer, id);
        int closedVersion = fx.accounts.as(officer, () -> fx.exhibitions.get(id).version());
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> editing.edit(id, closedVersion, NOTHING)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("exhibition.edit.error.state");
        fx.accounts.as(
                officer, () -> fx.applications.reject(id, List.of(outside), "Howrah is no longer in the catchment"));
        assertThat(dsl.select(DRAW_CHANGE.ACTION, DRAW_CHANGE.REASON)
                        .from(DRAW_CHANGE)
                        .where(DRAW_CHANGE.EXHIBITION_ID.eq(id).and(DRAW_CHANGE.APPLICATION_ID.eq(outside)))
                        .fetch(r -> r.value1() + ": " + r.value2()))
                .containsExactly("REJECT: Howrah is no longer in the catchment");
    }

    @Test
    void wideningAnOpenExhibitionAnnouncesItToTheGroupsNewlyCoveredOnly() {
        long bally = fx.municipality("Bally");
        long howrah = fx.municipality("Howrah");
        String officer = fx.accounts.officer(Set.of(bally, howrah));
        long mall = fx.mall(officer, bally, 1);
        VerifiedGroup fromBally = fx.verifiedGroup(officer, bally, "JUTE");
        long id = fx.openExhibition(
                officer, mall, "Widened fair", ExhibitionFixtures.mondayAhead(146), 5, SlotLength.WHOLE, 1);
        fx.accounts.as(
                officer,
                () -> editing.edit(
                        id,
                        fx.exhibitions.get(id).version(),
                        onlyCatchment(new Catchment(Catchment.Kind.MUNICIPALITIES, List.of(bally)))));
        int ballyBefore = openings(id, fromBally.id());
        assertThat(ballyBefore).isPositive();
        // verified after the narrowing: outside the terms, so never told
        VerifiedGroup fromHowrah = fx.verifiedGroup(officer, howrah, "JUTE");
        assertThat(openings(id, fromHowrah.id())).isZero();
        int allBefore = openings(id, null);

        ExhibitionEditing.EditOutcome widened = fx.accounts.as(
                officer,
                () -> editing.edit(
                        id,
                        fx.exhibitions.get(id).version(),
                        onlyCatchment(new Catchment(Catchment.Kind.MUNICIPALITIES, List.of(bally, howrah)))));

        assertThat(openings(id, fromHowrah.id())).isPositive();
        assertThat(widened.announced()).isEqualTo(openings(id, null) - allBefore);
        assertThat(openings(id, fromBally.id())).isEqualTo(ballyBefore);
        // the same terms again tell nobody
        ExhibitionEditing.EditOutcome same = fx.accounts.as(
                officer,
                () -> editing.edit(
                        id,
                        fx.exhibitions.get(id).version(),
                        onlyCatchment(new Catchment(Catchment.Kind.MUNICIPALITIES, List.of(bally, howrah)))));
        assertThat(same.announced()).isZero();
    }

    /** The opening announcements of this exhibition queued for the group, or for all (one per channel). */
    private int openings(long exhibitionId, @Nullable Long groupId) {
        return dsl.fetchCount(
                MAIL_OUTBOX,
                (groupId == null ? DSL.noCondition() : MAIL_OUTBOX.GROUP_ID.eq(groupId))
                        .and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.APPLICATIONS_OPEN))
                        .and(MAIL_OUTBOX.MODEL.like("{\"exhibitionId\":" + exhibitionId + ",%")));
    }
}
