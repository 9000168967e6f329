package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.region.RegionService;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of groups from CSV (UTF-8, header row, columns in any order), streamed row by row so memory stays
 * bounded. Valid rows go in as one transaction; every invalid row is reported with its line and reasons. Re-importing
 * a file updates instead of duplicating (match on registration_no, else name + municipality + phone). Groups imported
 * by an officer count as verified by that officer, and only the officer's municipalities are accepted.
 */
@Service
public class GroupImportService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final GroupImportRepository repository;
    private final CategoryRepository categories;
    private final GroupAccess access;
    private final RegionService regions;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Translator translator;
    private final app.haat.user.GroupAccountService groupAccounts;

    GroupImportService(
            GroupImportRepository repository,
            CategoryRepository categories,
            GroupAccess access,
            RegionService regions,
            AuditService audit,
            TransactionTemplate transaction,
            Clock clock,
            Translator translator,
            app.haat.user.GroupAccountService groupAccounts) {
        this.groupAccounts = groupAccounts;
        this.repository = repository;
        this.categories = categories;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.translator = translator;
    }

    /** Imports with the row errors in English (the API's language). */
    public ImportReport importCsv(InputStream input, String fileName) {
        return importCsv(input, fileName, Translator.ENGLISH);
    }

    /** Imports with the row errors written in the reader's language. */
    public ImportReport importCsv(InputStream input, String fileName, Locale language) {
        GroupAccess.Staff staff = access.requireStaff();
        ImportTexts texts = new ImportTexts(translator, language);
        ImportRowCheck rows =
                new ImportRowCheck(texts, staff.municipalities(), regions.municipalities(), categories.categories());
        try {
            return transaction.execute(status -> {
                ImportRun run = new ImportRun(
                        repository, rows, texts, staff.principal().username(), staff.municipalities(), clock);
                run.read(input, MAX_BYTES);
                groupAccounts.ensureCodeOnlyAccounts(null); // imported groups are verified: they sign in by code
                audit.record(AuditEntity.GROUP, null, "IMPORT", null, "file=" + fileName + ", " + run.summary());
                return run.report();
            });
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ValidationException("import.error.encoding");
            }
            if (e.getCause() instanceof LimitedInputStream.TooLargeException) {
                throw new ValidationException("import.error.tooLarge");
            }
            throw brokenCsv(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw brokenCsv(e);
        }
    }

    /**
     * commons-csv reports broken quoting as these, in English with class names; the reader gets the line it names
     * (a number, in any language) and our words, never the library's.
     */
    private static ValidationException brokenCsv(RuntimeException e) {
        Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
        return line.find()
                ? new ValidationException(List.of("import.error.csv", line.group(1)))
                : new ValidationException("import.error.csvBroken");
    }
}
