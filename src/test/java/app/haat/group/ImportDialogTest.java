package app.haat.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportDialogTest extends ViewTest {

    @Test
    void anAdminImportsAFileAndReadsTheReportInBengali() {
        signInAs(accounts.admin());
        useLanguage(Translator.BENGALI);
        navigate("groups");
        _click(_get(Button.class, s -> s.withId("groups-import")));
        ImportDialog dialog = _get(ImportDialog.class);
        String csv = "name,municipality,ward,members,leader_name,phone,extra\n"
                + "নতুন গোষ্ঠী,বালি,2,11,রুমা," + GroupRegistryTest.newMobile() + ",x\n"
                + "Bad,বালি,2,11,রুমা,123,x\n";
        dialog.run(UI.getCurrent(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "groups.csv");
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText())
                .isEqualTo(
                        "১টি গোষ্ঠী আমদানি হয়েছে, ০টি হালনাগাদ, ১টি সারি বাদ পড়েছে। অজানা কলাম, বাদ দেওয়া হল: extra।");
        @SuppressWarnings("unchecked")
        Grid<ImportReport.RejectedRow> rejected = _get(Grid.class, s -> s.withId("import-rejected"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(rejected, 0).line())
                .isEqualTo(3);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(rejected, 0).errors())
                .containsExactly("phone \"123\" ৬-৯ দিয়ে শুরু ১০ অঙ্কের মোবাইল নম্বর নয়");
        assertThat(_get(Anchor.class, s -> s.withText("বাদ পড়া সারিগুলি ডাউনলোড করুন (CSV)"))
                        .isVisible())
                .isTrue();
    }

    @Test
    void anOfficersImportCannotTakeOverAGroupOfAnotherZoneAndTheReportNamesNothingOfIt() {
        var regions = context.getBean(app.haat.region.RegionService.class);
        var groups = context.getBean(GroupService.class);
        long bally = municipalityNamed("Bally");
        long medinipur = municipalityNamed("Medinipur");
        String phone = GroupRegistryTest.newMobile();
        String registration = app.haat.support.IntegrationTest.unique("WB/NDD/");
        accounts.as(
                accounts.admin(),
                () -> context.getBean(GroupImportService.class)
                        .importCsv(
                                new ByteArrayInputStream(
                                        ("name,municipality,ward,members,leader_name,phone,registration_no\n"
                                                        + "Alor Disha Swayambhar Dal,Bally,3,12,Rina Das," + phone + ","
                                                        + registration + "\n")
                                                .getBytes(StandardCharsets.UTF_8)),
                                "setup"));
        signInAs(accounts.officer(java.util.Set.of(medinipur)));
        navigate("groups");
        _click(_get(Button.class, s -> s.withId("groups-import")));
        String csv = "name,municipality,ward,members,leader_name,phone,registration_no\n"
                + "Taken Over,Medinipur,1,10,Intruder," + GroupRegistryTest.newMobile() + "," + registration + "\n"
                + "Phone Thief,Medinipur,1,10,Intruder," + phone + ",\n";
        _get(ImportDialog.class)
                .run(UI.getCurrent(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "takeover.csv");
        MockVaadin.clientRoundtrip(false);
        @SuppressWarnings("unchecked")
        Grid<ImportReport.RejectedRow> rejected = _get(Grid.class, s -> s.withId("import-rejected"));
        for (int row = 0; row < 2; row++) {
            assertThat(String.join(
                            " ",
                            com.github.mvysny.kaributesting.v10.GridKt._get(rejected, row)
                                    .errors()))
                    .contains("outside your municipalities")
                    .doesNotContain("Alor Disha")
                    .doesNotContain("Rina Das")
                    .doesNotContain("Bally");
        }
        var victim = accounts.as(accounts.admin(), () -> groups.page(new GroupFilter(null, null, null, phone), 0, 1))
                .getFirst();
        assertThat(victim.name()).isEqualTo("Alor Disha Swayambhar Dal");
        assertThat(victim.municipalityId()).isEqualTo(bally);
    }

    @Test
    void aBrokenFileShowsTheReasonAndImportsNothing() {
        signInAs(accounts.admin());
        navigate("groups");
        _click(_get(Button.class, s -> s.withId("groups-import")));
        ImportDialog dialog = _get(ImportDialog.class);
        dialog.run(UI.getCurrent(), new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}), "bad.csv");
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText())
                .isEqualTo("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
    }

    @Test
    void theRejectedRowsDownloadIsValidCsv() {
        ImportReport report = new ImportReport(
                0,
                0,
                java.util.List.of(
                        new ImportReport.RejectedRow(4, java.util.List.of("phone \"1\" is bad", "ward missing"))),
                java.util.List.of(),
                1);
        assertThat(ImportDialog.rejectedCsv(report))
                .isEqualTo("\uFEFFline,errors\n4,\"phone \"\"1\"\" is bad; ward missing\"\n");
    }
}
