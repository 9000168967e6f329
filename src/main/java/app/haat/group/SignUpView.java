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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A group leader registers the group from a phone, in Bengali or English. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final SignUpService signUps;
    private final MobileVerification verification;
    private final boolean bengali;
    private final TextField code = new TextField();
    private final Paragraph codeState = new Paragraph();
    /** The ticket a right code gave, for the number it was given for. */
    private @Nullable String verifiedMobile;

    private @Nullable String verifiedNumber;
    private final TextField name = new TextField();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final TextField ward = new TextField();
    private final IntegerField members = new IntegerField();
    private final TextField leader = new TextField();
    private final TextField mobile = new TextField();
    private final PasswordField password = new PasswordField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Category> categories = new CheckboxGroup<>();
    private final Checkbox consent = new Checkbox();
    private final Paragraph errors = new Paragraph();
    private final VerticalLayout done = new VerticalLayout();

    public SignUpView(
            GroupService groups, SignUpService signUps, RegionService regions, MobileVerification verification) {
        this.signUps = signUps;
        this.verification = verification;
        addClassName("haat-login");
        setDefaultHorizontalComponentAlignment(Alignment.CENTER);
        bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        setUpGroupFields(regions);
        setUpLeaderFields();
        categories.setLabel(getTranslation("group.categories"));
        categories.setItems(groups.categories());
        categories.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        categories.setId("signup-categories");
        consent.setLabel(getTranslation("group.consent"));
        consent.setId("signup-consent");
        for (var field : List.of(name, ward, leader, mobile)) {
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.addThemeVariants(TextFieldVariant.LUMO_HELPER_ABOVE_FIELD);
        }
        errors.addClassName("haat-error");
        errors.setId("signup-errors");
        HorizontalLayout codeRow = codeRow();
        FormLayout form = new FormLayout(
                name,
                municipality,
                ward,
                members,
                leader,
                mobile,
                codeRow,
                password,
                email,
                categories,
                consent,
                errors);
        form.setColspan(codeRow, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(categories, 2);
        form.setColspan(consent, 2);
        form.setColspan(errors, 2);
        form.setMaxWidth("640px");
        done.setVisible(false);
        done.setId("signup-done");
        Button submit = new Button(getTranslation("group.register"), e -> submit(form, e.getSource()));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("signup-submit");
        add(
                new LanguageSwitch(language -> {}),
                new H2(getTranslation("group.signup")),
                new Paragraph(getTranslation("group.signup.intro")),
                form,
                submit,
                done,
                new Anchor("login", getTranslation("group.haveAccount")));
    }

    /** Name, municipality (found by either script, or by district), ward and members. */
    private void setUpGroupFields(RegionService regions) {
        name.setLabel(getTranslation("group.name"));
        name.setMaxLength(GroupRules.MAX_NAME);
        name.setRequired(true);
        name.setId("signup-name");
        municipality.setLabel(getTranslation("group.municipality"));
        municipality.setItems(
                (Municipality m, String filter) -> {
                    String needle = filter.toLowerCase(Locale.ROOT);
                    return (m.nameEn() + " " + m.nameBn() + " " + m.districtEn() + " " + m.districtBn())
                            .toLowerCase(Locale.ROOT)
                            .contains(needle);
                },
                regions.municipalities());
        municipality.setItemLabelGenerator(m -> bengali ? m.nameBn() + " · " + m.nameEn() : m.bothNames());
        municipality.setRequired(true);
        municipality.setId("signup-municipality");
        ward.setLabel(getTranslation("group.ward"));
        ward.setMaxLength(GroupRules.MAX_WARD);
        ward.setRequired(true);
        ward.setId("signup-ward");
        members.setLabel(getTranslation("group.members"));
        members.setMin(GroupRules.MIN_MEMBERS);
        members.setMax(GroupRules.MAX_MEMBERS);
        members.setStepButtonsVisible(true);
        members.setValue(10);
        members.setId("signup-members");
    }

    /** The leader, whose mobile number becomes the account's user name, with password and e-mail. */
    private void setUpLeaderFields() {
        leader.setLabel(getTranslation("group.leader"));
        leader.setMaxLength(GroupRules.MAX_PERSON_NAME);
        leader.setRequired(true);
        leader.setId("signup-leader");
        mobile.setLabel(getTranslation("group.mobile"));
        mobile.setHelperText(getTranslation("group.mobile.help"));
        mobile.setRequired(true);
        mobile.setMaxLength(16);
        mobile.getElement().setAttribute("inputmode", "tel");
        mobile.getElement().setAttribute("autocomplete", "tel");
        mobile.setId("signup-mobile");
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        password.setRequired(true);
        password.setId("signup-password");
        email.setLabel(getTranslation("group.email"));
        email.setHelperText(getTranslation("group.email.help"));
        email.setId("signup-email");
    }

    /**
     * The number is verified before the group is made: a code is sent to it (a number a group holds gets none: that
     * group is told), and the code typed back (Latin or Bengali digits) gives the ticket the sign-up needs.
     */
    private HorizontalLayout codeRow() {
        Button send = new Button(getTranslation("otp.send"), e -> {
            errors.setText("");
            if (Notifications.attempt(
                    () -> verification.sendSignUpCode(mobile.getValue(), bengali ? "bn" : "en", clientAddress()))) {
                codeState.setText(getTranslation("otp.sent"));
            }
        });
        send.setId("signup-send-code");
        code.setLabel(getTranslation("otp.code"));
        code.setMaxLength(12);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setId("signup-code");
        Button check = new Button(getTranslation("otp.check"), e -> {
            String number = mobile.getValue();
            Notifications.attemptAndGet(() -> verification.verifySignUpCode(number, code.getValue(), clientAddress()))
                    .ifPresent(ticket -> {
                        verifiedMobile = ticket;
                        verifiedNumber = number;
                        codeState.setText(getTranslation("otp.numberVerified"));
                    });
        });
        check.setId("signup-check-code");
        codeState.setId("signup-code-state");
        HorizontalLayout row = new HorizontalLayout(send, code, check, codeState);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    /** Signs up; a refusal shows above the button, success replaces the form with the next steps. */
    private void submit(FormLayout form, Button button) {
        try {
            signUps.signUp(
                    new SignUpForm(
                            name.getValue(),
                            municipality.getValue() == null
                                    ? null
                                    : municipality.getValue().id(),
                            ward.getValue(),
                            members.getValue(),
                            leader.getValue(),
                            mobile.getValue(),
                            password.getValue(),
                            email.getValue(),
                            consent.getValue(),
                            categories.getValue().stream().map(Category::code).collect(Collectors.toSet()),
                            bengali ? "bn" : "en"),
                    mobile.getValue().equals(verifiedNumber) ? verifiedMobile : null);
        } catch (RuntimeException ex) {
            String message = Notifications.describe(ex);
            if (message == null) {
                throw ex;
            }
            errors.setText(message);
            return;
        }
        form.setVisible(false);
        button.setVisible(false);
        done.add(
                new Paragraph(getTranslation("group.registered", mobile.getValue())),
                new Anchor("login", getTranslation("reset.backToLogin")));
        done.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.signup") + " · " + getTranslation("app.name");
    }
}
