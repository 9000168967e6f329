package app.haat.exhibition;

import app.haat.core.api.InputRules;
import app.haat.core.i18n.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The field rules an exhibition's title, dates, window and categories follow, whether it is created or edited: one
 * place, so both paths refuse the same things with the same reasons (each adds its bundle key to {@code errors}).
 */
@Component
class ExhibitionRules {

    private final ExhibitionRepository repository;
    private final Clock clock;

    ExhibitionRules(ExhibitionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The English title (required, one line, at most MAX_TITLE) and the optional Bengali one; answers it stripped. */
    static String checkTitle(@Nullable String title, @Nullable String titleBn, List<String> errors) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > ExhibitionService.MAX_TITLE) {
            errors.add("exhibition.error.title");
        }
        InputRules.checkOptionalLength(errors, titleBn, ExhibitionService.MAX_TITLE, "exhibition.error.titleBn");
        InputRules.checkSingleLine(errors, stripped, titleBn);
        return stripped;
    }

    /** The exhibition's days: in order, from today, not too far ahead, not too long. Answers whether they are. */
    boolean checkDates(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, List<String> errors) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.INDIA));
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            errors.add("exhibition.error.dates");
        } else if (startsOn.isBefore(today)) {
            errors.add("exhibition.error.past");
        } else if (startsOn.isAfter(today.plusYears(ExhibitionService.MAX_YEARS_AHEAD))) {
            errors.add("exhibition.error.tooFarAhead");
        } else if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > ExhibitionService.MAX_DAYS) {
            errors.add("exhibition.error.tooLong");
        } else {
            return true;
        }
        return false;
    }

    /**
     * The application window: opens before it closes, not long ago, and closes before the first day ({@code
     * startsOn} null: the days are not valid, so that is not checked).
     */
    void checkWindow(
            @Nullable OffsetDateTime opens,
            @Nullable OffsetDateTime closes,
            @Nullable LocalDate startsOn,
            List<String> errors) {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            errors.add("exhibition.error.window");
        } else if (opens.isBefore(OffsetDateTime.now(clock).minusYears(1))) {
            errors.add("exhibition.error.windowTooEarly");
        } else if (startsOn != null
                && closes.isAfter(startsOn.atStartOfDay(Formats.INDIA).toOffsetDateTime())) {
            errors.add("exhibition.error.windowAfterStart");
        }
    }

    /** The allowed categories, each once; all must exist (none: every category may apply). */
    List<String> checkedCategories(@Nullable List<String> codes, List<String> errors) {
        List<String> categories =
                codes == null ? List.of() : codes.stream().distinct().toList();
        if (!InputRules.hasNoNulls(categories)
                || categories.size() > 100
                || (!categories.isEmpty() && repository.countCategories(categories) != categories.size())) {
            errors.add("exhibition.error.category");
        }
        return categories;
    }
}
