package app.haat.desk;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.Role;
import app.haat.group.GroupErased;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case (#23): uploaded by whoever may see the case while it is open, checked by
 * {@link DocumentCheck}, stored encrypted by {@link DocumentFiles}; listed and read by the group, its officer, the
 * staff of the case's centre and admins (anyone else: "not found"), each read audited; deleted by the uploader or the
 * centre's staff, by retention {@code haat.desk.document-retention-days} after the case closes, and at once when the
 * group's deletion is confirmed (the files then too; otherwise they follow once a backup has been taken since). Names
 * are kept with any full Aadhaar number masked.
 */
@Service
public class DeskDocumentService {

    static final int MAX_NAME = 200;

    /** A document's plaintext, for a download. */
    public record Content(String name, String contentType, byte[] bytes) {}

    private final DocumentRepository repository;
    private final DocumentFiles files;
    private final DeskAccess access;
    private final AuditService audit;
    private final Clock clock;
    private final int maxBytes;
    private final int maxPages;
    private final int retentionDays;

    DeskDocumentService(
            DocumentRepository repository,
            DocumentFiles files,
            DeskAccess access,
            AuditService audit,
            Clock clock,
            @Value("${haat.desk.document-max-bytes:10485760}") int maxBytes,
            @Value("${haat.desk.document-max-pages:20}") int maxPages,
            @Value("${haat.desk.document-retention-days:90}") int retentionDays) {
        this.repository = repository;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
        this.retentionDays = retentionDays;
    }

    public int maxBytes() {
        return maxBytes;
    }

    public int maxPages() {
        return maxPages;
    }

    /**
     * Checks and stores a document sent with its declared type; {@code maskedAadhaar} declares it the group's own
     * masked Aadhaar copy, which only the group and the staff of the case's centre may declare.
     */
    @Transactional
    public long upload(
            long caseId, @Nullable String contentType, @Nullable String name, boolean maskedAadhaar, InputStream in) {
        DeskCase found = access.visible(caseId);
        if (maskedAadhaar && access.reader().me().role() == Role.MUNICIPAL_OFFICER) {
            throw new AccessDeniedException("document.error.maskedByGroupOrStaff");
        }
        if (found.status().isFinal()) {
            throw new ConflictException("document.error.caseClosed");
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new ValidationException("document.error.tooLarge", maxBytes / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new ValidationException("document.error.empty");
        }
        DocumentCheck.Checked checked = DocumentCheck.check(contentType, bytes, maxPages);
        String shown = name(name, checked.contentType());
        String key = UUID.randomUUID().toString();
        files.store(key, checked.bytes());
        long id = repository.insert(
                caseId,
                key,
                shown,
                checked.contentType(),
                checked.bytes().length,
                checked.pages(),
                maskedAadhaar,
                access.actor(),
                OffsetDateTime.now(clock));
        audit.record(
                AuditEntity.DESK_DOCUMENT,
                id,
                "UPLOAD",
                null,
                "case=" + caseId + ", type=" + checked.contentType() + ", bytes=" + checked.bytes().length
                        + (maskedAadhaar ? ", masked Aadhaar copy" : ""));
        return id;
    }

    @Transactional(readOnly = true)
    public List<DeskDocument> list(long caseId) {
        access.visible(caseId);
        return repository.ofCase(caseId);
    }

    /** The document decrypted, for whoever may see its case; the read is audited before the first byte leaves. */
    @Transactional(readOnly = true)
    public Content read(long caseId, long documentId) {
        access.visible(caseId);
        DeskDocument document = find(caseId, documentId);
        audit.recordAccess(AuditEntity.DESK_DOCUMENT, documentId, "READ", "case=" + caseId);
        return new Content(document.name(), document.contentType(), files.read(document.fileKey()));
    }

    /** Deleted by its uploader or the staff of the case's centre (or an admin). */
    @Transactional
    public void delete(long caseId, long documentId) {
        access.visible(caseId);
        DeskDocument document = find(caseId, documentId);
        if (!mayDelete(caseId, document)) {
            throw new AccessDeniedException("document.error.deleteNotYours");
        }
        erase(List.of(document), "DELETE");
    }

    /** Whether the reader may delete this document: its uploader, the staff of the case's centre, an admin. */
    @Transactional(readOnly = true)
    public boolean mayDelete(long caseId, DeskDocument document) {
        DeskCase found = access.visible(caseId);
        DeskAccess.Reader reader = access.reader();
        return reader.admin()
                || reader.me().role() == Role.CENTRE_STAFF && reader.sees(found)
                || document.uploadedBy().equals(access.actor());
    }

    /** Every day: the documents of cases closed more than the retention period ago. */
    @Scheduled(cron = "0 20 3 * * *", zone = "Asia/Kolkata")
    @SchedulerLock(name = "desk-document-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    @Transactional
    public void deleteExpired() {
        deleteExpired(clock.instant());
    }

    /** The documents of the cases closed before {@code now} less the retention period; answers how many went. */
    @Transactional
    public int deleteExpired(Instant now) {
        OffsetDateTime cutOff = now.minus(Duration.ofDays(retentionDays)).atOffset(ZoneOffset.UTC);
        return erase(repository.closedBefore(cutOff), "RETENTION_DELETE");
    }

    /**
     * A group's deletion confirmed: its documents go with it, in the same transaction, and their files as soon as it
     * commits. Not after the next backup as other deleted files (which keeps every backup's database and files in
     * agreement): the law on personal data outranks that agreement, so the row and the file go together (#23).
     */
    @EventListener
    public void groupErased(GroupErased erased) {
        List<DeskDocument> documents = repository.ofGroup(erased.groupId());
        deleteRows(documents, "GROUP_ERASED");
        files.deleteNowAfterCommit(documents.stream().map(DeskDocument::fileKey).toList());
    }

    /** Deletes the rows and tombstones their files, which go once a backup has been taken since. */
    private int erase(List<DeskDocument> documents, String action) {
        int deleted = deleteRows(documents, action);
        files.deleteAfterCommit(documents.stream().map(DeskDocument::fileKey).toList());
        return deleted;
    }

    private int deleteRows(List<DeskDocument> documents, String action) {
        int deleted = repository.delete(documents.stream().map(DeskDocument::id).toList());
        for (DeskDocument document : documents) {
            audit.record(AuditEntity.DESK_DOCUMENT, document.id(), action, "case=" + document.caseId(), null);
        }
        return deleted;
    }

    private DeskDocument find(long caseId, long documentId) {
        return repository.find(caseId, documentId).orElseThrow(() -> new NotFoundException("document.error.notFound"));
    }

    /** The name as shown: its last path part, one line, no full Aadhaar number, the extension of what is stored. */
    static String name(@Nullable String typed, String contentType) {
        String name = typed == null
                ? ""
                : typed.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        String extension = contentType.equals(DocumentCheck.PDF) ? ".pdf" : ".jpg";
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            name = "document";
        } else if (lower.endsWith(".pdf")
                || lower.endsWith(".jpg")
                || lower.endsWith(".jpeg")
                || lower.endsWith(".png")) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        name = String.valueOf(Aadhaar.mask(name));
        if (name.length() > MAX_NAME - extension.length()) {
            name = name.substring(0, MAX_NAME - extension.length());
        }
        return name + extension;
    }
}
