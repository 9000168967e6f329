package app.haat.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.db.Tables;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.sales.SalesAmounts;
import app.haat.sales.SalesService;
import app.haat.sales.UnderWay;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's UPI share, from sales this test reports; an officer of another zone does not see them. */
class UpiShareViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    SalesService sales;

    @Autowired
    DSLContext dsl;

    @Autowired
    DashboardService dashboards;

    @SuppressWarnings("unchecked")
    private static List<UpiShareLine> lines(String key) {
        Grid<UpiShareLine> table = _get(Grid.class, s -> s.withId("table-" + key));
        return table.getListDataView().getItems().toList();
    }

    @Test
    void anOfficerSeesTheUpiShareOfTheirGroupsByExhibitionDistrictAndMonth() throws Exception {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Khirpai");
        List<Application> placed = stand.applications().stream()
                .filter(a -> a.status() == ApplicationStatus.ASSIGNED)
                .toList();
        LocalDate today = LocalDate.now(Formats.INDIA);
        Application first = placed.get(0);
        Application second = placed.get(1);
        fx.accounts.as(stand.leaderOf(first), () -> {
            sales.report(first.id(), today.minusDays(1), new SalesAmounts(null, 3_000, 1_000), 5, null, false);
            sales.report(first.id(), today.minusDays(2), new SalesAmounts(2_000, 1_000, 1_000), 5, null, false);
        });
        fx.accounts.as(stand.leaderOf(second), () -> {
            sales.report(second.id(), today.minusDays(1), 2_000, 4, null);
            sales.report(second.id(), today, new SalesAmounts(null, 0, 500), 1, null, false);
        });
        // cash 4,000 and UPI 2,500 over three reports: 38%; one report with a total only is left out
        signInAs(stand.officer());
        navigate("dashboard");
        assertThat(_get(Paragraph.class, s -> s.withId("upi-share-summary")).getText())
                .isEqualTo("38% of the sales reported as cash and UPI came by UPI (₹2,500 of ₹6,500, 3 reports)."
                        + " Reports with a total only are left out: 1.");
        String title = dsl.select(Tables.EXHIBITION.TITLE)
                .from(Tables.EXHIBITION)
                .where(Tables.EXHIBITION.ID.eq(stand.exhibitionId()))
                .fetchSingle(Tables.EXHIBITION.TITLE);
        UpiShareLine expected = new UpiShareLine(title, title, 4_000, 2_500, 38, 3, 1);
        assertThat(lines("upiShareByExhibition")).containsExactly(expected);
        assertThat(lines("upiShareByDistrict"))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("labelBn")
                .containsExactly(new UpiShareLine("Paschim Medinipur", "", 4_000, 2_500, 38, 3, 1));
        List<UpiShareLine> months = lines("upiShareByMonth");
        assertThat(months.stream().mapToLong(UpiShareLine::upiRupees).sum()).isEqualTo(2_500);
        assertThat(months.stream().mapToLong(UpiShareLine::totalOnlyReports).sum())
                .isEqualTo(1);
        assertThat(months.getLast().labelEn())
                .isEqualTo(String.format("%d-%02d", today.getYear(), today.getMonthValue()));

        // the PDF says the same, in its own rupees
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        fx.accounts.as(stand.officer(), () -> dashboards.writePdf(Period.ALL, Locale.ENGLISH, pdf));
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("UPI share by the groups' district")
                    .contains("(Rs 2,500 of Rs 6,500, 3 reports)")
                    .contains("38% · Rs 2,500 of Rs 6,500");
        }

        // in Bengali, in Bengali digits
        useLanguage(Translator.BENGALI);
        navigate("dashboard");
        assertThat(_get(Paragraph.class, s -> s.withId("upi-share-summary")).getText())
                .contains("৩৮%")
                .contains("₹৬,৫০০-এর মধ্যে ₹২,৫০০")
                .contains("ধরা হয়নি: ১টি");

        // an officer of another zone sees none of it
        signInAs(fx.accounts.officer(Set.of(fx.municipality("Kolkata"))));
        navigate("");
        navigate("dashboard");
        assertThat(_find(Grid.class, s -> s.withId("table-upiShareByDistrict")))
                .allSatisfy(g -> assertThat(lines("upiShareByDistrict"))
                        .noneMatch(l -> l.labelEn().equals("Paschim Medinipur")));
        assertThat(_find(Grid.class, s -> s.withId("table-upiShareByExhibition")))
                .allSatisfy(g -> assertThat(lines("upiShareByExhibition"))
                        .noneMatch(l -> l.labelEn().equals(title)));
    }
}
