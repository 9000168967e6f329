package app.haat.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.group.GroupService;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's screens on the real services: a group asks from its page in Bengali, the centre's staff open the case
 * and take it to a GSTIN (the final step confirmed), and a group of no zone sees the centres and its officer forwards.
 */
class DeskViewsTest extends ViewTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    GroupService groups;

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void aGroupAsksInBengaliAndStaffTakeTheCaseToAGstinConfirmingTheLastStep() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        signInAs(group.mobile());
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        assertThat(_get(Anchor.class, s -> s.withId("my-group-requests")).getHref())
                .isEqualTo("my-requests");
        navigate("my-requests");
        assertThat(_get(Paragraph.class, s -> s.withId("desk-centre")).getText())
                .contains("সিটি লাইভলিহুড সেন্টার, উত্তর দমদম");
        // a craft group is not offered FSSAI; GST registration lists its documents in Bengali
        assertThat(_find(Div.class, s -> s.withId("desk-type-FSSAI"))).isEmpty();
        assertThat(text(_get(Div.class, s -> s.withId("desk-type-GST_REGISTRATION"))))
                .contains("গোষ্ঠীর প্যান");
        _click(_get(Button.class, s -> s.withId("desk-ask-GST_REGISTRATION")));
        _get(TextArea.class, s -> s.withId("desk-note")).setValue("শাড়ি বিক্রি করি");
        _click(_get(Button.class, s -> s.withId("desk-send")));
        assertThat(_find(Button.class, s -> s.withId("desk-ask-GST_REGISTRATION")))
                .isEmpty();
        long id = desk.accounts
                .as(group.mobile(), () -> requests.home(group.id()))
                .cases()
                .getFirst()
                .id();
        assertThat(text(_get(Div.class, s -> s.withId("desk-case-" + id)))).contains("অনুরোধ করা হয়েছে");

        String staff = desk.staffOf(desk.northDumDum());
        signInAs(staff);
        navigate("desk");
        assertThat(_get(Anchor.class, s -> s.withId("desk-open-" + id)).getHref())
                .isEqualTo("desk/case/" + id);
        navigate("desk/case/" + id);
        _click(_get(Button.class, s -> s.withId("desk-step-DOCUMENTS_COMPLETE")));
        _click(_get(Button.class, s -> s.withId("desk-step-SUBMITTED")));
        _get(TextField.class, s -> s.withId("desk-reference")).setValue("AA190326000123Z");
        _click(_get(Button.class, s -> s.withId("desk-reference-save")));
        _click(_get(Button.class, s -> s.withId("desk-step-OBTAINED")));
        _get(TextField.class, s -> s.withId("desk-number")).setValue(DeskServiceTest.GSTIN);
        _click(_get(Button.class, s -> s.withId("desk-number-save")));
        // nothing is recorded until the confirmation
        assertThat(desk.accounts.as(staff, () -> requests.get(id)).status()).isEqualTo(CaseStatus.SUBMITTED);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(desk.accounts.as(staff, () -> requests.get(id)).status()).isEqualTo(CaseStatus.OBTAINED);
        assertThat(_find(Button.class, s -> s.withId("desk-step-REFUSED"))).isEmpty();
        assertThat(desk.accounts
                        .as(group.officer(), () -> groups.get(group.id()))
                        .gstin())
                .isEqualTo(DeskServiceTest.GSTIN);
    }

    @Test
    void aGroupOfNoZoneSeesTheCentresAndItsOfficerForwardsItsRequest() {
        DeskFixtures.TestGroup group = desk.group("Berhampore", Set.of("FOOD"));
        signInAs(group.mobile());
        navigate("my-requests");
        assertThat(_get(Paragraph.class, s -> s.withId("desk-no-centre")).getText())
                .contains("no City Livelihood");
        assertThat(text(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("desk-centres"))))
                .contains("City Livelihood Centre, Medinipur");
        assertThat(_find(Button.class, s -> s.withId("desk-forward"))).isEmpty();

        signInAs(group.officer());
        navigate("group-requests/" + group.id());
        _click(_get(Button.class, s -> s.withId("desk-forward")));
        @SuppressWarnings("unchecked")
        ComboBox<app.haat.region.Centre> centre = _get(ComboBox.class, s -> s.withId("desk-forward-centre"));
        centre.setValue(centre.getListDataView()
                .getItems()
                .filter(c -> c.id() == desk.medinipur())
                .findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<RequestType> type = _get(ComboBox.class, s -> s.withId("desk-forward-type"));
        type.setValue(RequestType.FSSAI);
        _click(_get(Button.class, s -> s.withId("desk-send")));
        DeskCase forwarded = desk.accounts
                .as(group.officer(), () -> requests.home(group.id()))
                .cases()
                .getFirst();
        assertThat(forwarded.status()).isEqualTo(CaseStatus.FORWARDED);
        assertThat(forwarded.centreId()).isEqualTo(desk.medinipur());
        assertThat(text(_get(Div.class, s -> s.withId("desk-case-" + forwarded.id()))))
                .contains("forwarded");
    }
}
