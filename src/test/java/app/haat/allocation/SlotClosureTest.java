package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SALES_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.allocation.engine.AllocationInput.Applicant;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.SlotClosure;
import app.haat.mail.MailRenderer;
import app.haat.mail.MessageType;
import app.haat.sales.SalesService;
import app.haat.sales.UnderWay;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A slot's days lost while the exhibition is on: its groups told once, sales kept, the lost days held against none. */
class SlotClosureTest extends IntegrationTest {

    private static final TypeReference<Map<String, Object>> MODEL = new TypeReference<>() {};

    @Autowired
    MailRenderer renderer;

    @Autowired
    JsonMapper json;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    SalesService sales;

    @Autowired
    SlotClosure closure;

    @Autowired
    AllocationApplicantRepository applicants;

    @Autowired
    DSLContext dsl;

    @Test
    void closingTheRestOfASlotTellsItsGroupsOnceKeepsTheirSalesAndCountsNoAbsence() throws Exception {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Baranagar");
        String officer = stand.officer();
        String second = fx.accounts.officer(Set.of(fx.municipality("Baranagar")));
        long id = stand.exhibitionId();
        long slot = stand.slot();
        LocalDate today = LocalDate.now(Formats.INDIA);
        Application placed = stand.firstPlaced();
        Application absent = stand.applications().stream()
                .filter(a -> a.status() == ApplicationStatus.ASSIGNED && a.id() != placed.id())
                .findFirst()
                .orElseThrow();
        fx.accounts.as(stand.leaderOf(placed), () -> sales.report(placed.id(), today, 1_200, 4, null));
        fx.accounts.as(officer, () -> sales.checkIn(absent.id(), today, false));
        assertThat(penaltyOf(absent, id, today)).isEqualTo(1);

        // the wrong input and the wrong officer are refused with reasons
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> closure.close(id, slot, today, " ")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.slotClose.error.reason");
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> closure.close(id, slot, today.minusDays(1), "Flood")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.slotClose.error.past");
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> closure.close(id, slot, today.plusDays(9), "Flood")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.slotClose.error.outside");
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> closure.close(id, slot, today, "A strike today")))
                .isInstanceOf(AccessDeniedException.class);

        // two officers at once: one closes the days, the other finds them closed
        assertThat(AtTheSameInstant.successes(2, () -> {
                    String who = Thread.currentThread().getName().hashCode() % 2 == 0 ? officer : second;
                    return fx.accounts.as(who, () -> closure.close(id, slot, today, "A bandh is called today"));
                }))
                .isEqualTo(1);
        assertThatThrownBy(
                        () -> fx.accounts.as(officer, () -> closure.close(id, slot, today.plusDays(1), "Flood again")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("exhibition.slotClose.error.closed");
        assertThat(fx.accounts.as(officer, () -> closure.slots(id)).getFirst().closedFrom())
                .isEqualTo(today);
        assertThat(fx.accounts.as(officer, () -> closure.closable(id))).isEmpty();

        // both seated groups are told once each, the waitlisted one not
        assertThat(dsl.selectDistinct(MAIL_OUTBOX.GROUP_ID)
                        .from(MAIL_OUTBOX)
                        .where(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.SLOT_CLOSED))
                        .and(MAIL_OUTBOX.GROUP_ID.in(dsl.select(APPLICATION.GROUP_ID)
                                .from(APPLICATION)
                                .where(APPLICATION.EXHIBITION_ID.eq(id))))
                        .fetch(MAIL_OUTBOX.GROUP_ID))
                .containsExactlyInAnyOrder(placed.groupId(), absent.groupId());
        // its calendar entry is the letter's (same UID), outranks it, and now ends before the lost days
        String model = dsl.select(MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .MESSAGE_TYPE
                        .eq(MessageType.SLOT_CLOSED)
                        .and(MAIL_OUTBOX.GROUP_ID.eq(placed.groupId())))
                .limit(1)
                .fetchSingle(MAIL_OUTBOX.MODEL);
        String ics = new String(
                renderer.render(MessageType.SLOT_CLOSED, "en", json.readValue(model, MODEL))
                        .attachments()
                        .getFirst()
                        .content(),
                StandardCharsets.UTF_8);
        long assignment = dsl.select(ASSIGNMENT.ID)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.APPLICATION_ID.eq(placed.id()))
                .fetchSingle(ASSIGNMENT.ID);
        assertThat(ics)
                .contains("METHOD:PUBLISH", "UID:assignment-" + assignment + "@haat")
                .contains("DTEND;VALUE=DATE:" + today.format(DateTimeFormatter.BASIC_ISO_DATE))
                .doesNotContain("STATUS:CANCELLED");
        int sequence = Integer.parseInt(ics.replaceAll("(?s).*SEQUENCE:(\\d+).*", "$1"));
        String letter = dsl.select(MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .MESSAGE_TYPE
                        .eq(MessageType.ASSIGNMENT)
                        .and(MAIL_OUTBOX.GROUP_ID.eq(placed.groupId())))
                .limit(1)
                .fetchSingle(MAIL_OUTBOX.MODEL);
        assertThat(sequence)
                .isGreaterThan(((Number) json.readValue(letter, MODEL).get("eventSequence")).intValue());
        // the sale reported today stays; no more reports or check-ins on the lost days; yesterday still takes them
        assertThat(dsl.fetchCount(
                        SALES_REPORT,
                        SALES_REPORT.APPLICATION_ID.eq(placed.id()).and(SALES_REPORT.SALES_DAY.eq(today))))
                .isEqualTo(1);
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> sales.checkIn(placed.id(), today, true)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("sales.error.day");
        assertThatThrownBy(() ->
                        fx.accounts.as(stand.leaderOf(placed), () -> sales.report(placed.id(), today, 1_500, 5, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("sales.error.day");
        fx.accounts.as(officer, () -> sales.checkIn(placed.id(), today.minusDays(1), true));
        assertThat(fx.accounts.as(officer, () -> sales.days(placed.id())))
                .extracting(SalesService.Day::day)
                .doesNotContain(today)
                .contains(today.minusDays(1));
        // the absence recorded on the lost day is no no-show
        assertThat(penaltyOf(absent, id, today)).isZero();
    }

    private int penaltyOf(Application application, long exhibition, LocalDate today) {
        return applicants.applicants(exhibition, today.plusDays(1)).stream()
                .filter(a -> a.applicationId() == application.id())
                .mapToInt(Applicant::penalty)
                .sum();
    }
}
