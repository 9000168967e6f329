package app.haat.venue;

import app.haat.core.i18n.LocalizedName;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;

/** A venue's map location: latitude and longitude typed in Bengali or Latin digits; both blank clear it. */
class VenueLocationDialog extends FormDialog {

    /** The two fields, shown with the venue's values; the create dialog uses the same. */
    record Fields(TypedField<BigDecimal> latitude, TypedField<BigDecimal> longitude) {

        static Fields of(Venue venue) {
            Fields fields = empty();
            fields.latitude.show(venue.latitude());
            fields.longitude.show(venue.longitude());
            return fields;
        }

        static Fields empty() {
            UI ui = UI.getCurrent();
            TypedField<BigDecimal> latitude = TypedField.decimal(ui.getTranslation("venue.latitude"));
            latitude.setId("venue-latitude");
            latitude.setPlaceholder(ui.getTranslation("venue.latitude.example"));
            TypedField<BigDecimal> longitude = TypedField.decimal(ui.getTranslation("venue.longitude"));
            longitude.setId("venue-longitude");
            longitude.setPlaceholder(ui.getTranslation("venue.longitude.example"));
            return new Fields(latitude, longitude);
        }

        boolean valid() {
            return TypedField.valid(latitude, longitude);
        }
    }

    VenueLocationDialog(VenueService venues, Venue venue, Runnable saved) {
        super(UI.getCurrent().getTranslation("venue.location.title", venue.name(LocalizedName.bengaliScreen())));
        setWidth("min(480px, 95vw)");
        Fields fields = Fields.of(venue);
        Paragraph hint = new Paragraph(getTranslation("venue.location.hint"));
        hint.addClassName("haat-hint");
        FormLayout form = new FormLayout(fields.latitude(), fields.longitude());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));
        add(hint, form);
        save("venue-location-save", () -> {
            if (fields.valid()
                    && Notifications.attempt(() -> venues.setLocation(
                            venue.id(),
                            fields.latitude().typed(),
                            fields.longitude().typed()))) {
                close();
                saved.run();
            }
        });
    }
}
