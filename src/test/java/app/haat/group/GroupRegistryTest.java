package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.region.RegionService;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

public class GroupRegistryTest extends IntegrationTest {

    private static final AtomicLong PHONE = new AtomicLong(9_100_000_000L + (System.nanoTime() % 800_000_000L));

    @Autowired
    GroupService groups;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupProfileService profiles;

    @Autowired
    RegionService regions;

    @Autowired
    TestAccounts accounts;

    public static String newMobile() {
        return Long.toString(PHONE.incrementAndGet());
    }

    long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    SignUpForm form(String name, long municipalityId, String mobile) {
        return new SignUpForm(
                name,
                municipalityId,
                "12",
                12,
                "রুমা দাস",
                mobile,
                "long-enough",
                null,
                true,
                Set.of("HANDLOOM", "CRAFT"),
                "bn");
    }

    @Test
    void aGroupRegistersInBengaliAndStartsPending() {
        String mobile = newMobile();
        long id = registrations.register(form("মা সারদা স্বনির্ভর গোষ্ঠী", municipality("Bally"), "+91 " + mobile));
        String officer = accounts.officer(Set.of(municipality("Bally")));
        Group group = accounts.as(officer, () -> groups.get(id));
        assertThat(group.name()).isEqualTo("মা সারদা স্বনির্ভর গোষ্ঠী");
        assertThat(group.phone()).isEqualTo(mobile);
        assertThat(group.status()).isEqualTo(GroupStatus.PENDING);
        assertThat(group.categories()).containsExactly("HANDLOOM", "CRAFT");
        // the leader signs in with the mobile number and sees only the own group
        assertThat(accounts.as(mobile, () -> groups.mine().id())).isEqualTo(id);
    }

    @Test
    void badInputIsRefusedWithEveryReasonAndHtmlIsKeptAsTyped() {
        SignUpForm bad = new SignUpForm(
                "x".repeat(5000), 999_999L, "", 0, "", "983001234", "short", "nope", false, Set.of("SPACESHIPS"), "bn");
        assertThatThrownBy(() -> registrations.register(bad))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .contains(
                                        "group.error.nameLong",
                                        "group.error.municipality",
                                        "group.error.ward",
                                        "group.error.members",
                                        "group.error.leader",
                                        "group.error.mobile",
                                        "user.error.email",
                                        "group.error.consent",
                                        "group.error.category"));
        String mobile = newMobile();
        long id = registrations.register(form("<b>Kantha</b> <script>x</script>", municipality("Bally"), mobile));
        assertThat(accounts.as(mobile, () -> groups.mine().name())).isEqualTo("<b>Kantha</b> <script>x</script>");
        assertThat(id).isPositive();
    }

    @Test
    void oneGroupPerMobileNumberEvenFromTwoPhonesAtOnce() throws Exception {
        String mobile = newMobile();
        long bally = municipality("Bally");
        assertThat(AtTheSameInstant.successes(4, () -> registrations.register(form("Twin " + mobile, bally, mobile))))
                .isEqualTo(1);
    }

    @Test
    void officersVerifyOrRejectOnlyTheirMunicipalitiesGroups() {
        long bally = municipality("Bally");
        long id = registrations.register(form("Jute Sangha " + newMobile(), bally, newMobile()));
        String ballyOfficer = accounts.officer(Set.of(bally));
        String otherOfficer = accounts.officer(Set.of(municipality("Kolkata")));

        assertThatThrownBy(() -> accounts.as(otherOfficer, () -> groups.get(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(otherOfficer, () -> registrations.verify(id, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.as(otherOfficer, () -> groups.page(GroupFilter.ALL, 0, 1000)))
                .noneMatch(g -> g.id() == id);
        assertThat(accounts.as(ballyOfficer, () -> groups.page(GroupFilter.ALL, 0, 1000)))
                .anyMatch(g -> g.id() == id)
                .allMatch(g -> g.municipalityId() == bally);

        assertThatThrownBy(() -> accounts.as(ballyOfficer, () -> registrations.reject(id, 0, " ")))
                .isInstanceOf(ValidationException.class);
        accounts.as(ballyOfficer, () -> registrations.reject(id, 0, "PAN missing"));
        Group rejected = accounts.as(ballyOfficer, () -> groups.get(id));
        assertThat(rejected.status()).isEqualTo(GroupStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("PAN missing");
        assertThatThrownBy(() -> accounts.as(ballyOfficer, () -> registrations.verify(id, 0)))
                .isInstanceOf(ConflictException.class); // stale version: someone changed it meanwhile
        accounts.as(ballyOfficer, () -> registrations.verify(id, rejected.version()));
        assertThat(accounts.as(ballyOfficer, () -> groups.get(id)).status()).isEqualTo(GroupStatus.VERIFIED);
    }

    @Test
    void identityDetailsAreValidatedExactlyAndSharedOnesAreFlagged() {
        long bally = municipality("Bally");
        String mobile = newMobile();
        long id = registrations.register(form("Kantha Kendra " + mobile, bally, mobile));
        String gstin = "19ABCDE1234F1Z" + IndianFormats.gstinCheckCharacter("19ABCDE1234F1Z");
        String wrongCheck = gstin.substring(0, 14) + (gstin.charAt(14) == 'A' ? 'B' : 'A');

        assertThatThrownBy(() -> accounts.as(
                        mobile,
                        () -> profiles.updateProfile(
                                id, 0, new ProfileForm("R-1", "ABCDE1234F", wrongCheck, "12345678", "SBIN1001234"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactlyInAnyOrder(
                                        "group.error.gstinChecksum", "group.error.bankAccount", "group.error.ifsc"));
        assertThatThrownBy(() -> accounts.as(
                        mobile,
                        () -> profiles.updateProfile(id, 0, new ProfileForm(null, "ZZZZZ9999Z", gstin, null, null))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsExactly("group.error.gstinPan"));
        List<String> warnings = accounts.as(
                mobile,
                () -> profiles.updateProfile(
                        id,
                        0,
                        new ProfileForm(
                                "WB/" + mobile, "abcde1234f", gstin.toLowerCase(), "123456789012", "sbin0001234")));
        assertThat(warnings).isEmpty();
        Group saved = accounts.as(mobile, () -> groups.mine());
        assertThat(saved.pan()).isEqualTo("ABCDE1234F");
        assertThat(saved.gstin()).isEqualTo(gstin);
        assertThat(accounts.as(
                        mobile,
                        () -> profiles.updateProfile(
                                id,
                                saved.version(),
                                new ProfileForm(saved.registrationNo(), null, "27AAPFU0939F1ZV", null, null))))
                .containsExactly("group.warning.gstinState");

        // a second group with the same PAN and a member whose phone is the first group's: both flagged
        String other = newMobile();
        long twin = registrations.register(form("Twin Kendra " + other, bally, other));
        accounts.as(
                other, () -> profiles.updateProfile(twin, 0, new ProfileForm(null, "ABCDE1234F", null, null, null)));
        accounts.as(other, () -> profiles.addMember(twin, "Sabita", Member.MemberRole.TREASURER, mobile));
        Group first = accounts.as(mobile, () -> groups.mine());
        accounts.as(
                mobile,
                () -> profiles.updateProfile(
                        id, first.version(), new ProfileForm(first.registrationNo(), "ABCDE1234F", null, null, null)));
        String officer = accounts.officer(Set.of(bally));
        assertThat(accounts.as(officer, () -> groups.sharedIdentifiers(id)))
                .extracting(SharedIdentifier::kind)
                .contains("PAN", "PHONE");
        assertThat(accounts.as(officer, () -> groups.sharedIdentifiers(id)))
                .anySatisfy(shared -> assertThat(shared.groupName()).startsWith("Twin Kendra"));
        // an officer of another zone who sees a group sharing the PAN learns that it is shared, not with whom
        long howrah = municipalityNamed("Howrah");
        String third = newMobile();
        long elsewhere = registrations.register(form("Third Kendra " + third, howrah, third));
        accounts.as(
                third,
                () -> profiles.updateProfile(elsewhere, 0, new ProfileForm(null, "ABCDE1234F", null, null, null)));
        String howrahOfficer = accounts.officer(Set.of(howrah));
        assertThat(accounts.as(howrahOfficer, () -> groups.sharedIdentifiers(elsewhere)))
                .isNotEmpty()
                .allSatisfy(shared -> {
                    assertThat(shared.outsideScope()).isTrue();
                    assertThat(shared.municipalityEn()).isNull();
                });
        assertThatThrownBy(() -> accounts.as(
                        other,
                        () -> profiles.updateProfile(twin, 1, new ProfileForm("WB/" + mobile, null, null, null, null))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aGroupSeesOnlyItself() {
        long bally = municipality("Bally");
        String first = newMobile();
        String second = newMobile();
        registrations.register(form("First " + first, bally, first));
        long secondId = registrations.register(form("Second " + second, bally, second));
        assertThatThrownBy(() -> accounts.as(first, () -> groups.get(secondId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(first, () -> groups.page(GroupFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
