package app.haat.exhibition;

import app.haat.core.api.InputRules;
import app.haat.region.District;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.region.Zone;
import app.haat.venue.Venue;
import app.haat.venue.VenueKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An exhibition's catchment as chosen on the form: checked, turned into the label stored with the exhibition and
 * expanded to the municipalities whose groups may apply. The default is the venue's zone, else its district; for a
 * centre, the whole state.
 */
@Component
class CatchmentRules {

    /** The stored label (see {@link #label}) and the municipalities it covers; an unusable catchment has none. */
    record Resolved(@Nullable String label, Set<Long> municipalities) {}

    private final RegionService regions;

    CatchmentRules(RegionService regions) {
        this.regions = regions;
    }

    /** The catchment chosen for an exhibition on the venue; adds "exhibition.error.catchment" if it is unusable. */
    Resolved resolve(@Nullable Catchment requested, Venue venue, List<String> errors) {
        Catchment chosen = requested == null ? Catchment.DEFAULT : requested;
        if (!wellFormed(chosen)) {
            errors.add("exhibition.error.catchment");
            return new Resolved(null, Set.of());
        }
        chosen = new Catchment(
                chosen.kind(),
                chosen.ids() == null
                        ? List.of()
                        : chosen.ids().stream().distinct().toList());
        Resolved resolved = new Resolved(label(chosen, venue), municipalities(chosen, venue));
        if (resolved.municipalities().isEmpty()) {
            errors.add("exhibition.error.catchment");
        }
        return resolved;
    }

    /**
     * Whether the catchment's ids fit its kind: one zone, at least one district or municipality (ids that exist, no
     * nulls, no more than there are), none for the state or the default. Checked before anything reads them.
     */
    private boolean wellFormed(Catchment catchment) {
        if (catchment.ids() != null && !InputRules.hasNoNulls(catchment.ids())) {
            return false;
        }
        List<Long> ids = catchment.ids() == null
                ? List.of()
                : catchment.ids().stream().distinct().toList();
        if (catchment.kind() == null || catchment.kind() == Catchment.Kind.STATE) {
            return ids.isEmpty();
        }
        return switch (catchment.kind()) {
            case ZONE -> ids.size() == 1 && regions.zones().stream().anyMatch(z -> z.id() == ids.getFirst());
            case DISTRICTS ->
                !ids.isEmpty()
                        && ids.size() <= 100
                        && regions.districts().stream()
                                .map(District::id)
                                .collect(Collectors.toSet())
                                .containsAll(ids);
            case MUNICIPALITIES -> !ids.isEmpty() && ids.size() <= 1000 && regions.allExist(ids);
            case STATE -> true;
        };
    }

    /** Stored form of the catchment, turned into words by the views: STATE, ZONE:id, DISTRICTS:ids, MUNICIPALITIES:n. */
    private String label(Catchment catchment, Venue venue) {
        Catchment.Kind kind = catchment.kind();
        if (kind == null) {
            if (venue.kind() == VenueKind.CENTRE) {
                return "STATE";
            }
            Long zone = zoneOf(venue.municipalityId());
            return zone != null ? "ZONE:" + zone : "DISTRICTS:" + venue.districtId();
        }
        return switch (kind) {
            case STATE -> "STATE";
            case ZONE -> "ZONE:" + catchment.ids().getFirst();
            case DISTRICTS ->
                "DISTRICTS:" + catchment.ids().stream().map(String::valueOf).collect(Collectors.joining(","));
            case MUNICIPALITIES -> "MUNICIPALITIES:" + catchment.ids().size();
        };
    }

    private Set<Long> municipalities(Catchment catchment, Venue venue) {
        List<Municipality> all = regions.municipalities();
        Catchment.Kind kind = catchment.kind();
        if (kind == null) {
            if (venue.kind() == VenueKind.CENTRE) {
                kind = Catchment.Kind.STATE;
            } else {
                Long zone = zoneOf(venue.municipalityId());
                catchment = zone != null
                        ? new Catchment(Catchment.Kind.ZONE, List.of(zone))
                        : new Catchment(Catchment.Kind.DISTRICTS, List.of(venue.districtId()));
                kind = catchment.kind();
            }
        }
        List<Long> ids = catchment.ids() == null ? List.of() : catchment.ids();
        Set<Long> result = new LinkedHashSet<>();
        switch (Objects.requireNonNull(kind)) {
            case STATE -> all.forEach(m -> result.add(m.id()));
            case ZONE -> regions.municipalitiesOfZone(ids.getFirst()).forEach(m -> result.add(m.id()));
            case DISTRICTS ->
                all.stream().filter(m -> ids.contains(m.districtId())).forEach(m -> result.add(m.id()));
            case MUNICIPALITIES -> result.addAll(ids);
        }
        return result;
    }

    private @Nullable Long zoneOf(long municipalityId) {
        Municipality municipality =
                regions.municipalities(List.of(municipalityId)).getFirst();
        if (municipality.zoneEn() == null) {
            return null;
        }
        return regions.zones().stream()
                .filter(z -> z.nameEn().equals(municipality.zoneEn()))
                .map(Zone::id)
                .findFirst()
                .orElse(null);
    }
}
