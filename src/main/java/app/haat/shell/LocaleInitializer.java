package app.haat.shell;

import app.haat.core.i18n.LanguageCookie;
import app.haat.core.i18n.LanguageSwitch;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.ui.VaadinTexts;
import app.haat.user.UserService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Applies a signed-in user's stored language once per sign-in, and keeps the page's lang attribute right so
 * the browser picks the Bengali font and hyphenation.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private static final String APPLIED_FOR = "haat.language.appliedFor";
    private final CurrentUser currentUser;
    private final UserService users;

    LocaleInitializer(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            Optional<HaatPrincipal> me = currentUser.find();
            if (me.isPresent() && !me.get().username().equals(session.getAttribute(APPLIED_FOR))) {
                session.setAttribute(APPLIED_FOR, me.get().username());
                String language = users.ownLanguage();
                if (language == null) {
                    // no language stored with the account: the one chosen on the sign-in page, if any
                    VaadinRequest request = VaadinRequest.getCurrent();
                    language = request == null ? null : LanguageCookie.read(request.getCookies());
                }
                if (language != null) {
                    session.setLocale(Translator.forLanguage(language));
                }
            }
            uiEvent.getUI().setLocale(Translator.supported(session.getLocale()));
            LanguageSwitch.markPage(uiEvent.getUI());
            VaadinTexts.apply(uiEvent.getUI());
        });
    }
}
