package app.haat.exhibition;

import app.haat.core.data.Sha256;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.Exports;
import app.haat.venue.VenueKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Exhibitions and their applications over HTTP, scoped by the services as in the UI. */
@RestController
@RequestMapping("/api/exhibitions")
class ExhibitionApiController {

    private final ExhibitionService exhibitions;
    private final ApplicationService applications;
    private final ApplicationExport export;
    private final ExhibitionCancellation cancellation;
    private final ExhibitionPostponement postponement;
    private final ExhibitionEditing editing;

    ExhibitionApiController(
            ExhibitionService exhibitions,
            ApplicationService applications,
            ApplicationExport export,
            ExhibitionCancellation cancellation,
            ExhibitionPostponement postponement,
            ExhibitionEditing editing) {
        this.editing = editing;
        this.cancellation = cancellation;
        this.postponement = postponement;
        this.exhibitions = exhibitions;
        this.applications = applications;
        this.export = export;
    }

    /**
     * {@code GET /api/exhibitions/{id}/applications/export?format=csv|xlsx} with the review grid's filters
     * ({@code status}, {@code district}, {@code category}, {@code text}); streamed.
     */
    @GetMapping("/{id}/applications/export")
    void exportApplications(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) Long district,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String text,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        ApplicationFilter filter = new ApplicationFilter(status, null, district, category, text);
        Exports.stream(
                response,
                chosen,
                "applications",
                out -> export.export(id, filter, chosen, Exports.language(request), out));
    }

    /** {@code POST /api/exhibitions}: an exhibition on a venue; its slots follow from the dates and slot length. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> create(@RequestBody ExhibitionForm form) {
        return Map.of("id", exhibitions.create(form));
    }

    /**
     * {@code GET /api/exhibitions?status=&municipality=}: the exhibitions the caller may see (as in the views; a group
     * sees those taking its applications now and those it applied to), newest first; {@code municipality} is the
     * venue's municipality id.
     */
    @GetMapping
    List<ExhibitionSummaryJson> list(
            @RequestParam(required = false) ExhibitionStatus status,
            @RequestParam(required = false) Long municipality) {
        return applications.visibleExhibitions(status, municipality).stream()
                .map(ExhibitionSummaryJson::of)
                .toList();
    }

    /** For a signed-in group: the exhibitions it may apply to now, with their slots. */
    @GetMapping("/open")
    List<ExhibitionJson> openForMe() {
        return applications.openForMe().stream()
                .map(e -> new ExhibitionJson(
                        e.withoutSeed(), exhibitions.slots(e.id()), Set.of(), exhibitions.categories(e.id()), null))
                .toList();
    }

    /** One exhibition; the seed's fingerprint for all who see it, the seed itself for its officers or once published. */
    @GetMapping("/{id}")
    ExhibitionJson get(@PathVariable long id) {
        Exhibition exhibition = exhibitions.get(id);
        String fingerprint =
                exhibition.lotterySeed() == null ? null : Sha256.hex(Long.toString(exhibition.lotterySeed()));
        boolean revealed =
                exhibitions.canManage(exhibition) || exhibition.status().compareTo(ExhibitionStatus.PUBLISHED) >= 0;
        return new ExhibitionJson(
                revealed ? exhibition : exhibition.withoutSeed(),
                exhibitions.slots(id),
                exhibitions.catchment(id),
                exhibitions.categories(id),
                fingerprint);
    }

    /** {@code POST /api/exhibitions/{id}/status}: the next lifecycle step, e.g. {@code {"status":"OPEN"}}. */
    @PostMapping("/{id}/status")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void advance(@PathVariable long id, @RequestBody StatusRequest body) {
        ExhibitionStatus target;
        try {
            target = ExhibitionStatus.valueOf(String.valueOf(body.status()));
        } catch (IllegalArgumentException e) {
            target = null;
        }
        exhibitions.advance(id, exhibitions.get(id).version(), target);
    }

    /**
     * {@code POST /api/exhibitions/{id}/cancel} {@code {"reason":…, "version":…}}: cancels it (any state before
     * finished); without {@code version}, the current one. Answers how many groups were told.
     */
    @PostMapping("/{id}/cancel")
    CancelAnswer cancel(@PathVariable long id, @RequestBody @Nullable CancelRequest body) {
        Integer version = body == null ? null : body.version();
        int told = cancellation.cancel(
                id, version == null ? exhibitions.get(id).version() : version, body == null ? null : body.reason());
        return new CancelAnswer(ExhibitionStatus.CANCELLED, told);
    }

    /**
     * {@code POST /api/exhibitions/{id}/postpone} {@code {"startsOn":"2027-02-01", "endsOn":"2027-02-14",
     * "version":…}}: moves the dates before the start (slots by position); without {@code version}, the current one.
     */
    @PostMapping("/{id}/postpone")
    ExhibitionPostponement.Moved postpone(@PathVariable long id, @RequestBody @Nullable PostponeRequest body) {
        Integer version = body == null ? null : body.version();
        return postponement.postpone(
                id,
                version == null ? exhibitions.get(id).version() : version,
                body == null ? null : body.startsOn(),
                body == null ? null : body.endsOn());
    }

    /**
     * {@code PATCH /api/exhibitions/{id}} {@code {"title":…, "titleBn":…, "catchment":{"kind":…,"ids":[…]},
     * "categories":[…], "applicationsOpenAt":…, "applicationsCloseAt":…, "version":…}}: changes the fields given
     * while it is a draft or open; without {@code version}, the current one. Applications the new terms leave
     * outside stay in play, flagged for the officer ({@code flagged}: how many); groups that wider terms of an open
     * exhibition newly cover are told ({@code announced}: messages queued).
     */
    @PatchMapping("/{id}")
    ExhibitionEditing.EditOutcome edit(@PathVariable long id, @RequestBody @Nullable EditRequest body) {
        EditRequest request = body == null ? new EditRequest(null, null, null, null, null, null, null) : body;
        return editing.edit(
                id,
                request.version() == null ? exhibitions.get(id).version() : request.version(),
                new ExhibitionEdit(
                        request.title(),
                        request.titleBn(),
                        request.catchment(),
                        request.categories(),
                        request.applicationsOpenAt(),
                        request.applicationsCloseAt()));
    }

    record EditRequest(
            @Nullable String title,
            @Nullable String titleBn,
            @Nullable Catchment catchment,
            @Nullable List<String> categories,
            @Nullable OffsetDateTime applicationsOpenAt,
            @Nullable OffsetDateTime applicationsCloseAt,
            @Nullable Integer version) {}

    record PostponeRequest(
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable Integer version) {}

    record CancelRequest(@Nullable String reason, @Nullable Integer version) {}

    record CancelAnswer(ExhibitionStatus status, int groupsTold) {}

    /** A group applies for itself; an officer gives {@code groupId} for a paper form. */
    @PostMapping("/{id}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> apply(@PathVariable long id, @RequestBody ApplicationForm form) {
        return Map.of("id", applications.apply(id, form));
    }

    @GetMapping("/{id}/applications")
    List<Application> applications(
            @PathVariable long id,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "500") int limit) {
        return applications.page(
                id,
                new ApplicationFilter(status, null, null, null, null),
                Math.max(0, offset),
                Math.min(Math.max(1, limit), 5000));
    }

    record ExhibitionJson(
            Exhibition exhibition,
            List<Slot> slots,
            Set<Long> catchment,
            List<String> categories,
            @Nullable String seedSha256) {}

    /** The step asked for; a step that is not the next one (or is taken elsewhere) is refused with the reason. */
    record StatusRequest(
            @Schema(description = "the next lifecycle step", example = "OPEN")
            String status) {}

    /** One exhibition in the list: what a client needs to pick it, without its slots and catchment. */
    record ExhibitionSummaryJson(
            long id,
            String title,
            @Nullable String titleBn,
            ExhibitionVenueJson venue,
            LocalDate startsOn,
            LocalDate endsOn,
            ExhibitionStatus status,
            ApplicationWindowJson applicationWindow,
            int applications) {

        static ExhibitionSummaryJson of(Exhibition e) {
            return new ExhibitionSummaryJson(
                    e.id(),
                    e.title(),
                    e.titleBn(),
                    new ExhibitionVenueJson(
                            e.venueId(), e.venueName(), e.venueNameBn(), e.venueKind(), e.municipalityId()),
                    e.startsOn(),
                    e.endsOn(),
                    e.status(),
                    new ApplicationWindowJson(e.applicationsOpenAt(), e.applicationsCloseAt()),
                    e.applications());
        }
    }

    record ExhibitionVenueJson(
            long id, String name, @Nullable String nameBn, VenueKind kind, long municipalityId) {}

    /** When applications open and close (the OPEN step must also have been taken). */
    record ApplicationWindowJson(OffsetDateTime opensAt, OffsetDateTime closesAt) {}
}
