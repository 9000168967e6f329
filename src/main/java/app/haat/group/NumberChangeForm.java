package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;

/**
 * The leader changes the group's mobile number: a code goes to the new number, and typing it back (Latin or Bengali
 * digits) makes the change. The group signs in with the new number afterwards.
 */
class NumberChangeForm extends VerticalLayout {

    NumberChangeForm(MobileVerification verification) {
        setPadding(false);
        setId("number-change");
        TextField mobile = new TextField(getTranslation("group.newMobile"));
        mobile.setId("number-change-mobile");
        mobile.setMaxLength(16);
        mobile.getElement().setAttribute("inputmode", "tel");
        mobile.getElement().setAttribute("autocomplete", "tel");
        TextField code = new TextField(getTranslation("otp.code"));
        code.setId("number-change-code");
        code.setMaxLength(12);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setVisible(false);
        Paragraph state = new Paragraph();
        state.setId("number-change-state");
        state.addClassName("haat-hint");
        Button confirm = new Button(getTranslation("otp.check"));
        confirm.setId("number-change-confirm");
        confirm.setVisible(false);
        Button send = new Button(getTranslation("otp.send"), e -> {
            String language = Translator.supported(getLocale()).getLanguage();
            VaadinRequest request = VaadinRequest.getCurrent();
            String address = request == null ? "" : request.getRemoteAddr();
            if (Notifications.attempt(() -> verification.sendNumberChangeCode(mobile.getValue(), language, address))) {
                state.setText(getTranslation("otp.sent"));
                code.setVisible(true);
                confirm.setVisible(true);
            }
        });
        send.setId("number-change-send");
        confirm.addClickListener(e -> {
            String[] changed = new String[1];
            if (Notifications.attempt(
                    () -> changed[0] = verification.confirmNumberChange(mobile.getValue(), code.getValue()))) {
                boolean bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
                Notifications.success(getTranslation(
                        "group.numberChanged", bengali ? Formats.bengaliDigits(changed[0]) : changed[0]));
                UI.getCurrent().getPage().reload();
            }
        });
        add(new Paragraph(getTranslation("group.numberChange.help")), mobile, send, state, code, confirm);
    }
}
