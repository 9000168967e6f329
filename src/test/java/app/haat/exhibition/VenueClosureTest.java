package app.haat.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.support.IntegrationTest;
import app.haat.venue.AffectedExhibitions;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A venue closes for some dates: the exhibitions there whose dates meet them, never a cancelled one. */
class VenueClosureTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    AffectedExhibitions closures;

    @Autowired
    ExhibitionCancellation cancellation;

    @Test
    void theOfficerSeesEachExhibitionTheClosureMeetsAndNothingElse() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 1);
        LocalDate first = ExhibitionFixtures.mondayAhead(100);
        LocalDate second = ExhibitionFixtures.mondayAhead(110);
        LocalDate third = ExhibitionFixtures.mondayAhead(120);
        long a = fx.openExhibition(officer, mall, "Closure A " + System.nanoTime(), first, 5, SlotLength.WHOLE, 1);
        long b = fx.openExhibition(officer, mall, "Closure B " + System.nanoTime(), second, 5, SlotLength.WHOLE, 1);
        long c = fx.openExhibition(officer, mall, "Closure C " + System.nanoTime(), third, 5, SlotLength.WHOLE, 1);
        fx.accounts.as(
                officer, () -> cancellation.cancel(c, fx.exhibitions.get(c).version(), "Called off early"));

        assertThat(fx.accounts.as(officer, () -> closures.affected(mall, first.plusDays(4), second)))
                .extracting(AffectedExhibitions.Affected::id)
                .containsExactly(a, b);
        assertThat(fx.accounts.as(officer, () -> closures.affected(mall, first.plusDays(5), second.minusDays(1))))
                .isEmpty();
        assertThat(fx.accounts.as(officer, () -> closures.affected(mall, third, third.plusDays(1))))
                .isEmpty();
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> closures.affected(mall, second, first)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.error.dates");
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> closures.affected(mall, first, second)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
