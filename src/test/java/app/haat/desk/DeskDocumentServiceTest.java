package app.haat.desk;

import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.DESK_CASE;
import static app.haat.db.Tables.DESK_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.group.GroupDeletionService;
import app.haat.group.GroupService;
import app.haat.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A case's documents: real PDFs and images checked by their content, stored encrypted, read by the group, its officer
 * and its centre's staff (each read audited) and by no one else, deleted by retention and with the group.
 */
class DeskDocumentServiceTest extends IntegrationTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    DeskStepService steps;

    @Autowired
    DeskDocumentService documents;

    @Autowired
    DocumentFiles files;

    @Autowired
    GroupDeletionService deletions;

    @Autowired
    GroupService groups;

    @Autowired
    DSLContext dsl;

    private record Setting(DeskFixtures.TestGroup group, long caseId, String staff) {}

    private Setting aCase() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long caseId = desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.UDYAM, null));
        return new Setting(group, caseId, desk.staffOf(desk.northDumDum()));
    }

    private long upload(String user, long caseId, String type, String name, boolean masked, byte[] bytes) {
        return desk.accounts.as(
                user, () -> documents.upload(caseId, type, name, masked, new ByteArrayInputStream(bytes)));
    }

    private DeskDocument stored(long caseId, long id, String user) {
        return desk.accounts.as(user, () -> documents.list(caseId)).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private int reads(long documentId) {
        return dsl.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG
                        .ENTITY_TYPE
                        .eq("DESK_DOCUMENT")
                        .and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(documentId)))
                        .and(AUDIT_LOG.ACTION.eq("READ")));
    }

    @Test
    void aPdfIsStoredEncryptedAndReadByTheGroupItsOfficerAndItsCentreEachReadAuditedAndByNoOneElse() throws Exception {
        Setting s = aCase();
        byte[] pdf = TestDocuments.pdf(2, "Resolution of the group, signed by Rina Das");
        long id = upload(s.group().mobile(), s.caseId(), "application/pdf", "C:\\scans\\resolution.PDF", false, pdf);
        DeskDocument document = stored(s.caseId(), id, s.staff());
        assertThat(document.name()).isEqualTo("resolution.pdf");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.pages()).isEqualTo(2);
        assertThat(document.uploadedBy()).isEqualTo(s.group().mobile());

        // on disk: not the plaintext, not even its header; a random IV, so the same file twice differs
        byte[] onDisk = Files.readAllBytes(files.path(document.fileKey()));
        assertThat(onDisk).isNotEqualTo(pdf);
        assertThat(TestDocuments.contains(onDisk, "%PDF".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(onDisk).hasSize(pdf.length + DocumentCipher.IV_BYTES + 16);
        long again = upload(s.staff(), s.caseId(), "application/pdf", "resolution.pdf", false, pdf);
        byte[] secondOnDisk = Files.readAllBytes(
                files.path(stored(s.caseId(), again, s.staff()).fileKey()));
        assertThat(Arrays.copyOf(secondOnDisk, 12)).isNotEqualTo(Arrays.copyOf(onDisk, 12));

        for (String reader : new String[] {s.group().mobile(), s.group().officer(), s.staff(), desk.accounts.admin()}) {
            assertThat(desk.accounts
                            .as(reader, () -> documents.read(s.caseId(), id))
                            .bytes())
                    .as(reader)
                    .isEqualTo(pdf);
        }
        assertThat(reads(id)).isEqualTo(4);

        // staff of the other centre, another group, an officer of elsewhere: "not found", and nothing read
        String otherStaff = desk.staffOf(desk.medinipur());
        DeskFixtures.TestGroup otherGroup = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        DeskFixtures.TestGroup farGroup = desk.group("Medinipur", Set.of("HANDLOOM"));
        for (String outsider : new String[] {otherStaff, otherGroup.mobile(), farGroup.officer()}) {
            assertThatThrownBy(() -> desk.accounts.as(outsider, () -> documents.read(s.caseId(), id)))
                    .as(outsider)
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> desk.accounts.as(outsider, () -> documents.list(s.caseId())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> upload(outsider, s.caseId(), "application/pdf", "x.pdf", false, pdf))
                    .isInstanceOf(NotFoundException.class);
        }
        // a document asked for under another case's id is not found either
        long otherCase =
                desk.accounts.as(otherGroup.mobile(), () -> requests.ask(otherGroup.id(), RequestType.UDYAM, null));
        assertThatThrownBy(() -> desk.accounts.as(otherGroup.mobile(), () -> documents.read(otherCase, id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(reads(id)).isEqualTo(4);
    }

    @Test
    void imagesAreReEncodedAsJpegWithoutTheirMetadata() throws Exception {
        Setting s = aCase();
        byte[] jpeg = TestDocuments.jpegWithComment("GPS 22.57N 88.36E secret");
        long id = upload(s.group().mobile(), s.caseId(), "image/jpeg", "pan-card.jpeg", false, jpeg);
        byte[] read = desk.accounts
                .as(s.staff(), () -> documents.read(s.caseId(), id))
                .bytes();
        assertThat(read).isNotEqualTo(jpeg);
        assertThat(TestDocuments.contains(read, "GPS".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(read)).getWidth()).isEqualTo(120);
        assertThat(stored(s.caseId(), id, s.staff()).name()).isEqualTo("pan-card.jpg");

        long png = upload(s.staff(), s.caseId(), "image/png", "passbook.png", false, TestDocuments.image("png"));
        DeskDocument fromPng = stored(s.caseId(), png, s.staff());
        assertThat(fromPng.contentType()).isEqualTo("image/jpeg");
        assertThat(fromPng.name()).isEqualTo("passbook.jpg");
    }

    @Test
    void badFilesAreRefusedEachWithItsReasonAndNothingIsStored() throws Exception {
        Setting s = aCase();
        String full = TestDocuments.aadhaar("23456789012");
        String spaced = full.substring(0, 4) + " " + full.substring(4, 8) + " " + full.substring(8);
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put(
                "an ELF executable renamed .pdf", new Object[] {"application/pdf", TestDocuments.elf(), "notAllowed"});
        cases.put("a Windows executable renamed .pdf", new Object[] {"application/pdf", TestDocuments.pe(), "notAllowed"
        });
        cases.put("a PNG declared a PDF", new Object[] {"application/pdf", TestDocuments.image("png"), "typeMismatch"});
        cases.put("a PDF declared a JPEG", new Object[] {"image/jpeg", TestDocuments.pdf(1, "x"), "typeMismatch"});
        cases.put("a 200-page PDF", new Object[] {"application/pdf", TestDocuments.pdf(200, "page"), "tooManyPages"});
        cases.put(
                "a PDF with JavaScript",
                new Object[] {"application/pdf", TestDocuments.pdfWithJavaScript(), "javaScript"});
        cases.put(
                "a PDF with a JavaScript link",
                new Object[] {"application/pdf", TestDocuments.pdfWithJavaScriptLink(), "javaScript"});
        cases.put(
                "a PDF with a file attachment annotation",
                new Object[] {"application/pdf", TestDocuments.pdfWithAttachmentAnnotation(), "embeddedFile"});
        cases.put(
                "a PDF with an embedded file",
                new Object[] {"application/pdf", TestDocuments.pdfWithEmbeddedFile(), "embeddedFile"});
        cases.put(
                "an encrypted PDF",
                new Object[] {"application/pdf", TestDocuments.encryptedPdf("open-me"), "encrypted"});
        cases.put(
                "a PDF encrypted with no password to open",
                new Object[] {"application/pdf", TestDocuments.encryptedPdf(""), "encrypted"});
        cases.put(
                "a PDF showing a full Aadhaar number",
                new Object[] {"application/pdf", TestDocuments.pdf(1, "Aadhaar: " + spaced), "fullAadhaar"});
        cases.put(
                "a PDF showing it unspaced",
                new Object[] {"application/pdf", TestDocuments.pdf(1, "UID " + full + " issued"), "fullAadhaar"});
        cases.put(
                "a broken PDF", new Object[] {"application/pdf", "%PDF-1.4 nothing else".getBytes(), "unreadablePdf"});
        cases.put("a broken JPEG", new Object[] {
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2}, "unreadableImage"
        });
        cases.put("a file over 10 MB", new Object[] {"application/pdf", tooLarge, "tooLarge"});
        cases.put("an empty file", new Object[] {"application/pdf", new byte[0], "empty"});
        int before = dsl.fetchCount(DESK_DOCUMENT);
        for (var bad : cases.entrySet()) {
            Object[] c = bad.getValue();
            assertThatThrownBy(
                            () -> upload(s.group().mobile(), s.caseId(), (String) c[0], "x.pdf", false, (byte[]) c[1]))
                    .as(bad.getKey())
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("document.error." + c[2]);
        }
        assertThat(dsl.fetchCount(DESK_DOCUMENT)).isEqualTo(before);

        // the masked copy (the group's own, declared as such) is accepted; a wrong-check 12 digits is no Aadhaar
        long masked = upload(
                s.group().mobile(),
                s.caseId(),
                "application/pdf",
                "aadhaar.pdf",
                true,
                TestDocuments.pdf(1, "Aadhaar: XXXX XXXX " + full.substring(8)));
        assertThat(stored(s.caseId(), masked, s.staff()).maskedAadhaar()).isTrue();
        String wrongCheck = full.substring(0, 11) + ((full.charAt(11) - '0' + 1) % 10);
        upload(
                s.staff(),
                s.caseId(),
                "application/pdf",
                "account.pdf",
                false,
                TestDocuments.pdf(1, "A/c " + wrongCheck));
        // only the group and the centre's staff declare a masked Aadhaar copy; the officer may upload other files
        assertThatThrownBy(() -> upload(
                        s.group().officer(), s.caseId(), "application/pdf", "a.pdf", true, TestDocuments.pdf(1, "x")))
                .isInstanceOf(AccessDeniedException.class);
        upload(s.group().officer(), s.caseId(), "application/pdf", "a.pdf", false, TestDocuments.pdf(1, "x"));
    }

    @Test
    void noFullAadhaarNumberIsStoredInANoteAReasonOrADocumentsName() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        String full = TestDocuments.aadhaar("98765432101");
        String bengali = app.haat.core.i18n.Formats.bengaliDigits(full);
        long caseId = desk.accounts.as(
                group.mobile(),
                () -> requests.ask(group.id(), RequestType.PAN, "Leader's Aadhaar " + bengali + ", phone 9830012345"));
        String note = dsl.select(DESK_CASE.NOTE)
                .from(DESK_CASE)
                .where(DESK_CASE.ID.eq(caseId))
                .fetchOne(DESK_CASE.NOTE);
        assertThat(note)
                .isEqualTo("Leader's Aadhaar XXXX XXXX " + bengali.substring(8) + ", phone 9830012345")
                .doesNotContain(bengali);
        assertThat(DeskDocumentService.name(
                        full.substring(0, 4) + "-" + full.substring(4, 8) + "-" + full.substring(8) + ".pdf",
                        "application/pdf"))
                .isEqualTo("XXXX XXXX " + full.substring(8) + ".pdf");
        assertThat(Aadhaar.mask("XXXX XXXX 1234 and 123456789012")).isEqualTo("XXXX XXXX 1234 and 123456789012");
    }

    @Test
    void documentsGoRetentionDaysAfterTheCaseClosesAndNotBefore() {
        Setting s = aCase();
        long id = upload(s.group().mobile(), s.caseId(), "application/pdf", "r.pdf", false, TestDocuments.pdf(1, "r"));
        String key = stored(s.caseId(), id, s.staff()).fileKey();
        Setting open = aCase();
        long stays = upload(
                open.group().mobile(), open.caseId(), "application/pdf", "o.pdf", false, TestDocuments.pdf(1, "o"));
        desk.accounts.as(s.staff(), () -> {
            steps.documentsComplete(s.caseId());
            steps.submitted(s.caseId(), "UDY-7");
            steps.refused(s.caseId(), "Wrong address");
        });
        assertThatThrownBy(() -> upload(
                        s.group().mobile(),
                        s.caseId(),
                        "application/pdf",
                        "late.pdf",
                        false,
                        TestDocuments.pdf(1, "l")))
                .isInstanceOf(ConflictException.class);
        Instant now = Instant.now();
        documents.deleteExpired(now.plus(Duration.ofDays(89)));
        assertThat(dsl.fetchExists(DESK_DOCUMENT, DESK_DOCUMENT.ID.eq(id))).isTrue();
        assertThat(files.path(key)).exists();
        documents.deleteExpired(now.plus(Duration.ofDays(91)));
        assertThat(dsl.fetchExists(DESK_DOCUMENT, DESK_DOCUMENT.ID.eq(id))).isFalse();
        assertThat(dsl.fetchExists(DESK_DOCUMENT, DESK_DOCUMENT.ID.eq(stays)))
                .as("an open case's")
                .isTrue();
        assertThat(dsl.fetchCount(
                        AUDIT_LOG,
                        AUDIT_LOG.ENTITY_ID.eq(String.valueOf(id)).and(AUDIT_LOG.ACTION.eq("RETENTION_DELETE"))))
                .isEqualTo(1);
        // the file stays until a backup has been taken since (which no longer holds the row), then goes
        assertThat(files.path(key)).exists();
        backups.takeAndPurge();
        assertThat(files.path(key)).doesNotExist();
    }

    @Test
    void aGroupsConfirmedDeletionRemovesItsDocumentsAndTheirFiles() {
        Setting s = aCase();
        long id = upload(s.group().mobile(), s.caseId(), "application/pdf", "d.pdf", false, TestDocuments.pdf(1, "d"));
        String key = stored(s.caseId(), id, s.staff()).fileKey();
        desk.accounts.as(s.group().mobile(), deletions::requestDeletion);
        assertThat(files.path(key)).exists();
        desk.accounts.as(
                s.group().officer(),
                () -> deletions.confirmDeletion(
                        s.group().id(), groups.get(s.group().id()).version()));
        assertThat(dsl.fetchExists(DESK_DOCUMENT, DESK_DOCUMENT.ID.eq(id))).isFalse();
        // at once, with no backup in between: the law on personal data comes first
        assertThat(files.path(key)).doesNotExist();
    }

    @Test
    void theUploaderOrTheCentresStaffDeleteADocumentNoOneElse() {
        Setting s = aCase();
        byte[] pdf = TestDocuments.pdf(1, "d");
        long byGroup = upload(s.group().mobile(), s.caseId(), "application/pdf", "g.pdf", false, pdf);
        long byStaff = upload(s.staff(), s.caseId(), "application/pdf", "s.pdf", false, pdf);
        String key = stored(s.caseId(), byStaff, s.staff()).fileKey();
        assertThatThrownBy(() -> desk.accounts.as(s.group().officer(), () -> documents.delete(s.caseId(), byGroup)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.accounts.as(s.group().mobile(), () -> documents.delete(s.caseId(), byStaff)))
                .isInstanceOf(AccessDeniedException.class);
        desk.accounts.as(s.group().mobile(), () -> documents.delete(s.caseId(), byGroup));
        desk.accounts.as(s.staff(), () -> documents.delete(s.caseId(), byStaff));
        assertThat(desk.accounts.as(s.staff(), () -> documents.list(s.caseId())))
                .isEmpty();
        assertThat(files.path(key)).exists();
        backups.takeAndPurge();
        assertThat(files.path(key)).doesNotExist();
    }

    @Autowired
    app.haat.support.TestBackups backups;
}
