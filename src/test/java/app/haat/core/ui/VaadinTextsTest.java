package app.haat.core.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.SystemMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Vaadin's own texts (system messages, the connection banner, screen-reader labels) in the reader's language. */
class VaadinTextsTest extends ViewTest {

    @Autowired
    VaadinTexts texts;

    @Test
    void systemMessagesAreInEachLanguage() {
        SystemMessages bengali = texts.systemMessages(Translator.BENGALI);
        assertThat(bengali.getSessionExpiredCaption()).isEqualTo("আপনি অনেকক্ষণ দূরে ছিলেন");
        assertThat(bengali.getSessionExpiredMessage()).contains("সাইন ইন");
        assertThat(bengali.getInternalErrorCaption()).isEqualTo("কিছু একটা ভুল হয়েছে");
        assertThat(bengali.getCookiesDisabledCaption()).isEqualTo("কুকি বন্ধ আছে");
        assertThat(bengali.getCookiesDisabledMessage()).contains("কুকি চালু");
        assertThat(bengali.getSyncErrorCaption()).isEqualTo("পাতাটি পুরনো হয়ে গেছে");
        SystemMessages english = texts.systemMessages(Translator.ENGLISH);
        assertThat(english.getSessionExpiredCaption()).isEqualTo("You were away for a while");
        assertThat(english.getSyncErrorMessage()).doesNotContain("restore your last saved state");
        // a language Haat does not offer gets English
        assertThat(texts.systemMessages(java.util.Locale.GERMAN).getInternalErrorCaption())
                .isEqualTo("Something went wrong");
        // the service hands out these, not Vaadin's defaults
        SystemMessages served = UI.getCurrent().getSession().getService().getSystemMessages(Translator.BENGALI, null);
        assertThat(served.getSessionExpiredCaption()).isEqualTo("আপনি অনেকক্ষণ দূরে ছিলেন");
    }

    @Test
    void aBengaliPageNamesTheMenuButtonTheConnectionBannerAndThePasswordsRevealButtonInBengali() {
        signInAs(accounts.admin());
        navigate("admin/users");
        useLanguage(Translator.BENGALI);
        UI ui = UI.getCurrent();
        VaadinTexts.apply(ui);
        assertThat(ui.getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("সংযোগ বিচ্ছিন্ন। আবার যুক্ত হওয়ার চেষ্টা চলছে…");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).startsWith("সংযোগ নেই");
        DrawerToggle toggle = _get(DrawerToggle.class);
        assertThat(toggle.getElement().getAttribute("aria-label")).isEqualTo("মেনু খুলুন বা বন্ধ করুন");

        _click(_get(Button.class, s -> s.withId("add-user")));
        PasswordField password = _get(PasswordField.class);
        assertThat(password.getElement().getPropertyRaw("i18n").toString()).contains("পাসওয়ার্ড দেখান");
    }

    @Test
    void aNewPageGetsItsConnectionTextsFromTheStart() {
        // the UI made for this test went through the start-up listeners: the banner is Haat's, not Vaadin's default
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Connection lost. Trying to reconnect…");
    }
}
