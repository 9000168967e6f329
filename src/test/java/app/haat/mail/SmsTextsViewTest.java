package app.haat.mail;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.i18n.Translator;
import app.haat.region.RegionService;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The admin's SMS texts page: every type and language, its id, and the dialog that changes them. */
class SmsTextsViewTest extends ViewTest {

    private static final MessageType TYPE = MessageType.APPLICATION_RECEIVED;

    @Autowired
    SmsTemplates templates;

    @Autowired
    RegionService regions;

    private String admin;
    private SmsTemplates.SmsTemplate originalEn;
    private SmsTemplates.SmsTemplate originalBn;

    @AfterEach
    void putTheTextsBack() {
        if (admin != null) {
            accounts.as(admin, () -> {
                templates.save(TYPE, "en", originalEn.body(), originalEn.savedId());
                templates.save(TYPE, "bn", originalBn.body(), originalBn.savedId());
            });
        }
    }

    @Test
    void theAdminChangesAnIdThenATextWhichClearsItAndIsToldWhenATextIsTooLong() {
        admin = accounts.admin();
        originalEn = template("en");
        originalBn = template("bn");
        signInAs(admin);
        navigate("admin/sms-texts");
        assertThat(_findAll(grid()))
                .hasSize(accounts.as(admin, () -> templates.all()).size())
                .anySatisfy(t -> assertThat(t.type()).isEqualTo(TYPE));

        // an id alone: saved at once, no question asked
        edit("en");
        assertThat(_get(Div.class, s -> s.withId("smsTexts-clearsId"))
                        .getElement()
                        .getTextRecursively())
                .contains("Changing the text clears its template id");
        setAsUser(_get(TextField.class, s -> s.withId("sms-text-id")), "1107160000000777");
        _click(_get(Button.class, s -> s.withId("sms-text-save")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(template("en").savedId()).isEqualTo("1107160000000777");
        assertThat(_findAll(grid()))
                .filteredOn(t -> t.type() == TYPE && t.language().equals("en"))
                .extracting(SmsTemplates.SmsTemplate::templateId)
                .containsExactly("1107160000000777");

        // a changed text: asked first, then saved without the id registered for the old text
        String changed = "Haat: {#var#} applied for {#var#}. The lottery is after {#var#}.";
        edit("en");
        setAsUser(_get(TextArea.class, s -> s.withId("sms-text-body")), changed);
        _click(_get(Button.class, s -> s.withId("sms-text-save")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("template id will be cleared");
        assertThat(template("en").body()).as("nothing saved before the answer").isEqualTo(originalEn.body());
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(template("en").body()).isEqualTo(changed);
        assertThat(template("en").savedId()).isNull();

        // too long for two segments filled with the longest values: refused, told in Bengali, nothing saved
        useLanguage(Translator.BENGALI);
        edit("bn");
        String tooLong = "হাট: প্রদর্শনী {#var#}-এর জন্য আপনার আবেদন পেয়েছি। ফল জানানো হবে {#var#}-এর পরে। "
                + "অনুগ্রহ করে নিয়মিত পোর্টাল দেখুন এবং পৌরসভার সঙ্গে যোগাযোগ রাখুন।";
        setAsUser(_get(TextArea.class, s -> s.withId("sms-text-body")), tooLong);
        assertThat(_get(Paragraph.class, s -> s.withId("sms-text-size")).getText())
                .contains("৩টি এসএমএস অংশ");
        _click(_get(Button.class, s -> s.withId("sms-text-save")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Paragraph.class, s -> s.withId("sms-text-errors")).getText())
                .isEqualTo("সবচেয়ে লম্বা মান বসালে লেখাটি ২টির বেশি এসএমএস অংশ নেয় (৩)");
        assertThat(template("bn").body()).isEqualTo(originalBn.body());
    }

    @Test
    void othersAreRefusedTheSmsTextsPageAndItsService() {
        String officer =
                accounts.officer(Set.of(regions.municipalities().getFirst().id()));
        signInAs(officer);
        assertThatThrownBy(() -> navigate("admin/sms-texts")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(officer, () -> templates.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(officer, () -> templates.save(TYPE, "en", "Haat", null)))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(accounts.staff());
        assertThatThrownBy(() -> navigate("admin/sms-texts")).isInstanceOf(MockAccessDeniedException.class);
    }

    /** Presses the row's edit button, as the admin would. */
    private static void edit(String language) {
        Grid<SmsTemplates.SmsTemplate> grid = grid();
        List<SmsTemplates.SmsTemplate> rows = _findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).type() == TYPE && rows.get(i).language().equals(language)) {
                _click((Button) GridKt._getCellComponent(grid, i, "edit"));
                return;
            }
        }
        throw new AssertionError("no row for " + TYPE + " " + language);
    }

    private SmsTemplates.SmsTemplate template(String language) {
        return templates.find(TYPE, language).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<SmsTemplates.SmsTemplate> grid() {
        return _get(Grid.class, s -> s.withId("sms-texts-grid"));
    }
}
