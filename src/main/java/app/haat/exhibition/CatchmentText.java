package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.region.District;
import app.haat.region.RegionService;
import app.haat.region.Zone;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The stored catchment (STATE, ZONE:id, DISTRICTS:ids, MUNICIPALITIES:n) in the reader's words. */
final class CatchmentText {

    private CatchmentText() {}

    static String of(String label, RegionService regions, boolean bengali, Component view) {
        String[] parts = label.split(":", 2);
        return switch (parts[0]) {
            case "STATE" -> view.getTranslation("exhibition.catchment.STATE");
            case "ZONE" -> {
                long id = Long.parseLong(parts[1]);
                String name = regions.zones().stream()
                        .filter(z -> z.id() == id)
                        .map(z -> bengali ? z.nameBn() : z.nameEn())
                        .findFirst()
                        .orElse("?");
                yield view.getTranslation("exhibition.catchment.zone", name);
            }
            case "DISTRICTS" -> {
                List<Long> ids =
                        Arrays.stream(parts[1].split(",")).map(Long::parseLong).toList();
                yield view.getTranslation(
                        "exhibition.catchment.districts",
                        regions.districts().stream()
                                .filter(d -> ids.contains(d.id()))
                                .map(d -> bengali ? d.nameBn() : d.nameEn())
                                .collect(Collectors.joining(", ")));
            }
            default ->
                view.getTranslation("exhibition.catchment.municipalities", Formats.number(Long.parseLong(parts[1])));
        };
    }

    static String zoneName(Zone zone, boolean bengali) {
        return bengali ? zone.nameBn() : zone.nameEn();
    }

    static String districtName(District district, boolean bengali) {
        return bengali ? district.nameBn() : district.nameEn();
    }
}
