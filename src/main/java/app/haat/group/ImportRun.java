package app.haat.group;

import app.haat.core.api.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One import, streamed: the rows are read and checked one by one, and the valid ones written a chunk at a time, so
 * memory stays bounded whatever the file's size. Counts what it imported, updated and rejected.
 */
final class ImportRun {

    static final List<String> REQUIRED = List.of("name", "municipality", "ward", "members", "leader_name", "phone");
    static final List<String> OPTIONAL = List.of("products", "category", "email", "gstin", "pan", "registration_no");
    private static final int CHUNK = 1000;
    private static final int MAX_REPORTED = 10_000;

    private final GroupImportRepository repository;
    private final ImportRowCheck rows;
    private final ImportTexts texts;
    private final String actor;
    private final @Nullable Set<Long> scope;
    private final Clock clock;
    private final List<ImportRow> chunk = new ArrayList<>();
    private final List<ImportReport.RejectedRow> rejected = new ArrayList<>();
    private List<String> unknownColumns = List.of();
    private int imported;
    private int updated;
    private int rejectedCount;

    /** The scope is the importer's municipalities, null for all. */
    ImportRun(
            GroupImportRepository repository,
            ImportRowCheck rows,
            ImportTexts texts,
            String actor,
            @Nullable Set<Long> scope,
            Clock clock) {
        this.repository = repository;
        this.rows = rows;
        this.texts = texts;
        this.actor = actor;
        this.scope = scope;
        this.clock = clock;
    }

    ImportReport report() {
        return new ImportReport(imported, updated, rejected, unknownColumns, rejectedCount);
    }

    /** What the audit entry says of the run. */
    String summary() {
        return "imported=" + imported + ", updated=" + updated + ", rejected=" + rejectedCount;
    }

    void read(InputStream input, long maxBytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader =
                new BufferedReader(new InputStreamReader(new LimitedInputStream(input, maxBytes), decoder), 64 * 1024);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser =
                CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
            Map<String, Integer> position = columns(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                ImportRowCheck.Outcome outcome = rows.check(record, position);
                if (outcome.row() == null) {
                    reject(outcome.line(), outcome.errors());
                } else {
                    chunk.add(outcome.row());
                }
                if (chunk.size() >= CHUNK) {
                    flush();
                }
            }
            flush();
            if (imported + updated + rejectedCount == 0) {
                throw new ValidationException("import.error.empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where each known column is; refuses a file without the required ones and notes the unknown. */
    private Map<String, Integer> columns(List<String> headerNames) {
        List<String> header = headerNames.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<String> missing =
                REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ValidationException(List.of("import.error.columns", String.join(", ", missing)));
        }
        unknownColumns = header.stream()
                .filter(c -> !REQUIRED.contains(c) && !OPTIONAL.contains(c))
                .toList();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            position.putIfAbsent(header.get(i), i);
        }
        return position;
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        Set<String> registrations = chunk.stream()
                .map(ImportRow::registrationNo)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> phones = chunk.stream().map(ImportRow::phone).collect(Collectors.toSet());
        Map<String, GroupImportRepository.ImportMatch> byRegistration = new HashMap<>();
        Map<String, GroupImportRepository.ImportMatch> byPhone = new HashMap<>();
        for (var existing : repository.matching(registrations, phones)) {
            if (existing.registrationNo() != null) {
                byRegistration.put(existing.registrationNo(), existing);
            }
            byPhone.put(existing.phone(), existing);
        }
        List<ImportRow> inserts = new ArrayList<>();
        Map<Long, ImportRow> touched = new LinkedHashMap<>();
        for (ImportRow row : chunk) {
            var sameRegistration = row.registrationNo() == null ? null : byRegistration.get(row.registrationNo());
            var samePhone = byPhone.get(row.phone());
            String refusal = refusal(row, sameRegistration, samePhone);
            if (refusal != null) {
                reject(row.line(), List.of(refusal));
                continue;
            }
            var match = sameRegistration != null ? sameRegistration : samePhone;
            if (match != null) {
                repository.updateImported(match.id(), row);
                touched.put(match.id(), row);
                updated++;
            } else {
                inserts.add(row);
            }
        }
        insert(inserts, touched);
        repository.addCategoriesAndProducts(touched);
        chunk.clear();
    }

    private void insert(List<ImportRow> inserts, Map<Long, ImportRow> touched) {
        if (!inserts.isEmpty()) {
            Map<String, Long> ids = repository.insertImported(inserts, actor, OffsetDateTime.now(clock));
            for (ImportRow row : inserts) {
                touched.put(ids.get(row.phone()), row);
            }
            imported += inserts.size();
        }
    }

    /**
     * Why a row may not update or take the identifiers of an existing group, or null. A row updates a group only
     * when it matches by registration number (or, without one, by phone, name and municipality), the group is in
     * the importer's scope and stays in its municipality. A reason never names a group, person or number outside
     * the importer's scope: the row's own values only.
     */
    private @Nullable String refusal(
            ImportRow row,
            GroupImportRepository.@Nullable ImportMatch sameRegistration,
            GroupImportRepository.@Nullable ImportMatch samePhone) {
        var match = sameRegistration;
        if (match == null && samePhone != null) {
            boolean sameGroup =
                    samePhone.name().equalsIgnoreCase(row.name()) && samePhone.municipalityId() == row.municipalityId();
            if (!sameGroup) {
                return phoneTaken(row, samePhone);
            }
            match = samePhone;
        }
        if (match == null) {
            return null;
        }
        if (!inScope(match)) {
            return match == sameRegistration
                    ? texts.of("import.row.registrationElsewhere", row.registrationNo())
                    : texts.of("import.row.phoneElsewhere", row.phone());
        }
        if (match.municipalityId() != row.municipalityId()) {
            return texts.of("import.row.municipalityChange", match.name());
        }
        if (samePhone != null && samePhone.id() != match.id()) {
            return phoneTaken(row, samePhone);
        }
        return null;
    }

    private String phoneTaken(ImportRow row, GroupImportRepository.ImportMatch holder) {
        return inScope(holder)
                ? texts.of("import.row.phoneTaken", row.phone(), holder.name())
                : texts.of("import.row.phoneElsewhere", row.phone());
    }

    private boolean inScope(GroupImportRepository.ImportMatch group) {
        return scope == null || scope.contains(group.municipalityId());
    }

    private void reject(long line, List<String> errors) {
        rejectedCount++;
        if (rejected.size() < MAX_REPORTED) {
            rejected.add(new ImportReport.RejectedRow(line, errors));
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
