package app.haat.user;

import app.haat.core.security.Role;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An officer's, staff member's or admin's own account, and how they want to be told of things. */
@Route("my-account")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    public MyAccountView(MyAccountService accounts) {
        addClassName("haat-view");
        UserAccount me = accounts.mine();
        String mobile = me.mobile();
        boolean hasMobile = mobile != null;
        boolean hasEmail = me.email() != null && !me.email().isBlank();
        add(new H2(getTranslation("account.title")));
        add(line("account.name", me.displayName()));
        add(line("account.username", me.username()));
        add(line("account.role", getTranslation("role." + me.role().name())));
        add(line("account.email", hasEmail ? me.email() : getTranslation("account.none")));
        add(line("account.mobile", mobile != null ? mobile : getTranslation("account.none")));

        add(new H3(getTranslation("account.channels")));
        Checkbox sms = new Checkbox(getTranslation("group.messages.sms"), hasMobile && me.bySms());
        sms.setId("account-sms");
        sms.setEnabled(hasMobile);
        Checkbox email = new Checkbox(getTranslation("group.messages.email"), hasEmail && me.byEmail());
        email.setId("account-email");
        email.setEnabled(hasEmail);
        Paragraph help = new Paragraph(
                getTranslation(hasMobile || hasEmail ? "account.channels.help" : "account.channels.nothing"));
        help.addClassName("haat-hint");
        help.setId("account-channels-help");
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(() -> accounts.chooseChannels(sms.getValue(), email.getValue()))) {
                Notifications.success(getTranslation("action.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-save");
        save.setEnabled(hasMobile || hasEmail);
        add(sms, email, help, save);
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(getTranslation(labelKey) + ": " + value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
