package app.haat.group;

import app.haat.audit.AuditService;
import app.haat.core.api.InputRules;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.user.UserService;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
    static final List<String> REQUIRED = List.of("name", "municipality", "ward", "members", "leader_name", "phone");
    static final List<String> OPTIONAL = List.of("products", "category", "email", "gstin", "pan", "registration_no");
    private static final int CHUNK = 1000;
    private static final int MAX_REPORTED = 10_000;

    private final GroupRepository repository;
    private final RegionService regions;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Translator translator;

    GroupImportService(GroupRepository repository, RegionService regions, UserService users, CurrentUser currentUser,
                       AuditService audit, TransactionTemplate transaction, Clock clock, Translator translator) {
        this.translator = translator;
        this.repository = repository;
        this.regions = regions;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Imports with the row errors in English (the API's language). */
    public ImportReport importCsv(InputStream input, String fileName) {
        return importCsv(input, fileName, Translator.ENGLISH);
    }

    /** Imports with the row errors written in the reader's language. */
    public ImportReport importCsv(InputStream input, String fileName, Locale language) {
        HaatPrincipal actor = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        Set<Long> scope = actor.role() == Role.STATE_ADMIN ? null : users.scopeOfCurrentUser();
        Map<String, List<Municipality>> municipalities = municipalityIndex();
        Map<String, Long> categories = new HashMap<>();
        for (Category c : repository.categories()) {
            categories.put(c.code().toLowerCase(Locale.ROOT), c.id());
            categories.put(c.nameEn().toLowerCase(Locale.ROOT), c.id());
            categories.put(c.nameBn(), c.id());
        }
        try {
            return transaction.execute(status -> {
                Run run = new Run(actor.username(), scope, municipalities, categories, language);
                run.read(input);
                audit.record("GROUP", null, "IMPORT", null, "file=" + fileName + ", imported=" + run.imported
                        + ", updated=" + run.updated + ", rejected=" + run.rejectedCount);
                return new ImportReport(run.imported, run.updated, run.rejected, run.unknownColumns,
                        run.rejectedCount);
            });
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ValidationException("import.error.encoding");
            }
            if (e.getCause() instanceof TooLargeException) {
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
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        return line.find() ? new ValidationException(List.of("import.error.csv", line.group(1)))
                : new ValidationException("import.error.csvBroken");
    }

    private Map<String, List<Municipality>> municipalityIndex() {
        Map<String, List<Municipality>> index = new HashMap<>();
        for (Municipality m : regions.municipalities()) {
            index.computeIfAbsent(m.nameEn().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
            index.computeIfAbsent(m.nameBn(), k -> new ArrayList<>()).add(m);
        }
        return index;
    }

    /** One import: the streaming state. */
    private final class Run {
        private final String actor;
        private final @Nullable Set<Long> scope;
        private final Map<String, List<Municipality>> municipalities;
        private final Map<String, Long> categories;
        private final Map<String, Long> registrationLines = new HashMap<>();
        private final Map<String, Long> phoneLines = new HashMap<>();
        private final List<ImportRow> chunk = new ArrayList<>();
        private final List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        private List<String> unknownColumns = List.of();
        private int imported;
        private int updated;
        private int rejectedCount;

        private final Locale language;

        Run(String actor, @Nullable Set<Long> scope, Map<String, List<Municipality>> municipalities,
            Map<String, Long> categories, Locale language) {
            this.language = language;
            this.actor = actor;
            this.scope = scope;
            this.municipalities = municipalities;
            this.categories = categories;
        }

        void read(InputStream input) {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new BufferedReader(new InputStreamReader(new LimitedInputStream(input, MAX_BYTES),
                    decoder), 64 * 1024);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
                List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .toList();
                List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
                if (!missing.isEmpty()) {
                    throw new ValidationException(List.of("import.error.columns", String.join(", ", missing)));
                }
                unknownColumns = header.stream().filter(c -> !REQUIRED.contains(c) && !OPTIONAL.contains(c))
                        .toList();
                Map<String, Integer> position = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    position.putIfAbsent(header.get(i), i);
                }
                for (CSVRecord record : parser) {
                    row(record, position);
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

        /** A row error in the reader's language; numbers are passed as text so they keep Latin digits. */
        private String text(String key, @Nullable Object... params) {
            Object[] texts = Arrays.stream(params).map(String::valueOf).toArray();
            return translator.getTranslation(key, language, texts);
        }

        private void row(CSVRecord record, Map<String, Integer> position) {
            long line = record.getRecordNumber() + 1; // the header is line 1
            List<String> errors = new ArrayList<>();
            String name = value(record, position, "name");
            if (name.isEmpty()) {
                errors.add(text("import.row.nameMissing"));
            } else if (name.length() > GroupService.MAX_NAME) {
                errors.add(text("import.row.nameTooLong", GroupService.MAX_NAME));
            }
            String municipalityName = value(record, position, "municipality");
            Long municipalityId = null;
            List<Municipality> found = municipalities.getOrDefault(municipalityName.toLowerCase(Locale.ROOT),
                    municipalities.getOrDefault(municipalityName, List.of()));
            if (found.size() == 1) {
                municipalityId = found.get(0).id();
                if (scope != null && !scope.contains(municipalityId)) {
                    errors.add(text("import.row.municipalityNotYours", municipalityName));
                }
            } else {
                errors.add(text(found.isEmpty() ? "import.row.municipalityUnknown" : "import.row.municipalityAmbiguous",
                        municipalityName));
            }
            String ward = value(record, position, "ward");
            if (ward.isEmpty() || ward.length() > 20) {
                errors.add(text("import.row.ward"));
            }
            int members = 0;
            try {
                members = Integer.parseInt(value(record, position, "members"));
                if (members < 1 || members > 100) {
                    errors.add(text("import.row.membersRange"));
                }
            } catch (NumberFormatException e) {
                errors.add(text("import.row.membersNumber"));
            }
            String leader = value(record, position, "leader_name");
            if (leader.isEmpty() || leader.length() > 120) {
                errors.add(text("import.row.leader"));
            }
            String rawPhone = value(record, position, "phone");
            String phone = IndianFormats.mobile(rawPhone).orElse(null);
            if (phone == null) {
                errors.add(text("import.row.phone", rawPhone));
            }
            String email = blankToNull(value(record, position, "email"));
            if (email != null && !email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}")) {
                errors.add(text("import.row.email", email));
            }
            String gstin = null;
            String rawGstin = blankToNull(value(record, position, "gstin"));
            if (rawGstin != null) {
                IndianFormats.GstinCheck check = IndianFormats.gstin(rawGstin);
                if (check.valid()) {
                    gstin = check.value();
                } else {
                    errors.add(text("checksum".equals(check.problem()) ? "import.row.gstinCheck" : "import.row.gstin", rawGstin));
                }
            }
            String pan = null;
            String rawPan = blankToNull(value(record, position, "pan"));
            if (rawPan != null) {
                pan = IndianFormats.pan(rawPan).orElse(null);
                if (pan == null) {
                    errors.add(text("import.row.pan", rawPan));
                }
            }
            String registrationNo = blankToNull(value(record, position, "registration_no"));
            if (registrationNo != null && registrationNo.length() > 60) {
                errors.add(text("import.row.registrationTooLong"));
            } else if (registrationNo != null && registrationLines.containsKey(registrationNo)) {
                errors.add(text("import.row.registrationRepeats", registrationNo, registrationLines.get(registrationNo)));
            }
            if (phone != null && phoneLines.containsKey(phone)) {
                errors.add(text("import.row.phoneRepeats", phone, phoneLines.get(phone)));
            }
            Long categoryId = null;
            String category = blankToNull(value(record, position, "category"));
            if (category != null) {
                categoryId = categories.getOrDefault(category.toLowerCase(Locale.ROOT), categories.get(category));
                if (categoryId == null) {
                    errors.add(text("import.row.category", category));
                }
            }
            List<String> products = Arrays.stream(value(record, position, "products").split(";"))
                    .map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
            if (products.size() > 50 || products.stream().anyMatch(p -> p.length() > 120)) {
                errors.add(text("import.row.products"));
            }
            if (!record.isConsistent()) {
                errors.add(text("import.row.fields", record.size(), position.size()));
            }
            if (java.util.stream.Stream.of(name, ward, leader, rawPhone, email, rawGstin, rawPan, registrationNo,
                    category, value(record, position, "products")).anyMatch(v -> !InputRules.isSingleLine(v))) {
                errors.add(text(InputRules.SINGLE_LINE));
            }
            if (registrationNo != null) {
                registrationLines.putIfAbsent(registrationNo, line);
            }
            if (phone != null) {
                phoneLines.putIfAbsent(phone, line);
            }
            if (!errors.isEmpty()) {
                reject(line, errors);
                return;
            }
            chunk.add(new ImportRow(line, name, Objects.requireNonNull(municipalityId), ward, members, leader,
                    Objects.requireNonNull(phone), email, gstin, pan,
                    registrationNo, categoryId, products));
        }

        private void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            Set<String> registrations = chunk.stream().map(ImportRow::registrationNo).filter(r -> r != null)
                    .collect(Collectors.toSet());
            Set<String> phones = chunk.stream().map(ImportRow::phone).collect(Collectors.toSet());
            Map<String, GroupRepository.ImportMatch> byRegistration = new HashMap<>();
            Map<String, GroupRepository.ImportMatch> byPhone = new HashMap<>();
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
            if (!inserts.isEmpty()) {
                Map<String, Long> ids = repository.insertImported(inserts, actor,
                        OffsetDateTime.now(clock));
                for (ImportRow row : inserts) {
                    touched.put(ids.get(row.phone()), row);
                }
                imported += inserts.size();
            }
            repository.addCategoriesAndProducts(touched);
            chunk.clear();
        }

        /**
         * Why a row may not update or take the identifiers of an existing group, or null. A row updates a group only
         * when it matches by registration number (or, without one, by phone, name and municipality), the group is in
         * the importer's scope and stays in its municipality. A reason never names a group, person or number outside
         * the importer's scope: the row's own values only.
         */
        private @Nullable String refusal(ImportRow row, GroupRepository.@Nullable ImportMatch sameRegistration,
                                         GroupRepository.@Nullable ImportMatch samePhone) {
            var match = sameRegistration;
            if (match == null && samePhone != null) {
                boolean sameGroup = samePhone.name().equalsIgnoreCase(row.name())
                        && samePhone.municipalityId() == row.municipalityId();
                if (!sameGroup) {
                    return inScope(samePhone) ? text("import.row.phoneTaken", row.phone(), samePhone.name())
                            : text("import.row.phoneElsewhere", row.phone());
                }
                match = samePhone;
            }
            if (match == null) {
                return null;
            }
            if (!inScope(match)) {
                return match == sameRegistration ? text("import.row.registrationElsewhere", row.registrationNo())
                        : text("import.row.phoneElsewhere", row.phone());
            }
            if (match.municipalityId() != row.municipalityId()) {
                return text("import.row.municipalityChange", match.name());
            }
            if (samePhone != null && samePhone.id() != match.id()) {
                return inScope(samePhone) ? text("import.row.phoneTaken", row.phone(), samePhone.name())
                        : text("import.row.phoneElsewhere", row.phone());
            }
            return null;
        }

        private boolean inScope(GroupRepository.ImportMatch group) {
            return scope == null || scope.contains(group.municipalityId());
        }

        private void reject(long line, List<String> errors) {
            rejectedCount++;
            if (rejected.size() < MAX_REPORTED) {
                rejected.add(new ImportReport.RejectedRow(line, errors));
            }
        }

        private String value(CSVRecord record, Map<String, Integer> position, String column) {
            Integer index = position.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).strip();
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("file larger than " + MAX_BYTES + " bytes");
        }
    }

    /** Stops reading past the limit, so a 50 MB upload is refused without reading it all into memory. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new TooLargeException();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (count += n) > limit) {
                throw new TooLargeException();
            }
            return n;
        }
    }
}
