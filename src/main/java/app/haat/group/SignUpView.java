package app.haat.group;

import app.haat.core.i18n.LanguageSwitch;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.Notifications;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/** A group leader registers the group from a phone, in Bengali or English. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    public SignUpView(GroupService groups, SignUpService signUps, RegionService regions) {
        addClassName("haat-login");
        setDefaultHorizontalComponentAlignment(Alignment.CENTER);
        boolean bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));

        TextField name = new TextField(getTranslation("group.name"));
        name.setMaxLength(GroupService.MAX_NAME);
        name.setRequired(true);
        name.setId("signup-name");
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("group.municipality"));
        municipality.setItems((Municipality m, String filter) -> {
            String needle = filter.toLowerCase(Locale.ROOT);
            return (m.nameEn() + " " + m.nameBn() + " " + m.districtEn() + " " + m.districtBn())
                    .toLowerCase(Locale.ROOT).contains(needle);
        }, regions.municipalities());
        municipality.setItemLabelGenerator(m -> bengali ? m.nameBn() + " · " + m.nameEn() : m.bothNames());
        municipality.setRequired(true);
        municipality.setId("signup-municipality");
        TextField ward = new TextField(getTranslation("group.ward"));
        ward.setMaxLength(20);
        ward.setRequired(true);
        ward.setId("signup-ward");
        IntegerField members = new IntegerField(getTranslation("group.members"));
        members.setMin(1);
        members.setMax(100);
        members.setStepButtonsVisible(true);
        members.setValue(10);
        members.setId("signup-members");
        TextField leader = new TextField(getTranslation("group.leader"));
        leader.setMaxLength(120);
        leader.setRequired(true);
        leader.setId("signup-leader");
        TextField mobile = new TextField(getTranslation("group.mobile"));
        mobile.setHelperText(getTranslation("group.mobile.help"));
        mobile.setRequired(true);
        mobile.setMaxLength(16);
        mobile.getElement().setAttribute("inputmode", "tel");
        mobile.getElement().setAttribute("autocomplete", "tel");
        mobile.setId("signup-mobile");
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        password.setRequired(true);
        password.setId("signup-password");
        EmailField email = new EmailField(getTranslation("group.email"));
        email.setHelperText(getTranslation("group.email.help"));
        email.setId("signup-email");
        CheckboxGroup<Category> categories = new CheckboxGroup<>(getTranslation("group.categories"));
        categories.setItems(groups.categories());
        categories.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        categories.setId("signup-categories");
        Checkbox consent = new Checkbox(getTranslation("group.consent"));
        consent.setId("signup-consent");
        for (var field : new TextField[] {name, ward, leader, mobile}) {
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.addThemeVariants(TextFieldVariant.LUMO_HELPER_ABOVE_FIELD);
        }

        Paragraph errors = new Paragraph();
        errors.addClassName("haat-error");
        errors.setId("signup-errors");
        FormLayout form = new FormLayout(name, municipality, ward, members, leader, mobile, password, email,
                categories, consent, errors);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(categories, 2);
        form.setColspan(consent, 2);
        form.setColspan(errors, 2);
        form.setMaxWidth("640px");

        VerticalLayout done = new VerticalLayout();
        done.setVisible(false);
        done.setId("signup-done");
        Button submit = new Button(getTranslation("group.register"), e -> {
            try {
                signUps.signUp(new SignUpForm(name.getValue(), municipality.getValue() == null ? null
                        : municipality.getValue().id(), ward.getValue(), members.getValue(), leader.getValue(),
                        mobile.getValue(), password.getValue(), email.getValue(), consent.getValue(),
                        categories.getValue().stream().map(Category::code).collect(java.util.stream.Collectors.toSet()),
                        bengali ? "bn" : "en"));
            } catch (RuntimeException ex) {
                String message = Notifications.describe(ex);
                if (message == null) {
                    throw ex;
                }
                errors.setText(message);
                return;
            }
            form.setVisible(false);
            e.getSource().setVisible(false);
            done.add(new Paragraph(getTranslation("group.registered", mobile.getValue())),
                    new Anchor("login", getTranslation("reset.backToLogin")));
            done.setVisible(true);
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("signup-submit");
        add(new LanguageSwitch(language -> { }), new H2(getTranslation("group.signup")),
                new Paragraph(getTranslation("group.signup.intro")), form, submit, done,
                new Anchor("login", getTranslation("group.haveAccount")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.signup") + " · " + getTranslation("app.name");
    }
}
