package app.haat.allocation;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.engine.Weights;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.TypedField;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.support.ViewTest;
import app.haat.venue.Kiosk;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AllocationBoardViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocationService;

    @Test
    void theOfficerRunsTheAllocationAndGroupsReadWhyInBengali() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        LocalDate start = ExhibitionFixtures.mondayAhead(90);
        long id = fx.openExhibition(officer, mall, "Board fair", start, 7, SlotLength.WHOLE, 2);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        Map<String, Long> applicationOf = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, bally, "JUTE");
            applicationOf.put(
                    group.mobile(),
                    fx.accounts.as(
                            group.mobile(),
                            () -> applications.apply(
                                    id,
                                    new ApplicationForm(
                                            null, List.of(slot), List.of(group.product()), false, false, true))));
        }
        fx.close(officer, id);

        signInAs(officer);
        navigate("allocation/" + id);
        _click(_get(Button.class, s -> s.withId("allocation-run")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        @SuppressWarnings("unchecked")
        Grid<Map.Entry<String, Map<Integer, String>>> table = _get(Grid.class, s -> s.withId("allocation-table"));
        assertThat(_findAll(table)).extracting(Map.Entry::getKey).containsExactly("K1", "K2");
        // the slot is named with its days
        assertThat(table.getColumnByKey("slot-1").getHeaderText())
                .isEqualTo("Slot 1 (" + Formats.date(start) + " – " + Formats.date(start.plusDays(6)) + ")");
        assertThat(_findAll(table))
                .allSatisfy(row -> assertThat(row.getValue().get(1).split("; ")).hasSize(2));
        @SuppressWarnings("unchecked")
        Grid<Application> waitlist = _get(Grid.class, s -> s.withId("allocation-waitlist"));
        assertThat(_findAll(waitlist))
                .hasSize(2)
                .extracting(Application::waitlistPosition)
                .containsExactly(1, 2);

        // on the floor plan, a kiosk shows who stands there on a chosen day
        navigate("venue/" + mall);
        setAsUser(_get(TextField.class, s -> s.withId("venue-day")), Formats.bengaliDigits(Formats.date(start)));
        _click(_get(NativeButton.class, s -> s.withId("kiosk-K1")));
        assertThat(_get(Paragraph.class, s -> s.withId("kiosk-groups")).getText())
                .startsWith("Board fair, slot 1: ")
                .contains(" · ");

        // every group reads its outcome on its phone, in Bengali
        int assigned = 0;
        for (var entry : applicationOf.entrySet()) {
            signInAs(entry.getKey());
            navigate("my-stalls");
            useLanguage(Translator.BENGALI);
            String card = _get(Div.class, s -> s.withId("application-" + entry.getValue()))
                    .getElement()
                    .getTextRecursively();
            if (card.contains("স্টল বরাদ্দ হয়েছে")) {
                assertThat(card).containsPattern("কিয়স্ক K[12], পর্ব ১ \\([০-৯]{2}/[০-৯]{2}/[০-৯]{4} – ");
                assigned++;
            } else {
                assertThat(card).contains("অপেক্ষা-তালিকায়").contains("নথিভুক্ত লটারিতে");
            }
        }
        assertThat(assigned).isEqualTo(4);

        // hand changes on the board: the plan shows K1 full; a move into a full kiosk is refused before it is tried
        signInAs(officer);
        navigate("allocation/" + id);
        useLanguage(Translator.BENGALI);
        NativeButton k1 = _get(NativeButton.class, s -> s.withId("kiosk-K1"));
        assertThat(k1.getClassNames()).contains("full");
        _click(k1);
        assertThat(_get(Paragraph.class, s -> s.withId("board-kiosk-summary")).getText())
                .isEqualTo("কিয়স্ক K1, পর্ব ১: ২টির মধ্যে ২টি জায়গা নেওয়া।");
        Div placement = _find(Div.class, s -> s.withClasses("haat-placement")).getFirst();
        long assignmentId = Long.parseLong(placement.getId().orElseThrow().substring("placement-".length()));
        _click(_get(Button.class, s -> s.withId("move-" + assignmentId)));
        @SuppressWarnings("unchecked")
        Select<Kiosk> target = _get(Select.class, s -> s.withId("target-kiosk"));
        setAsUser(
                target,
                target.getListDataView()
                        .getItems()
                        .filter(k -> k.code().equals("K2"))
                        .findFirst()
                        .orElseThrow());
        assertThat(_get(Paragraph.class, s -> s.withId("target-verdict")).getText())
                .isEqualTo("পর্ব ১-এ কিয়স্ক K2 ভর্তি (২টি গোষ্ঠী)।");
        assertThat(_get(Button.class, s -> s.withId("target-go")).isEnabled()).isFalse();
        _get(Dialog.class).close();

        // locking marks the placement; the waitlist can be placed by hand only where there is room
        _click(_get(Button.class, s -> s.withId("lock-" + assignmentId)));
        assertThat(_get(Div.class, s -> s.withId("placement-" + assignmentId))
                        .getElement()
                        .getTextRecursively())
                .contains("🔒");
        @SuppressWarnings("unchecked")
        Grid<Application> waiting = _get(Grid.class, s -> s.withId("allocation-waitlist"));
        _click((Button) GridKt._getCellComponent(waiting, 0, "place"));
        @SuppressWarnings("unchecked")
        Select<Kiosk> placeAt = _get(Select.class, s -> s.withId("target-kiosk"));
        setAsUser(placeAt, placeAt.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_get(Paragraph.class, s -> s.withId("target-verdict")).getText())
                .contains("ভর্তি");
        _get(Dialog.class).close();

        // a swap is checked as the other placement is chosen, and offered only when allowed
        _click(_get(Button.class, s -> s.withId("swap-" + assignmentId)));
        @SuppressWarnings("unchecked")
        ComboBox<AssignmentRow> other = _get(ComboBox.class, s -> s.withId("swap-other"));
        assertThat(_get(Button.class, s -> s.withId("swap-go")).isEnabled()).isFalse();
        setAsUser(other, other.getListDataView().getItems().findFirst().orElseThrow());
        String verdict = _get(Paragraph.class, s -> s.withId("swap-verdict")).getText();
        assertThat(verdict).isNotBlank();
        assertThat(_get(Button.class, s -> s.withId("swap-go")).isEnabled()).isEqualTo(verdict.startsWith("চলবে"));
        _get(Dialog.class).close();

        // a re-draw needs a reason for the public record
        _click(_get(Button.class, s -> s.withId("allocation-redraw")));
        _click(_get(Button.class, s -> s.withId("allocation-redraw-run")));
        assertThat(_get(TextArea.class, s -> s.withId("allocation-reason")).isInvalid())
                .isTrue();
        _get(Dialog.class).close();

        // published: the assigned group downloads its letter from My stalls
        _click(_get(Button.class, s -> s.withId("allocation-publish")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        var assignedGroup = applicationOf.entrySet().stream()
                .filter(e -> fx.accounts.as(officer, () -> allocationService.assignments(id)).stream()
                        .anyMatch(r -> r.applicationId() == e.getValue()))
                .findFirst()
                .orElseThrow();
        signInAs(assignedGroup.getKey());
        navigate("my-stalls");
        useLanguage(Translator.BENGALI);
        assertThat(_get(Anchor.class, s -> s.withId("letter-" + assignedGroup.getValue()))
                        .getText())
                .isEqualTo("বরাদ্দের চিঠি (PDF)");
    }

    @Test
    void theAdminChangesTheWeightsWithinTheirRange() {
        signInAs(fx.accounts.admin());
        navigate("admin/allocation-weights");
        @SuppressWarnings("unchecked")
        TypedField<Integer> spread = _get(TypedField.class, s -> s.withId("weight-spread"));
        assertThat(spread.typed()).isEqualTo(1000);
        setAsUser(spread, "");
        _click(_get(Button.class, s -> s.withId("weights-save")));
        assertThat(spread.isInvalid()).isTrue();
        assertThat(allocationService.weights().weights()).isEqualTo(Weights.DEFAULT);
        try {
            setAsUser(spread, "৮০০");
            _click(_get(Button.class, s -> s.withId("weights-save")));
            assertThat(allocationService.weights().weights().spread()).isEqualTo(800);
            assertThat(_get(Paragraph.class, s -> s.withId("weights-last-change"))
                            .getText())
                    .startsWith("Last changed by ");
        } finally {
            _click(_get(Button.class, s -> s.withId("weights-defaults")));
            _click(_get(Button.class, s -> s.withId("weights-save")));
        }
        assertThat(allocationService.weights().weights()).isEqualTo(Weights.DEFAULT);
    }
}
