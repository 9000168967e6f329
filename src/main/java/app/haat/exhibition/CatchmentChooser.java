package app.haat.exhibition;

import app.haat.region.District;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.region.Zone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whose groups may apply, on the forms that create and edit an exhibition: the catchment's kind, and the
 * municipalities, districts or zone that go with it, each shown only for its kind.
 */
class CatchmentChooser {

    private final Select<String> kind = new Select<>();
    private final MultiSelectComboBox<Municipality> municipalities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<District> districts = new MultiSelectComboBox<>();
    private final ComboBox<Zone> zone = new ComboBox<>();
    private final RegionService regions;

    CatchmentChooser(RegionService regions, boolean bengali) {
        this.regions = regions;
        kind.setLabel(kind.getTranslation("exhibition.catchment"));
        kind.setItems("DEFAULT", "MUNICIPALITIES", "DISTRICTS", "ZONE", "STATE");
        kind.setItemLabelGenerator(k -> kind.getTranslation("exhibition.catchmentKind." + k));
        kind.setValue("DEFAULT");
        kind.setId("catchment-kind");
        municipalities.setLabel(kind.getTranslation("exhibition.catchmentKind.MUNICIPALITIES"));
        municipalities.setItems(regions.municipalities());
        municipalities.setItemLabelGenerator(m -> bengali ? m.nameBn() + " · " + m.nameEn() : m.bothNames());
        districts.setLabel(kind.getTranslation("exhibition.catchmentKind.DISTRICTS"));
        districts.setItems(regions.districts());
        districts.setItemLabelGenerator(d -> CatchmentText.districtName(d, bengali));
        zone.setLabel(kind.getTranslation("exhibition.catchmentKind.ZONE"));
        zone.setItems(regions.zones());
        zone.setItemLabelGenerator(z -> CatchmentText.zoneName(z, bengali));
        kind.addValueChangeListener(e -> showChosen());
        showChosen();
    }

    /** The fields, in the order the form shows them. */
    Component[] fields() {
        return new Component[] {kind, municipalities, districts, zone};
    }

    /** Shows an exhibition's stored catchment (its label, see {@code CatchmentRules}, and its municipalities). */
    void show(String label, Set<Long> municipalityIds) {
        String[] parts = label.split(":", 2);
        List<Long> ids = parts.length < 2 || parts[0].equals("MUNICIPALITIES")
                ? List.of()
                : Arrays.stream(parts[1].split(",")).map(Long::valueOf).toList();
        switch (parts[0]) {
            case "STATE" -> kind.setValue("STATE");
            case "ZONE" -> {
                kind.setValue("ZONE");
                regions.zones().stream()
                        .filter(z -> z.id() == ids.getFirst())
                        .findFirst()
                        .ifPresent(zone::setValue);
            }
            case "DISTRICTS" -> {
                kind.setValue("DISTRICTS");
                districts.setValue(new HashSet<>(regions.districts().stream()
                        .filter(d -> ids.contains(d.id()))
                        .toList()));
            }
            default -> {
                kind.setValue("MUNICIPALITIES");
                municipalities.setValue(new HashSet<>(regions.municipalities().stream()
                        .filter(m -> municipalityIds.contains(m.id()))
                        .toList()));
            }
        }
    }

    Catchment chosen() {
        return switch (kind.getValue()) {
            case "MUNICIPALITIES" ->
                new Catchment(
                        Catchment.Kind.MUNICIPALITIES,
                        municipalities.getValue().stream().map(Municipality::id).toList());
            case "DISTRICTS" ->
                new Catchment(
                        Catchment.Kind.DISTRICTS,
                        districts.getValue().stream().map(District::id).toList());
            case "ZONE" ->
                new Catchment(
                        Catchment.Kind.ZONE,
                        zone.getValue() == null
                                ? List.of()
                                : List.of(zone.getValue().id()));
            case "STATE" -> new Catchment(Catchment.Kind.STATE, List.of());
            default -> Catchment.DEFAULT;
        };
    }

    private void showChosen() {
        municipalities.setVisible("MUNICIPALITIES".equals(kind.getValue()));
        districts.setVisible("DISTRICTS".equals(kind.getValue()));
        zone.setVisible("ZONE".equals(kind.getValue()));
    }
}
