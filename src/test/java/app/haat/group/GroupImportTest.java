package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GroupImportTest extends IntegrationTest {

    @Autowired
    GroupImportService importer;

    @Autowired
    GroupService groups;

    @Autowired
    RegionService regions;

    @Autowired
    TestAccounts accounts;

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    private String gstin(String pan) {
        String first = "19" + pan + "1Z";
        return first + IndianFormats.gstinCheckCharacter(first);
    }

    @Test
    void goodRowsAreImportedAndEveryBadRowIsReportedWithItsLine() {
        String admin = accounts.admin();
        String p1 = GroupRegistryTest.newMobile();
        String p2 = GroupRegistryTest.newMobile();
        String p3 = GroupRegistryTest.newMobile();
        String reg = "WB/IMP/" + p1;
        String file = "phone,name,municipality,ward,members,leader_name,products,category,gstin,pan,registration_no,"
                + "colour\n"
                + p1 + ",মা সারদা স্বনির্ভর গোষ্ঠী,বালি,4,12,রুমা দাস,কাঁথা স্টিচ;জামদানি,handloom,"
                + gstin("ABCDE1234F") + ",ABCDE1234F," + reg + ",red\n"
                + "98300123,Short Phone Gosthi,Bally,4,12,Mita,,,,,,\n"
                + p2 + ",Wrong GST Gosthi,Howrah,1,10,Rina,,,19ABCDE1234F1ZZ,,,\n"
                + p3 + ",Repeat Gosthi,Howrah,2,10,Rina,,,,," + reg + ",\n"
                + GroupRegistryTest.newMobile() + ",Nowhere Gosthi,Atlantis,2,10,Rina,,,,,,\n"
                + GroupRegistryTest.newMobile() + "," + "x".repeat(5000) + ",Howrah,2,10,Rina,,,,,,\n";
        ImportReport report = accounts.as(admin, () -> importer.importCsv(csv(file), "test.csv"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.updated()).isZero();
        assertThat(report.unknownColumns()).containsExactly("colour");
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(report.rejected().get(0).errors()).singleElement().asString().contains("98300123");
        assertThat(report.rejected().get(1).errors()).singleElement().asString().contains("wrong check character");
        assertThat(report.rejected().get(2).errors()).singleElement().asString().contains("repeats line 2");
        assertThat(report.rejected().get(3).errors()).singleElement().asString().contains("unknown municipality");
        assertThat(report.rejected().get(4).errors()).singleElement().asString().contains("longer than 200");

        Group imported = accounts.as(admin, () -> groups.page(new GroupFilter(null, null, null, p1), 0, 5))
                .get(0);
        assertThat(imported.name()).isEqualTo("মা সারদা স্বনির্ভর গোষ্ঠী");
        assertThat(imported.status()).isEqualTo(GroupStatus.VERIFIED);
        assertThat(imported.verifiedBy()).isEqualTo(admin);
        assertThat(imported.categories()).containsExactly("HANDLOOM");
        assertThat(imported.municipalityEn()).isEqualTo("Bally");

        // the same file again: updates, never duplicates
        ImportReport again = accounts.as(admin, () -> importer.importCsv(csv(file), "test.csv"));
        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(accounts.as(admin, () -> groups.count(new GroupFilter(null, null, null, p1))))
                .isEqualTo(1);
    }

    @Test
    void brokenFilesAreRefusedWholeWithAClearReason() {
        String admin = accounts.admin();
        int before = accounts.as(admin, () -> groups.count(GroupFilter.ALL));
        String good = GroupRegistryTest.newMobile() + ",Good,Bally,1,10,Rina\n";
        assertThatThrownBy(() -> accounts.as(
                        admin,
                        () -> importer.importCsv(
                                csv("phone,name,municipality,ward,members,leader_name\n" + good
                                        + "\"unclosed,Bally,1,10,Rina\n"),
                                "q")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors().get(0)).isEqualTo("import.error.csv"));
        byte[] latin1 = ("phone,name,municipality,ward,members,leader_name\n" + good.replace("Good", "Caf\u00e9"))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> accounts.as(admin, () -> importer.importCsv(new ByteArrayInputStream(latin1), "l")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("import.error.encoding"));
        assertThatThrownBy(() -> accounts.as(
                        admin,
                        () -> importer.importCsv(csv("phone,name,municipality,ward,members,leader_name\n"), "empty")))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsExactly("import.error.empty"));
        assertThatThrownBy(() -> accounts.as(admin, () -> importer.importCsv(csv("phone,name\n1,2\n"), "cols")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors().get(1))
                                .contains("municipality")
                                .contains("leader_name"));
        assertThatThrownBy(() -> accounts.as(admin, () -> importer.importCsv(new Endless(50L << 20), "big")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("import.error.tooLarge"));
        assertThat(accounts.as(admin, () -> groups.count(GroupFilter.ALL))).isEqualTo(before);
    }

    @Test
    void officersImportOnlyIntoTheirMunicipalities() {
        String officer = accounts.officer(Set.of(municipality("Bally")));
        String mine = GroupRegistryTest.newMobile();
        String file = "name,municipality,ward,members,leader_name,phone\n"
                + "Bally Gosthi,Bally,1,10,Rina," + mine + "\n"
                + "Kolkata Gosthi,Kolkata,1,10,Rina," + GroupRegistryTest.newMobile() + "\n";
        ImportReport report = accounts.as(officer, () -> importer.importCsv(csv(file), "officer.csv"));
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.errors()).singleElement().asString().contains("not one of yours");
        });
        assertThat(accounts.as(officer, () -> groups.page(new GroupFilter(null, null, null, mine), 0, 1))
                        .get(0)
                        .verifiedBy())
                .isEqualTo(officer);
        assertThatThrownBy(() -> accounts.as(accounts.staff(), () -> importer.importCsv(csv(file), "x")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** A CSV-looking stream of any length that is never held in memory. */
    static final class Endless extends InputStream {
        private final byte[] row = "9830012345,Name,Bally,1,10,Leader\n".getBytes(StandardCharsets.UTF_8);
        private final byte[] header =
                "phone,name,municipality,ward,members,leader_name\n".getBytes(StandardCharsets.UTF_8);
        private final long length;
        private long position;

        Endless(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            long p = position++;
            return p < header.length ? header[(int) p] : row[(int) ((p - header.length) % row.length)];
        }
    }
}
