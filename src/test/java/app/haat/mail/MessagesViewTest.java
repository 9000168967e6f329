package app.haat.mail;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.region.RegionService;
import app.haat.support.SignUps;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** This context has no SMTP settings and no SMSC: messages must stay queued and the admin must be told. */
class MessagesViewTest extends ViewTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext dsl;

    @Autowired
    SmsTemplates templates;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    RegionService regions;

    @Test
    void withoutSmtpOrSmscMessagesWaitInTheOutboxAndTheAdminIsWarned() {
        String to = unique("queued") + "@example.org";
        transaction.executeWithoutResult(s -> outbox.enqueue(
                MessageType.GROUP_VERIFIED, to, "bn", MessageSamples.of(MessageType.GROUP_VERIFIED, "bn")));
        String admin = accounts.admin();
        SmsTemplates.SmsTemplate reminder = accounts.as(
                admin, () -> templates.find(MessageType.REMINDER, "bn").orElseThrow());
        accounts.as(admin, () -> templates.save(MessageType.REMINDER, "bn", reminder.body(), null));
        try {
            signInAs(admin);
            navigate("admin/messages");
            assertThat(_get(Div.class, s -> s.withId("mail-warning"))
                            .getElement()
                            .getTextRecursively())
                    .contains("No SMTP server is configured");
            assertThat(_get(Div.class, s -> s.withId("sms-warning"))
                            .getElement()
                            .getTextRecursively())
                    .contains("No SMSC is configured")
                    .contains("HAAT_SMPP_HOST");
            assertThat(_get(Div.class, s -> s.withId("sms-held-warning"))
                            .getElement()
                            .getTextRecursively())
                    .contains("held for want of a DLT template id")
                    .contains("Reminder (Bengali)");
        } finally {
            accounts.as(admin, () -> templates.save(MessageType.REMINDER, "bn", reminder.body(), reminder.savedId()));
        }
        OutboxEntry entry = _findAll(grid()).stream()
                .filter(e -> e.recipient().equals(to))
                .findFirst()
                .orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(entry.type()).isEqualTo(MessageType.GROUP_VERIFIED);
        assertThat(entry.channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void theOldMailAddressOpensTheMessagesView() {
        signInAs(accounts.admin());
        navigate("admin/mail");
        assertThat(_get(MessagesView.class).getPageTitle()).isEqualTo("Messages · Haat");
    }

    @Test
    void searchByNumberFindsTheSmsAndItsTextAsSentOpens() {
        long bally = municipality("Bally");
        String mobile = GroupRegistryTest.newMobile();
        long group = register(bally, mobile);
        long id = OutboxRows.insert(dsl, MessageType.ASSIGNMENT, Channel.SMS, group, mobile, OutboxStatus.SENT, r -> {
            r.setSmsText("হাট: আপনার গোষ্ঠী কিয়স্ক K-7 পেয়েছে");
            r.setSegments(2);
            r.setDelivery(app.haat.mail.DeliveryState.DELIVRD);
            r.setPossiblyDuplicate(true);
        });
        signInAs(accounts.admin());
        navigate("admin/messages");
        useLanguage(Translator.BENGALI);
        setAsUser(_get(TextField.class, s -> s.withId("messages-search")), Formats.bengaliDigits(mobile));
        List<OutboxEntry> rows = _findAll(grid());
        assertThat(rows).extracting(OutboxEntry::id).containsExactly(id);
        assertThat(rows.getFirst().state()).isEqualTo(MessageState.DELIVERED);
        assertThat(_get(Span.class, s -> s.withId("messages-counts")).getText()).contains("পৌঁছেছে: ১");
        assertThat(_get(Span.class, s -> s.withId("messages-duplicates")).getText())
                .startsWith("সম্ভবত দুবার পাঠানো");

        _clickItem(grid(), 0);
        Dialog details = _get(Dialog.class, s -> s.withId("message-details"));
        assertThat(_get(Pre.class, s -> s.withId("message-sms-text")).getText())
                .isEqualTo("হাট: আপনার গোষ্ঠী কিয়স্ক K-7 পেয়েছে");
        assertThat(details.getHeaderTitle()).isEqualTo("স্টল বরাদ্দ");
        assertThat(details.getElement().getTextRecursively())
                .contains("অংশ২")
                .contains("পৌঁছানোপৌঁছেছে")
                .contains("সম্ভবত দুবার পাঠানো");
    }

    @Test
    void anOfficerSeesTheirGroupsMessagesAndCannotTryAgain() {
        long bally = municipality("Bally");
        long kolkata = municipality("Kolkata");
        String mine = GroupRegistryTest.newMobile();
        String theirs = GroupRegistryTest.newMobile();
        long myGroup = register(bally, mine);
        long theirGroup = register(kolkata, theirs);
        long failed = OutboxRows.insert(
                dsl,
                MessageType.GROUP_VERIFIED,
                Channel.SMS,
                myGroup,
                mine,
                OutboxStatus.FAILED,
                r -> r.setLastError("Refused by the SMSC: invalid destination"));
        long other = OutboxRows.insert(
                dsl, MessageType.GROUP_VERIFIED, Channel.SMS, theirGroup, theirs, OutboxStatus.FAILED);

        signInAs(accounts.officer(Set.of(bally)));
        navigate("admin/messages");
        assertThat(_get(TabSheet.class).getTabCount())
                .as("no e-mail templates for an officer")
                .isEqualTo(1);
        List<OutboxEntry> rows = _findAll(grid());
        assertThat(rows).extracting(OutboxEntry::id).contains(failed).doesNotContain(other);
        assertThat(rows).noneMatch(e -> e.groupId() == null || e.groupId() == theirGroup);
        setAsUser(_get(TextField.class, s -> s.withId("messages-search")), mine);
        _clickItem(grid(), 0);
        assertThat(_get(Dialog.class, s -> s.withId("message-details"))
                        .getElement()
                        .getTextRecursively())
                .contains("Refused by the SMSC: invalid destination");
        assertThat(_find(Button.class, s -> s.withId("retry-" + failed))).isEmpty();
        _get(Dialog.class, s -> s.withId("message-details")).close();

        signInAs(accounts.admin());
        navigate("");
        navigate("admin/messages");
        setAsUser(_get(TextField.class, s -> s.withId("messages-search")), mine);
        _clickItem(grid(), 0);
        assertThat(_find(Button.class, s -> s.withId("retry-" + failed))).isNotEmpty();
    }

    @Test
    void staffAndGroupsAreRefusedTheMessagesView() {
        signInAs(accounts.staff());
        assertThatThrownBy(() -> navigate("admin/messages")).isInstanceOf(MockAccessDeniedException.class);
        String mobile = GroupRegistryTest.newMobile();
        register(municipality("Bally"), mobile);
        signInAs(mobile);
        assertThatThrownBy(() -> navigate("admin/messages")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void templatePreviewRendersEveryTypeInBothLanguagesWithAttachments() {
        signInAs(accounts.admin());
        navigate("admin/messages");
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

    @SuppressWarnings("unchecked")
    private static Grid<OutboxEntry> grid() {
        return _get(Grid.class, s -> s.withId("messages-grid"));
    }

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    private long register(long municipalityId, String mobile) {
        return registrations.register(SignUps.bengali("Messages view " + mobile, municipalityId, mobile));
    }
}
