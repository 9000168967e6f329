package app.haat.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.SignUpForm;
import app.haat.region.RegionService;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AuditLogViewTest extends ViewTest {

    @Autowired
    RegionService regions;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    AuditService audit;

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return _get(Grid.class, s -> s.withId("audit-grid"));
    }

    @Test
    void adminSeesWhoCreatedAnAccountAndCanSearchForIt() {
        String admin = accounts.admin();
        String staff = accounts.staff();
        signInAs(admin);
        navigate("admin/audit");
        assertThat(_size(grid())).isPositive();

        setAsUser(_get(TextField.class, s -> s.withId("audit-search")), staff);
        assertThat(_findAll(grid()))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.newValue() + entry.oldValue() + entry.entityId())
                        .contains(staff))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("CREATE");
                    assertThat(entry.actor()).isEqualTo("system");
                });

        setAsUser(_get(TextField.class, s -> s.withId("audit-search")), "no-such-thing-" + staff);
        assertThat(_size(grid())).isZero();
    }

    @Test
    void officersReadOnlyTheEntriesAboutTheirMunicipalitiesGroups() {
        long bally = municipalityNamed("Bally");
        long kolkata = municipalityNamed("Kolkata");
        String mine = GroupRegistryTest.newMobile();
        String theirs = GroupRegistryTest.newMobile();
        long myGroup = registrations.register(new SignUpForm(
                "Audit Mine " + mine, bally, "1", 10, "Rina", mine, "long-enough", null, true, Set.of(), "en"));
        long otherGroup = registrations.register(new SignUpForm(
                "Audit Theirs " + theirs, kolkata, "1", 10, "Rina", theirs, "long-enough", null, true, Set.of(), "en"));
        signInAs(accounts.officer(Set.of(bally)));
        navigate("admin/audit");
        List<AuditEntry> entries = _findAll(grid());
        assertThat(entries)
                .isNotEmpty()
                .allMatch(e -> e.entityType().equals("GROUP"))
                .anyMatch(e -> e.entityId().equals(Long.toString(myGroup)))
                .noneMatch(e -> e.entityId().equals(Long.toString(otherGroup)));
        String staff = accounts.staff();
        assertThatThrownBy(() -> accounts.as(staff, () -> audit.page(AuditFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(staff);
        assertThatThrownBy(() -> navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);
    }
}
