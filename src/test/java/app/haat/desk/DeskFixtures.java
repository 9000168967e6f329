package app.haat.desk;

import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.GroupService;
import app.haat.group.SignUpForm;
import app.haat.region.Centre;
import app.haat.region.CentreDirectoryService;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The desk's test data: the two City Livelihood Centres, their staff, and verified groups in and out of their zones. */
@Component
public class DeskFixtures {

    public static final String PASSWORD = "long-enough";

    /** A verified group whose leader signs in with the mobile, and the officer of its municipality. */
    public record TestGroup(long id, String mobile, String officer) {}

    public final ExhibitionFixtures fx;
    public final TestAccounts accounts;
    private final CentreDirectoryService centres;
    private final UserService users;
    private final GroupRegistrationService registrations;
    private final GroupService groups;
    private final RegionService regions;
    private final DeskSetupService setup;

    DeskFixtures(
            ExhibitionFixtures fx,
            CentreDirectoryService centres,
            UserService users,
            GroupRegistrationService registrations,
            GroupService groups,
            RegionService regions,
            DeskSetupService setup) {
        this.regions = regions;
        this.setup = setup;
        this.fx = fx;
        this.accounts = fx.accounts;
        this.centres = centres;
        this.users = users;
        this.registrations = registrations;
        this.groups = groups;
    }

    public long centre(String nameEn) {
        return centres.centres().stream()
                .filter(c -> c.nameEn().equals(nameEn))
                .findFirst()
                .map(Centre::id)
                .orElseThrow();
    }

    public long northDumDum() {
        return centre("City Livelihood Centre, North Dum Dum");
    }

    public long medinipur() {
        return centre("City Livelihood Centre, Medinipur");
    }

    /** A staff account of this centre. */
    public String staffOf(long centreId) {
        String username = IntegrationTest.unique("desk-staff-");
        SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                username,
                TestAccounts.PASSWORD,
                "Desk " + centreId,
                null,
                Role.CENTRE_STAFF,
                Set.of(),
                "en",
                null,
                null,
                null,
                null,
                centreId)));
        return username;
    }

    /**
     * A City Livelihood Centre of its own (a new zone without districts), handling PAN, bank accounts and GST
     * registration: its cases are only those a test forwards to it, so its figures are the test's alone.
     */
    public long ownCentre() {
        return SystemAuthority.runAsAdmin(() -> {
            String name = IntegrationTest.unique("Report zone ");
            long zone = regions.createZone(name, name);
            long centre = centres.create("CLC " + name, "কেন্দ্র " + name, zone, null, null);
            for (RequestType type :
                    new RequestType[] {RequestType.PAN, RequestType.BANK_ACCOUNT, RequestType.GST_REGISTRATION}) {
                setup.saveType(centre, type, "PAN card", "প্যান কার্ড");
            }
            return centre;
        });
    }

    /** A verified group of this municipality with these categories (codes). */
    public TestGroup group(String municipalityName, Set<String> categories) {
        long municipality = fx.municipality(municipalityName);
        String officer = accounts.officer(Set.of(municipality));
        String mobile = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                IntegrationTest.unique("Alo "),
                municipality,
                "5",
                10,
                "Rina Das",
                mobile,
                PASSWORD,
                null,
                true,
                categories,
                "bn"));
        accounts.as(officer, () -> registrations.verify(id, groups.get(id).version()));
        return new TestGroup(id, mobile, officer);
    }
}
