package app.haat.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's report tab for a centre's staff in Bengali, the nearest centres with their distance for a group of no
 * zone, and a readiness item's link that opens a new request of its type at the group's centre.
 */
class DeskReportViewTest extends ViewTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    DeskStepService steps;

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void staffOpenTheReportTabAndReadTheirCentresFiguresInBengali() {
        long centre = desk.ownCentre();
        String staff = desk.staffOf(centre);
        DeskFixtures.TestGroup group = desk.group("Berhampore", Set.of("HANDLOOM"));
        long id = desk.accounts.as(group.officer(), () -> requests.request(centre, group.id(), RequestType.PAN, null));
        desk.accounts.as(staff, () -> steps.accept(id));

        signInAs(staff);
        navigate("desk");
        useLanguage(Translator.BENGALI);
        assertThat(_find(Component.class, s -> s.withId("desk-report"))).isEmpty();
        _get(TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<CentreReport.TypeLine> open = _get(Grid.class, s -> s.withId("desk-report-open"));
        assertThat(GridKt._size(open)).isEqualTo(RequestType.values().length);
        assertThat(GridKt._getFormattedRow(open, 0)).startsWith("প্যান", "০", "১");
        assertThat(open.getColumnByKey("desk.report.step.REQUESTED").getHeaderText())
                .isEqualTo("অনুরোধ");
        assertThat(open.getColumnByKey("desk.report.col.open").getFooterText()).isEqualTo("১");
        assertThat(_get(Paragraph.class, s -> s.withId("desk-report-india")).getText())
                .contains("সারা ভারতে")
                .endsWith("০");
        assertThat(_get(Anchor.class, s -> s.withId("desk-report-export-csv"))).isNotNull();
        assertThat(_get(Anchor.class, s -> s.withId("desk-report-export-xlsx"))).isNotNull();
        // back to the requests: the case is listed, the report gone
        _get(TabSheet.class).setSelectedIndex(0);
        assertThat(_find(Component.class, s -> s.withId("desk-report"))).isEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("desk-open-" + id))).isNotNull();
    }

    @Test
    void aGroupOfNoZoneSeesTheHelpLineAndTheNearestCentresWithTheirDistanceInBengaliDigits() {
        DeskFixtures.TestGroup group = desk.group("Berhampore", Set.of("CRAFT"));
        signInAs(group.mobile());
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        navigate("my-requests");
        assertThat(_get(Paragraph.class, s -> s.withId("desk-no-centre")).getText())
                .contains("হেল্পলাইন")
                .contains(TEST_HELP_LINE);
        assertThat(_get(H3.class, s -> s.withId("desk-nearest")).getText()).isEqualTo("কাছের সিটি লাইভলিহুড সেন্টার");
        String nearest = text(_get(ListItem.class, s -> s.withId("desk-centre-" + desk.northDumDum())));
        assertThat(nearest).contains("সিটি লাইভলিহুড সেন্টার, উত্তর দমদম").contains("প্রায় ১৬২ কিমি দূরে");
        assertThat(text(_get(ListItem.class, s -> s.withId("desk-centre-" + desk.medinipur()))))
                .contains("প্রায় ২১০ কিমি দূরে");
    }

    @Test
    void aReadinessItemsLinkOpensANewRequestOfItsTypeAtTheGroupsCentre() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("CRAFT"));
        signInAs(group.mobile());
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        assertThat(_get(Anchor.class, s -> s.withId("readiness-ask-GST_REGISTRATION"))
                        .getHref())
                .isEqualTo("my-requests?ask=GST_REGISTRATION");
        navigate("my-requests?ask=GST_REGISTRATION");
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("জিএসটি নিবন্ধন (জিএসটিআইএন)");
        _click(_get(Button.class, s -> s.withId("desk-send")));
        assertThat(desk.accounts
                        .as(group.mobile(), () -> requests.home(group.id()))
                        .cases())
                .extracting(DeskCase::type)
                .containsExactly(RequestType.GST_REGISTRATION);
        // asked already: the link opens nothing more; a type that is no request type opens nothing either
        navigate("my-requests?ask=GST_REGISTRATION");
        assertThat(_find(Dialog.class)).isEmpty();
        navigate("my-requests?ask=NONSENSE");
        assertThat(_find(Dialog.class)).isEmpty();
    }
}
