package app.haat.allocation;

import app.haat.allocation.engine.Weights;
import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The admin's page for the fairness weights of the allocation formula, with the formula in words. */
@Route("admin/allocation-weights")
@RolesAllowed(Role.ADMIN)
public class WeightsView extends VerticalLayout implements HasDynamicTitle {

    private final AllocationService allocation;
    private final IntegerField spread = field("weights.spread", "weight-spread");
    private final IntegerField rotation = field("weights.rotation", "weight-rotation");
    private final IntegerField penalty = field("weights.penalty", "weight-penalty");
    private final IntegerField preference = field("weights.preference", "weight-preference");
    private final Paragraph lastChange = new Paragraph();
    private int version;

    public WeightsView(AllocationService allocation) {
        this.allocation = allocation;
        addClassName("haat-view");
        Paragraph intro = new Paragraph(getTranslation("weights.intro"));
        intro.addClassName("haat-hint");
        lastChange.setId("weights-last-change");
        FormLayout form = new FormLayout(spread, rotation, penalty, preference);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("weights-save");
        Button defaults = new Button(getTranslation("weights.defaults"), e -> show(Weights.DEFAULT));
        defaults.setId("weights-defaults");
        HorizontalLayout buttons = new HorizontalLayout(save, defaults);
        buttons.setWrap(true);
        add(new H2(getTranslation("weights.title")), intro, form, buttons, lastChange);
        load();
    }

    private IntegerField field(String key, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setMax(AllocationService.MAX_WEIGHT);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("weights.range"))
                .setMinErrorMessage(getTranslation("weights.range"))
                .setMaxErrorMessage(getTranslation("weights.range"))
                .setRequiredErrorMessage(getTranslation("weights.range")));
        field.setId(id);
        return field;
    }

    private void load() {
        AllocationRepository.StoredWeights stored = allocation.weights();
        version = stored.version();
        show(stored.weights());
        lastChange.setText(
                stored.updatedBy() == null
                        ? getTranslation("weights.neverChanged")
                        : getTranslation(
                                "weights.lastChange", stored.updatedBy(), Formats.dateTime(stored.updatedAt())));
    }

    private void show(Weights weights) {
        spread.setValue(weights.spread());
        rotation.setValue(weights.rotation());
        penalty.setValue(weights.penalty());
        preference.setValue(weights.preference());
    }

    private void save() {
        List<IntegerField> fields = List.of(spread, rotation, penalty, preference);
        boolean valid = true;
        for (IntegerField field : fields) {
            boolean ok = field.getValue() != null
                    && field.getValue() >= 0
                    && field.getValue() <= AllocationService.MAX_WEIGHT;
            field.setInvalid(!ok);
            if (!ok) {
                field.setErrorMessage(getTranslation("weights.range"));
                valid = false;
            }
        }
        if (!valid) {
            return;
        }
        Weights weights =
                new Weights(spread.getValue(), rotation.getValue(), penalty.getValue(), preference.getValue());
        if (Notifications.attempt(() -> allocation.updateWeights(weights, version))) {
            Notifications.success(getTranslation("weights.saved"));
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("weights.title") + " · " + getTranslation("app.name");
    }
}
