package app.haat.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The demo's moves in time are refused outside demo mode (the tests run without it), even to an admin. */
class DemoHistoryServiceTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    DemoHistoryService history;

    @Test
    void onlyDemoModeMayMoveAnExhibitionBackInTime() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        LocalDate monday = ExhibitionFixtures.mondayAhead(200);
        long id = fx.exhibition(officer, fx.mall(officer, bally, 1), monday, List.of());
        assertThatThrownBy(() -> fx.accounts.as(fx.accounts.admin(), () -> history.shiftExhibition(id, -400)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(id).startsOn()))
                .isEqualTo(monday);
    }

    @Test
    void onlyDemoModeMayMoveTrainingSessions() {
        assertThatThrownBy(() -> fx.accounts.as(fx.accounts.staff(), () -> history.shiftSessions(List.of(1L), -30)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
