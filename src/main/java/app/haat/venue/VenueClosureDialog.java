package app.haat.venue;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;

/**
 * The venue closes for some dates: the first and last closed day, typed in either digits, then the exhibitions there
 * whose dates meet them, each linked to its page, where its dates are moved or it is called off.
 */
class VenueClosureDialog extends FormDialog {

    VenueClosureDialog(Venue venue, AffectedExhibitions closures) {
        setHeaderTitle(getTranslation("venue.closure") + " · " + venue.name(LocalizedName.bengaliScreen()));
        LocalDate today = LocalDate.now(Formats.INDIA);
        TypedField<LocalDate> from =
                TypedField.date(getTranslation("venue.closure.from")).required().show(today);
        from.setId("venue-closure-from");
        TypedField<LocalDate> to =
                TypedField.date(getTranslation("venue.closure.to")).required().show(today);
        to.setId("venue-closure-to");
        Div found = new Div();
        found.setId("venue-closure-found");
        add(new Paragraph(getTranslation("venue.closure.explain")), from, to, found);
        action(getTranslation("venue.closure.show"), "venue-closure-show", () -> {
            if (!TypedField.valid(from, to)) {
                return;
            }
            Notifications.attemptAndGet(() -> closures.affected(venue.id(), from.value(), to.value()))
                    .ifPresent(list -> show(found, list));
        });
    }

    private void show(Div found, List<AffectedExhibitions.Affected> affected) {
        found.removeAll();
        if (affected.isEmpty()) {
            found.add(new Paragraph(getTranslation("venue.closure.none")));
            return;
        }
        boolean bengali = LocalizedName.bengaliScreen();
        for (AffectedExhibitions.Affected exhibition : affected) {
            Paragraph line = new Paragraph(getTranslation(
                    "venue.closure.line",
                    LocalizedName.pick(exhibition.title(), exhibition.titleBn(), bengali),
                    Formats.date(exhibition.startsOn()),
                    Formats.date(exhibition.endsOn()),
                    getTranslation("exhibition.status." + exhibition.status().name())));
            Anchor open = new Anchor("exhibition/" + exhibition.id(), getTranslation("venue.closure.open"));
            open.setId("venue-closure-open-" + exhibition.id());
            line.setId("venue-closure-exhibition-" + exhibition.id());
            found.add(line, open);
        }
    }
}
