package app.haat.desk;

import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.group.GroupService;
import app.haat.mail.MessageType;
import app.haat.support.IntegrationTest;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A group's request at its centre's desk from asking to a GSTIN in its profile, and every refusal on the way. */
class DeskServiceTest extends IntegrationTest {

    static final String GSTIN = "19AAGFM1234K1Z8";

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    DeskStepService steps;

    @Autowired
    DeskSetupService setup;

    @Autowired
    GroupService groups;

    @Autowired
    app.haat.group.ProductService products;

    @Autowired
    DSLContext dsl;

    private int notices(String mobile) {
        return dsl.fetchCount(
                MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(mobile).and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.DESK_CASE)));
    }

    private int audited(long caseId) {
        return dsl.fetchCount(
                AUDIT_LOG, AUDIT_LOG.ENTITY_TYPE.eq("DESK_CASE").and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(caseId))));
    }

    @Test
    void aGroupAsksItsZonesCentreAndStaffTakeItToAGstinInItsProfileTellingTheGroupAtEachStep() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long centre = desk.northDumDum();
        String staff = desk.staffOf(centre);

        DeskHome home = desk.accounts.as(group.mobile(), () -> requests.home(group.id()));
        assertThat(home.centre()).isNotNull();
        assertThat(home.centre().id()).isEqualTo(centre);
        assertThat(home.types()).extracting(DeskType::type).contains(RequestType.GST_REGISTRATION);
        assertThat(home.types().getFirst().documents()).isNotEmpty();

        long id = desk.accounts.as(
                group.mobile(), () -> requests.ask(group.id(), RequestType.GST_REGISTRATION, "We sell sarees"));
        assertThat(desk.accounts.as(staff, () -> requests.casesOf(centre)))
                .extracting(DeskCase::id)
                .contains(id);
        assertThat(notices(group.mobile())).isEqualTo(1);

        // a step that does not follow is refused clearly, and changes nothing
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> steps.submitted(id, "AA190000000001X")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("desk.error.wrongStep");
        desk.accounts.as(staff, () -> steps.documentsComplete(id));
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> steps.submitted(id, " ")))
                .isInstanceOf(ValidationException.class);
        desk.accounts.as(staff, () -> steps.submitted(id, "AA190000000001X"));

        // the number in the wrong shape, with a wrong check character: refused, the case stays submitted
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> steps.obtained(id, "19AAGFM1234K1Z", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("group.error.gstin");
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> steps.obtained(id, "19AAGFM1234K1Z9", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("group.error.gstinChecksum");
        assertThat(desk.accounts.as(staff, () -> requests.get(id)).status()).isEqualTo(CaseStatus.SUBMITTED);

        desk.accounts.as(staff, () -> steps.obtained(id, GSTIN.toLowerCase(), null));
        DeskCase done = desk.accounts.as(group.mobile(), () -> requests.get(id));
        assertThat(done.status()).isEqualTo(CaseStatus.OBTAINED);
        assertThat(done.authorityRef()).isEqualTo("AA190000000001X");
        assertThat(done.outcomeNumber()).isEqualTo(GSTIN);
        assertThat(desk.accounts
                        .as(group.officer(), () -> groups.get(group.id()))
                        .gstin())
                .isEqualTo(GSTIN);
        assertThat(notices(group.mobile())).isEqualTo(4);
        assertThat(audited(id)).isEqualTo(4);
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> steps.refused(id, "late")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aUpiIdObtainedAtTheDeskGoesIntoTheProfileByTheStallCardsRulesAndMakesTheGroupPayable() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long centre = desk.northDumDum();
        String staff = desk.staffOf(centre);
        long id = desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.UPI_ID, null));
        desk.accounts.as(staff, () -> steps.documentsComplete(id));
        desk.accounts.as(staff, () -> steps.submitted(id, "UPI-REQ-1"));
        assertThat(desk.accounts
                        .as(group.officer(), () -> groups.get(group.id()))
                        .upiId())
                .isNull();

        // two @ are refused with the stall card's words; the case stays where it was
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> steps.obtained(id, "maa@durga@okaxis", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("group.error.upiAt");
        desk.accounts.as(staff, () -> steps.obtained(id, "MaaDurga" + group.id() + "@OkAxis", null));

        assertThat(desk.accounts
                        .as(group.officer(), () -> groups.get(group.id()))
                        .upiId())
                .isEqualTo("maadurga" + group.id() + "@okaxis");
        assertThat(desk.accounts
                        .as(group.officer(), () -> products.readiness(group.id()))
                        .items())
                .containsEntry("bank", true);
    }

    @Test
    void staffOfAnotherCentreOrOfSaltLakeNeitherSeeNorMoveTheCaseAndOfficersAndGroupsMoveNothing() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long id = desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.PAN, null));
        String medinipurStaff = desk.staffOf(desk.medinipur());
        String saltLakeStaff = desk.accounts.staff();
        for (String stranger : new String[] {medinipurStaff, saltLakeStaff}) {
            assertThatThrownBy(() -> desk.accounts.as(stranger, () -> requests.get(id)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> desk.accounts.as(stranger, () -> steps.documentsComplete(id)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> desk.accounts.as(medinipurStaff, () -> requests.casesOf(desk.northDumDum())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(desk.accounts.as(medinipurStaff, () -> requests.casesOf(desk.medinipur())))
                .extracting(DeskCase::id)
                .doesNotContain(id);
        // the group and its officer see it but take no step; an officer elsewhere does not see it
        assertThatThrownBy(() -> desk.accounts.as(group.officer(), () -> steps.documentsComplete(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.accounts.as(group.mobile(), () -> steps.documentsComplete(id)))
                .isInstanceOf(AccessDeniedException.class);
        String elsewhere = desk.accounts.officer(Set.of(desk.fx.municipality("Medinipur")));
        assertThatThrownBy(() -> desk.accounts.as(elsewhere, () -> requests.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(desk.accounts.as(elsewhere, () -> requests.casesOf(desk.northDumDum())))
                .extracting(DeskCase::id)
                .doesNotContain(id);
        // staff do not make requests for groups
        String staff = desk.staffOf(desk.northDumDum());
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> requests.ask(group.id(), RequestType.UDYAM, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void requestsOutsideTheRulesAreRefusedEachWithItsReason() {
        DeskFixtures.TestGroup crafts = desk.group("Bidhannagar", Set.of("CRAFT"));
        DeskFixtures.TestGroup food = desk.group("Bidhannagar", Set.of("FOOD"));
        // another zone's centre
        assertThatThrownBy(() -> desk.accounts.as(
                        crafts.mobile(), () -> requests.request(desk.medinipur(), crafts.id(), RequestType.PAN, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("desk.error.otherZone");
        // FSSAI for a group that makes no food
        assertThatThrownBy(() ->
                        desk.accounts.as(crafts.mobile(), () -> requests.ask(crafts.id(), RequestType.FSSAI, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("desk.error.foodOnly");
        long fssai = desk.accounts.as(food.mobile(), () -> requests.ask(food.id(), RequestType.FSSAI, null));
        assertThat(fssai).isPositive();
        // twice the same type while the first is open
        assertThatThrownBy(
                        () -> desk.accounts.as(food.mobile(), () -> requests.ask(food.id(), RequestType.FSSAI, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("desk.error.alreadyOpen");
        // a type the centre does not handle
        long centre = desk.medinipur();
        String staff = desk.staffOf(centre);
        DeskFixtures.TestGroup medinipur = desk.group("Medinipur", Set.of("JUTE"));
        desk.accounts.as(staff, () -> setup.removeType(centre, RequestType.UPI_ID));
        try {
            assertThatThrownBy(() -> desk.accounts.as(
                            medinipur.mobile(), () -> requests.ask(medinipur.id(), RequestType.UPI_ID, null)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("desk.error.typeNotHandled");
        } finally {
            desk.accounts.as(
                    staff,
                    () -> setup.saveType(
                            centre, RequestType.UPI_ID, "Bank account details", "ব্যাংক অ্যাকাউন্টের বিবরণ"));
        }
        // a centre's types are its own staff's to change
        String otherStaff = desk.staffOf(desk.northDumDum());
        assertThatThrownBy(() -> desk.accounts.as(otherStaff, () -> setup.removeType(centre, RequestType.PAN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGroupOfNoZoneIsForwardedByItsOfficerAndTheCentreAcceptsOrDeclines() {
        DeskFixtures.TestGroup group = desk.group("Berhampore", Set.of("HANDLOOM"));
        DeskHome home = desk.accounts.as(group.mobile(), () -> requests.home(group.id()));
        assertThat(home.centre()).isNull();
        assertThat(home.otherCentres()).extracting(c -> c.centre().id()).contains(desk.northDumDum(), desk.medinipur());
        assertThatThrownBy(
                        () -> desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.PAN, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("desk.error.noCentre");
        assertThatThrownBy(() -> desk.accounts.as(
                        group.mobile(), () -> requests.request(desk.medinipur(), group.id(), RequestType.PAN, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("desk.error.forwardByOfficer");

        long pan = desk.accounts.as(
                group.officer(), () -> requests.request(desk.medinipur(), group.id(), RequestType.PAN, "Please"));
        long bank = desk.accounts.as(
                group.officer(), () -> requests.request(desk.medinipur(), group.id(), RequestType.BANK_ACCOUNT, null));
        String staff = desk.staffOf(desk.medinipur());
        assertThat(desk.accounts.as(staff, () -> requests.get(pan)).status()).isEqualTo(CaseStatus.FORWARDED);
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> steps.documentsComplete(pan)))
                .isInstanceOf(ConflictException.class);
        desk.accounts.as(staff, () -> steps.accept(pan));
        assertThat(desk.accounts.as(staff, () -> requests.get(pan)).status()).isEqualTo(CaseStatus.REQUESTED);
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> steps.decline(bank, "")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("desk.error.reasonMissing");
        desk.accounts.as(staff, () -> steps.decline(bank, "Our desk is full this month"));
        DeskCase declined = desk.accounts.as(group.officer(), () -> requests.get(bank));
        assertThat(declined.status()).isEqualTo(CaseStatus.DECLINED);
        assertThat(declined.refusalReason()).isEqualTo("Our desk is full this month");
        // a declined request frees the type: the officer may send it elsewhere
        long again = desk.accounts.as(
                group.officer(),
                () -> requests.request(desk.northDumDum(), group.id(), RequestType.BANK_ACCOUNT, null));
        assertThat(again).isNotEqualTo(bank);
    }
}
