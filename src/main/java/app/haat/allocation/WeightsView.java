package app.haat.allocation;

import app.haat.allocation.engine.Weights;
import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The admin's page for the fairness weights of the allocation formula, with the formula in words. */
@Route("admin/allocation-weights")
@RolesAllowed(Role.ADMIN)
public class WeightsView extends VerticalLayout implements HasDynamicTitle {

    private final AllocationService allocation;
    private final TypedField<Integer> spread = field("weights.spread", "weight-spread");
    private final TypedField<Integer> rotation = field("weights.rotation", "weight-rotation");
    private final TypedField<Integer> penalty = field("weights.penalty", "weight-penalty");
    private final TypedField<Integer> preference = field("weights.preference", "weight-preference");
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

    private TypedField<Integer> field(String key, String id) {
        TypedField<Integer> field =
                TypedField.wholeNumber(getTranslation(key)).required().range(0, AllocationService.MAX_WEIGHT);
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
        spread.show(weights.spread());
        rotation.show(weights.rotation());
        penalty.show(weights.penalty());
        preference.show(weights.preference());
    }

    private void save() {
        if (!TypedField.valid(spread, rotation, penalty, preference)) {
            return;
        }
        Weights weights = new Weights(spread.value(), rotation.value(), penalty.value(), preference.value());
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
