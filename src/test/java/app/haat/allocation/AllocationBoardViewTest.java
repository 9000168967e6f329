package app.haat.allocation;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionForm;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.SlotLength;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    @Test
    void theOfficerRunsTheAllocationAndGroupsReadWhyInBengali() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        LocalDate start = LocalDate.of(2034, 3, 6);
        OffsetDateTime now = OffsetDateTime.now();
        long id = fx.accounts.as(officer, () -> fx.exhibitions.create(new ExhibitionForm(mall, "Board fair", start,
                start.plusDays(6), SlotLength.WHOLE, 2, null, List.of(), now.minusMinutes(1), now.plusDays(7))));
        fx.open(officer, id);
        long slot = fx.accounts.as(officer, () -> fx.exhibitions.slots(id)).getFirst().id();
        Map<String, Long> applicationOf = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            Object[] group = fx.verifiedGroup(officer, bally, "JUTE");
            applicationOf.put((String) group[0], fx.accounts.as((String) group[0], () -> applications.apply(id,
                    new ApplicationForm(null, List.of(slot), List.of((Long) group[2]), false, false, true))));
        }
        fx.accounts.as(officer, () -> fx.exhibitions.advance(id, fx.exhibitions.get(id).version(),
                ExhibitionStatus.CLOSED));

        signInAs(officer);
        navigate("allocation/" + id);
        _click(_get(Button.class, s -> s.withId("allocation-run")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        @SuppressWarnings("unchecked")
        Grid<Map.Entry<String, Map<Integer, String>>> table = _get(Grid.class, s -> s.withId("allocation-table"));
        assertThat(_findAll(table)).extracting(Map.Entry::getKey).containsExactly("K1", "K2");
        assertThat(_findAll(table)).allSatisfy(row -> assertThat(row.getValue().get(1).split("; ")).hasSize(2));
        @SuppressWarnings("unchecked")
        Grid<Application> waitlist = _get(Grid.class, s -> s.withId("allocation-waitlist"));
        assertThat(_findAll(waitlist)).hasSize(2).extracting(Application::waitlistPosition).containsExactly(1, 2);

        // on the floor plan, a kiosk shows who stands there on a chosen day
        navigate("venue/" + mall);
        setAsUser(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("venue-day")), start);
        _click(_get(com.vaadin.flow.component.html.NativeButton.class, s -> s.withId("kiosk-K1")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("kiosk-groups")).getText())
                .startsWith("Board fair, slot 1: ").contains(" · ");

        // every group reads its outcome on its phone, in Bengali
        int assigned = 0;
        for (var entry : applicationOf.entrySet()) {
            signInAs(entry.getKey());
            navigate("my-stalls");
            useLanguage(Translator.BENGALI);
            String card = _get(Div.class, s -> s.withId("application-" + entry.getValue())).getElement()
                    .getTextRecursively();
            if (card.contains("স্টল বরাদ্দ হয়েছে")) {
                assertThat(card).containsPattern("কিয়স্ক K[12], পর্ব 1");
                assigned++;
            } else {
                assertThat(card).contains("অপেক্ষা-তালিকায়").contains("নথিভুক্ত লটারিতে");
            }
        }
        assertThat(assigned).isEqualTo(4);
    }
}
