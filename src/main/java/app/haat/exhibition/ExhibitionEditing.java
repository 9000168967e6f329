package app.haat.exhibition;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.data.TextInput;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits an exhibition's title, catchment, categories and application window while it is a draft or open, under the
 * rules creation follows. A narrower catchment or category list never drops an application already made: it is
 * flagged for the officer, stays in play for the draw, and only an officer's rejection with a reason takes it out
 * (the review path: the group is told at once, and after closing it enters the draw's public record). Wider terms
 * of an open exhibition are announced to the groups they newly cover.
 */
@Service
public class ExhibitionEditing {

    /** The states in which the terms may change: before applications close. */
    static final Set<ExhibitionStatus> EDITABLE = EnumSet.of(ExhibitionStatus.DRAFT, ExhibitionStatus.OPEN);

    /**
     * The exhibition's new version, how many applications the new terms leave outside (newly flagged), and how many
     * announcements went to groups that wider terms of an open exhibition now cover (one per group and channel).
     */
    public record EditOutcome(int version, int flagged, int announced) {}

    private final ExhibitionService exhibitions;
    private final ExhibitionRepository repository;
    private final EditRepository edits;
    private final ExhibitionRules rules;
    private final CatchmentRules catchments;
    private final VenueService venues;
    private final AuditService audit;
    private final Announcements announcements;
    private final Clock clock;

    ExhibitionEditing(
            ExhibitionService exhibitions,
            ExhibitionRepository repository,
            EditRepository edits,
            ExhibitionRules rules,
            CatchmentRules catchments,
            VenueService venues,
            AuditService audit,
            Announcements announcements,
            Clock clock) {
        this.exhibitions = exhibitions;
        this.repository = repository;
        this.edits = edits;
        this.rules = rules;
        this.catchments = catchments;
        this.venues = venues;
        this.audit = audit;
        this.announcements = announcements;
        this.clock = clock;
    }

    /**
     * Changes the fields given if the exhibition still has the version the officer saw (a second officer's change
     * meanwhile is refused with the reason).
     */
    @Transactional
    public EditOutcome edit(long id, int version, ExhibitionEdit edit) {
        Exhibition exhibition = exhibitions.requireManage(id);
        if (!EDITABLE.contains(exhibition.status())) {
            throw new ConflictException("exhibition.edit.error.state");
        }
        List<String> errors = new ArrayList<>();
        String title = ExhibitionRules.checkTitle(
                edit.title() == null ? exhibition.title() : edit.title(),
                edit.titleBn() == null ? exhibition.titleBn() : edit.titleBn(),
                errors);
        String titleBn = edit.titleBn() == null ? exhibition.titleBn() : TextInput.blankToNull(edit.titleBn());
        OffsetDateTime opens =
                edit.applicationsOpenAt() == null ? exhibition.applicationsOpenAt() : edit.applicationsOpenAt();
        OffsetDateTime closes =
                edit.applicationsCloseAt() == null ? exhibition.applicationsCloseAt() : edit.applicationsCloseAt();
        checkWindow(exhibition, opens, closes, errors);
        List<String> categoriesBefore = exhibitions.categories(id);
        List<String> categories =
                edit.categories() == null ? categoriesBefore : rules.checkedCategories(edit.categories(), errors);
        Set<Long> catchmentBefore = exhibitions.catchment(id);
        CatchmentRules.Resolved catchment = edit.catchment() == null
                ? new CatchmentRules.Resolved(exhibition.catchmentLabel(), catchmentBefore)
                : catchments.resolve(edit.catchment(), venues.get(exhibition.venueId()), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String label = Objects.requireNonNull(catchment.label());
        boolean catchmentChanged = !label.equals(exhibition.catchmentLabel())
                || !catchment.municipalities().equals(catchmentBefore);
        boolean categoriesChanged = !Set.copyOf(categories).equals(Set.copyOf(categoriesBefore));
        boolean reaches = exhibition.status() == ExhibitionStatus.OPEN && (catchmentChanged || categoriesChanged);
        List<Long> toldBefore = reaches ? announcements.audience(id) : List.of();
        if (!edits.update(id, version, exhibition.status(), title, titleBn, label, opens, closes)) {
            throw new ConflictException("exhibition.error.stale");
        }
        int flagged = storeTerms(id, catchmentChanged ? catchment : null, categoriesChanged ? categories : null);
        int announced = reaches ? announcements.widened(exhibitions.get(id), toldBefore) : 0;
        audit.record(
                AuditEntity.EXHIBITION,
                id,
                "EDIT",
                terms(
                        exhibition.title(),
                        exhibition.titleBn(),
                        exhibition.catchmentLabel(),
                        catchmentBefore.size(),
                        categoriesBefore,
                        exhibition.applicationsOpenAt(),
                        exhibition.applicationsCloseAt()),
                terms(title, titleBn, label, catchment.municipalities().size(), categories, opens, closes) + ", "
                        + flagged + " applications now outside the terms, " + announced
                        + " announcements to groups newly covered");
        return new EditOutcome(version + 1, flagged, announced);
    }

    /** A changed window follows creation's rules, and an open exhibition's window is not ended by an edit. */
    private void checkWindow(Exhibition exhibition, OffsetDateTime opens, OffsetDateTime closes, List<String> errors) {
        if (opens.isEqual(exhibition.applicationsOpenAt()) && closes.isEqual(exhibition.applicationsCloseAt())) {
            return;
        }
        rules.checkWindow(opens, closes, exhibition.startsOn(), errors);
        if (exhibition.status() == ExhibitionStatus.OPEN && !closes.isAfter(OffsetDateTime.now(clock))) {
            // closing is its own step, with the draw's seed
            errors.add("exhibition.edit.error.closesPast");
        }
    }

    /**
     * Stores a changed catchment and categories (null: unchanged); answers how many applications are now flagged as
     * outside the terms (they stay in play until an officer rejects them).
     */
    private int storeTerms(long id, CatchmentRules.@Nullable Resolved catchment, @Nullable List<String> categories) {
        if (catchment != null) {
            edits.clearCatchment(id);
            repository.insertCatchment(id, catchment.municipalities());
        }
        if (categories != null) {
            edits.clearCategories(id);
            repository.insertCategories(id, categories);
        }
        return catchment != null || categories != null ? edits.flagOutsideTerms(id) : 0;
    }

    private static String terms(
            String title,
            @Nullable String titleBn,
            String catchment,
            int municipalities,
            List<String> categories,
            OffsetDateTime opens,
            OffsetDateTime closes) {
        return "title=" + title + ", titleBn=" + titleBn + ", catchment=" + catchment + " (" + municipalities
                + " municipalities), categories=" + (categories.isEmpty() ? "all" : String.join(",", categories))
                + ", window=" + opens + " to " + closes;
    }
}
