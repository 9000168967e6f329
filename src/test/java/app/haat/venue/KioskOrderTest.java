package app.haat.venue;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The database sorts kiosk codes as people count them (K1, K2, … K10), not as text (K1, K10, K2). */
class KioskOrderTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Test
    void aVenuesKiosksComeInNaturalOrder() {
        long egra = fx.municipality("Egra");
        String officer = fx.accounts.officer(Set.of(egra));
        long venueId = fx.mall(officer, egra, 12);
        assertThat(fx.accounts.as(officer, () -> fx.venues.kiosks(venueId)))
                .extracting(Kiosk::code)
                .containsExactly("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9", "K10", "K11", "K12");
    }
}
