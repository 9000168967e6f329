package app.haat.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.allocation.AllocationService;
import app.haat.allocation.AssignmentExport;
import app.haat.audit.AuditEntry;
import app.haat.audit.AuditFilter;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.export.ExportFormat;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationExport;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.group.GroupExport;
import app.haat.group.GroupFilter;
import app.haat.group.GroupStatus;
import app.haat.support.ExportFiles;
import app.haat.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The grids' exports read back as a spreadsheet would: the same filters and scope as the grid, headers and names in
 * the user's language, numbers as numbers, formulas typed into a field defused, and nothing written for a caller
 * outside the scope.
 */
class ExportTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    SalesService sales;

    @Autowired
    GroupExport groupExport;

    @Autowired
    ApplicationExport applicationExport;

    @Autowired
    AssignmentExport assignmentExport;

    @Autowired
    DSLContext dsl;

    @Autowired
    AuditService audit;

    private UnderWay stand;
    private Application placed;
    private final LocalDate today = LocalDate.now(Formats.INDIA);

    @BeforeEach
    void anExhibitionUnderWay() {
        stand = UnderWay.start(fx, applications, allocation, dsl, "Baranagar");
        placed = stand.firstPlaced();
        fx.accounts.as(
                stand.leaderOf(placed),
                () -> sales.report(placed.id(), today.minusDays(1), 4_250, 17, "=HYPERLINK(\"http://evil\")"));
    }

    interface Export {
        void write(ByteArrayOutputStream out);
    }

    private byte[] as(String user, Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fx.accounts.as(user, () -> {
            export.write(out);
            return null;
        });
        return out.toByteArray();
    }

    @Test
    void salesExportHasEveryStandsEveryDayWithLateOnesMarkedAndFormulasDefused() {
        byte[] csv = as(
                stand.officer(), out -> sales.export(stand.exhibitionId(), ExportFormat.CSV, Translator.ENGLISH, out));
        List<List<String>> rows = ExportFiles.csv(csv);
        assertThat(rows.getFirst()).startsWith("Day", "Kiosk", "Group", "Municipality", "Report", "Sales (Rs)");
        // two stands, each from three days ago to today
        assertThat(rows).hasSize(1 + 2 * 4);
        List<String> reported = rows.stream()
                .filter(r -> r.get(0).equals(today.minusDays(1).toString())
                        && r.get(2).equals(placed.groupName()))
                .findFirst()
                .orElseThrow();
        // cash and UPI empty: the day gave a total only
        assertThat(reported).containsSequence("Reported", "4250", "", "", "17");
        assertThat(reported.get(9)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.stream().filter(r -> r.get(4).equals("Late, not reported")))
                .hasSize(5);
        assertThat(rows.stream().filter(r -> r.get(4).equals("Due today"))).hasSize(2);

        byte[] xlsx = as(
                stand.officer(), out -> sales.export(stand.exhibitionId(), ExportFormat.XLSX, Translator.BENGALI, out));
        List<List<String>> sheet = ExportFiles.xlsx(xlsx);
        assertThat(sheet.getFirst()).startsWith("দিন", "কিয়স্ক", "গোষ্ঠী");
        assertThat(sheet).hasSize(1 + 2 * 4);
        assertThat(sheet.stream().filter(r -> r.size() > 5 && r.get(5).equals("4250")))
                .hasSize(1);

        // the officer's overview: the stand with the report is behind the one that has reported nothing
        List<SalesService.StandSummary> overview =
                fx.accounts.as(stand.officer(), () -> sales.overview(stand.exhibitionId()));
        assertThat(overview).hasSize(2);
        assertThat(overview.getLast().applicationId()).isEqualTo(placed.id());
        assertThat(overview.getLast().amount()).isEqualTo(4_250);
        assertThat(overview.getLast().late()).isEqualTo(2);
        assertThat(overview.getFirst().late()).isEqualTo(3);
    }

    @Test
    void anOfficerOfAnotherMunicipalityOrTheGroupGetsNothing() {
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Kolkata")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> fx.accounts.as(
                        stranger, () -> sales.export(stand.exhibitionId(), ExportFormat.CSV, Translator.ENGLISH, out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        stranger,
                        () -> assignmentExport.export(stand.exhibitionId(), ExportFormat.CSV, Translator.ENGLISH, out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        stand.leaderOf(placed),
                        () -> groupExport.export(
                                GroupFilter.ALL, List.of(), ExportFormat.CSV, Translator.ENGLISH, out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> ExportFormat.parse("pdf"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("export.error.format");
        assertThat(ExportFormat.parse(" XLSX ")).isEqualTo(ExportFormat.XLSX);
    }

    @Test
    void groupsExportFollowsTheGridsFiltersAndTheOfficersScope() {
        long kolkata = fx.municipality("Kolkata");
        String kolkataOfficer = fx.accounts.officer(Set.of(kolkata));
        fx.verifiedGroup(kolkataOfficer, kolkata, "FOOD");
        GroupFilter verified = new GroupFilter(GroupStatus.VERIFIED, null, null, null);
        List<List<String>> rows = ExportFiles.csv(as(
                stand.officer(),
                out -> groupExport.export(verified, List.of(), ExportFormat.CSV, Translator.ENGLISH, out)));
        assertThat(rows.getFirst()).startsWith("ID", "Group", "District", "Municipality");
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Baranagar"));
        List<String> names = rows.stream().map(r -> r.get(1)).toList();
        assertThat(names)
                .contains(fx
                        .accounts
                        .as(
                                stand.officer(),
                                () -> applications.page(stand.exhibitionId(), ApplicationFilter.ALL, 0, 10))
                        .stream()
                        .map(Application::groupName)
                        .toArray(String[]::new));
        // phones are masked as on screen; the category is named, not coded
        List<String> row = rows.stream()
                .filter(r -> r.get(1).equals(placed.groupName()))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(7)).matches("\\*{6}\\d{4}");
        assertThat(row.get(8)).isNotEqualTo("FOOD").isNotBlank();

        // who took the leaders' names out is on the record (for the admin's audit log)
        List<AuditEntry> exports =
                fx.accounts.as(fx.accounts.admin(), () -> audit.page(new AuditFilter("EXPORT", null), 0, 500));
        assertThat(exports).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(stand.officer());
            assertThat(e.action()).isEqualTo("GROUPS");
            assertThat(e.newValue()).startsWith("CSV").contains("VERIFIED");
        });

        // the text filter narrows it to one; in Bengali the headers and municipality names follow
        String mobile = stand.leaderOf(placed);
        GroupFilter one = new GroupFilter(GroupStatus.VERIFIED, null, null, mobile);
        List<List<String>> sheet = ExportFiles.xlsx(as(
                stand.officer(),
                out -> groupExport.export(one, List.of(), ExportFormat.XLSX, Translator.BENGALI, out)));
        assertThat(sheet).hasSize(2);
        assertThat(sheet.getFirst().get(1)).isEqualTo("গোষ্ঠী");
        assertThat(sheet.get(1).get(1)).isEqualTo(placed.groupName());
        assertThat(sheet.get(1).get(3)).isEqualTo("বরানগর");
    }

    @Test
    void applicationsAndAssignmentsExportTheBoardAndTheReviewGridWithItsFilter() {
        List<List<String>> all = ExportFiles.csv(as(
                stand.officer(),
                out -> applicationExport.export(
                        stand.exhibitionId(), ApplicationFilter.ALL, ExportFormat.CSV, Translator.ENGLISH, out)));
        assertThat(all).hasSize(1 + 3);
        assertThat(all.stream().skip(1).map(r -> r.get(5)).toList())
                .containsExactlyInAnyOrder("Assigned", "Assigned", "Waitlisted");
        ApplicationFilter waiting = new ApplicationFilter(ApplicationStatus.WAITLISTED, null, null, null, null);
        List<List<String>> filtered = ExportFiles.xlsx(as(
                stand.officer(),
                out -> applicationExport.export(
                        stand.exhibitionId(), waiting, ExportFormat.XLSX, Translator.ENGLISH, out)));
        assertThat(filtered).hasSize(2);
        assertThat(filtered.get(1).get(11)).isEqualTo("1"); // first on the waiting list, a number

        List<List<String>> board = ExportFiles.csv(as(
                stand.officer(),
                out -> assignmentExport.export(stand.exhibitionId(), ExportFormat.CSV, Translator.ENGLISH, out)));
        assertThat(board).hasSize(1 + 2);
        assertThat(board.get(1))
                .startsWith(
                        "1", today.minusDays(3).toString(), today.plusDays(3).toString());
        assertThat(board.stream().skip(1).map(r -> r.get(4)).toList()).contains(placed.groupName());
    }
}
