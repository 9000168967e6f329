package app.haat.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.region.RegionService;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends ViewTest {

    @Autowired
    RegionService regions;

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
        assertThat(_findAll(grid())).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.newValue() + entry.oldValue() + entry.entityId()).contains(staff))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("CREATE");
                    assertThat(entry.actor()).isEqualTo("system");
                });

        setAsUser(_get(TextField.class, s -> s.withId("audit-search")), "no-such-thing-" + staff);
        assertThat(_size(grid())).isZero();
    }

    @Test
    void officersCannotOpenTheAuditLogYet() {
        long anyMunicipality = regions.municipalities().get(0).id();
        signInAs(accounts.officer(Set.of(anyMunicipality)));
        assertThatThrownBy(() -> navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);
    }
}
