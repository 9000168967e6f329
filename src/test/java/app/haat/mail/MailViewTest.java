package app.haat.mail;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.ViewTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** This context has no SMTP settings: messages must stay queued and the admin must be told. */
class MailViewTest extends ViewTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void withoutSmtpMessagesWaitInTheOutboxAndTheAdminIsWarned() {
        String to = unique("queued") + "@example.org";
        transaction.executeWithoutResult(s -> outbox.enqueue(
                MessageType.GROUP_VERIFIED, to, "bn", MessageSamples.of(MessageType.GROUP_VERIFIED, "bn")));
        signInAs(accounts.admin());
        navigate("admin/mail");
        assertThat(_get(Div.class, s -> s.withId("mail-warning")).getElement().getTextRecursively())
                .contains("No SMTP server is configured");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class, s -> s.withId("outbox-grid"));
        OutboxEntry entry = _findAll(grid).stream()
                .filter(e -> e.recipient().equals(to))
                .findFirst()
                .orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(entry.type()).isEqualTo(MessageType.GROUP_VERIFIED);
    }

    @Test
    void templatePreviewRendersEveryTypeInBothLanguagesWithAttachments() {
        signInAs(accounts.admin());
        navigate("admin/mail");
        _get(TabSheet.class).setSelectedIndex(1);
        assertThat(_get(H3.class, s -> s.withId("preview-subject")).getText()).isEqualTo("হাট: প্রদর্শনীতে আপনার স্টল");
        assertThat(_get(HorizontalLayout.class, s -> s.withId("preview-attachments"))
                        .getElement()
                        .getTextRecursively())
                .contains("haat.ics")
                .contains("allotment-HAAT-2026-000123.pdf");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> language = _get(RadioButtonGroup.class, s -> s.withId("preview-language"));
        @SuppressWarnings("unchecked")
        ComboBox<MessageType> type = _get(ComboBox.class, s -> s.withId("preview-type"));
        for (MessageType each : MessageType.values()) {
            setAsUser(type, each);
            setAsUser(language, "en");
            assertThat(_get(H3.class, s -> s.withId("preview-subject")).getText())
                    .startsWith("Haat:");
            assertThat(_get(Pre.class, s -> s.withId("preview-text")).getText()).contains("Ruma Das");
            setAsUser(language, "bn");
            assertThat(_get(H3.class, s -> s.withId("preview-subject")).getText())
                    .startsWith("হাট:");
            assertThat(_get(Pre.class, s -> s.withId("preview-text")).getText()).contains("রুমা দাস");
        }
    }
}
