package app.haat.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.SystemAuthority;
import app.haat.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ReferenceDataTest extends IntegrationTest {

    @Autowired
    RegionService regions;

    @Test
    void databaseHoldsExactlyTheDistrictsAndMunicipalitiesOfTheCsv() throws IOException {
        List<String[]> rows;
        try (var reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/reference/west-bengal-ulbs.csv"), StandardCharsets.UTF_8))) {
            rows = reader.lines().skip(1).map(l -> l.split(",")).toList();
        }
        assertThat(rows).hasSize(127);
        Set<String> expected = rows.stream()
                .map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4].toUpperCase())
                .collect(Collectors.toSet());
        Set<String> actual = regions.municipalities().stream()
                .map(m -> m.districtEn() + "|" + m.districtBn() + "|" + m.nameEn() + "|" + m.nameBn() + "|" + m.type())
                .collect(Collectors.toSet());
        assertThat(actual).isEqualTo(expected);
        assertThat(regions.districts()).hasSize(23);
    }

    @Test
    void zonesStartWithTheTwoCityLivelihoodCentres() {
        Map<String, Set<String>> byZone = regions.districts().stream()
                .filter(d -> d.zoneEn() != null)
                .collect(Collectors.groupingBy(
                        District::zoneEn, Collectors.mapping(District::nameEn, Collectors.toSet())));
        assertThat(byZone.get("North Dum Dum"))
                .containsExactlyInAnyOrder(
                        "Kolkata", "North 24 Parganas", "South 24 Parganas", "Howrah", "Hooghly", "Nadia");
        assertThat(byZone.get("Medinipur"))
                .containsExactlyInAnyOrder("Paschim Medinipur", "Purba Medinipur", "Jhargram", "Bankura", "Purulia");
        assertThat(regions.districts().stream().filter(d -> d.zoneId() == null)).hasSize(12);
    }

    @Test
    void adminEditsZonesAndTheChangeIsRefusedForOthers() {
        String name = unique("Zone ");
        long zoneId = SystemAuthority.runAsAdmin(() -> regions.createZone(name, "উত্তরবঙ্গ"));
        long darjeeling = regions.districts().stream()
                .filter(d -> d.nameEn().equals("Darjeeling"))
                .findFirst()
                .orElseThrow()
                .id();
        SystemAuthority.runAsAdmin(() -> regions.assignDistrictToZone(darjeeling, zoneId));
        assertThat(regions.municipalitiesOfZone(zoneId))
                .isNotEmpty()
                .allMatch(m -> m.districtEn().equals("Darjeeling"));

        assertThatThrownBy(() -> SystemAuthority.runAsAdmin(() -> regions.createZone(name, "আবার")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> SystemAuthority.runAsAdmin(() -> regions.createZone(" ", "")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> regions.createZone("Unsigned", "নেই")).isInstanceOf(AccessDeniedException.class);

        SystemAuthority.runAsAdmin(() -> regions.deleteZone(zoneId));
        assertThat(regions.districts().stream()
                        .filter(d -> d.id() == darjeeling)
                        .findFirst()
                        .orElseThrow()
                        .zoneId())
                .isNull();
    }
}
