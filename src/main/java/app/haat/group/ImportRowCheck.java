package app.haat.group;

import app.haat.core.api.InputRules;
import app.haat.core.data.TextInput;
import app.haat.region.Municipality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads one row of an import file and checks it: the group rules ({@link GroupRules}, worded for a report), the
 * importer's municipalities, the names the file may use for municipalities and categories, and the rows before it
 * (a registration number or phone may appear once in a file).
 */
final class ImportRowCheck {

    static final int MAX_PRODUCTS = 50;
    static final int MAX_PRODUCT_NAME = 120;

    /** A row's outcome: the valid row (null when refused) or the reasons it was refused. */
    record Outcome(long line, @Nullable ImportRow row, List<String> errors) {}

    private final ImportTexts texts;
    private final @Nullable Set<Long> scope;
    private final Map<String, List<Municipality>> municipalities;
    private final Map<String, Long> categories;
    private final Map<String, Long> registrationLines = new HashMap<>();
    private final Map<String, Long> phoneLines = new HashMap<>();

    /** The scope is the importer's municipalities, null for all. */
    ImportRowCheck(
            ImportTexts texts,
            @Nullable Set<Long> scope,
            List<Municipality> municipalities,
            List<Category> categories) {
        this.texts = texts;
        this.scope = scope;
        this.municipalities = new HashMap<>();
        for (Municipality m : municipalities) {
            this.municipalities
                    .computeIfAbsent(m.nameEn().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(m);
            this.municipalities
                    .computeIfAbsent(m.nameBn(), k -> new ArrayList<>())
                    .add(m);
        }
        this.categories = new HashMap<>();
        for (Category c : categories) {
            this.categories.put(c.code().toLowerCase(Locale.ROOT), c.id());
            this.categories.put(c.nameEn().toLowerCase(Locale.ROOT), c.id());
            this.categories.put(c.nameBn(), c.id());
        }
    }

    Outcome check(CSVRecord record, Map<String, Integer> position) {
        Reading row = new Reading(record, position);
        row.readGroup();
        row.readIdentifiers();
        row.readOffer();
        row.checkShape();
        if (row.registrationNo != null) {
            registrationLines.putIfAbsent(row.registrationNo, row.line);
        }
        if (row.phone != null) {
            phoneLines.putIfAbsent(row.phone, row.line);
        }
        return new Outcome(row.line, row.errors.isEmpty() ? row.toImportRow() : null, row.errors);
    }

    /** One row being read: its values, normalised, and its errors in the order the columns are checked. */
    private final class Reading {
        private final CSVRecord record;
        private final Map<String, Integer> position;
        private final long line;
        private final List<String> errors = new ArrayList<>();
        private @Nullable String name;
        private @Nullable Long municipalityId;
        private @Nullable String ward;
        private int members;
        private @Nullable String leader;
        private @Nullable String rawPhone;
        private @Nullable String phone;
        private @Nullable String email;
        private @Nullable String rawGstin;
        private @Nullable String gstin;
        private @Nullable String rawPan;
        private @Nullable String pan;
        private @Nullable String registrationNo;
        private @Nullable String category;
        private @Nullable Long categoryId;
        private @Nullable List<String> products;

        Reading(CSVRecord record, Map<String, Integer> position) {
            this.record = record;
            this.position = position;
            this.line = record.getRecordNumber() + 1; // the header is line 1
        }

        /** Name, municipality, ward, members, leader, phone and e-mail: what a sign-up asks for too. */
        void readGroup() {
            name = value("name");
            GroupRules.name(name)
                    .ifPresent(broken -> errors.add(
                            broken == GroupRules.Broken.NAME_TOO_LONG
                                    ? texts.of(Objects.requireNonNull(broken.rowKey), GroupRules.MAX_NAME)
                                    : texts.of(Objects.requireNonNull(broken.rowKey))));
            readMunicipality(value("municipality"));
            ward = value("ward");
            report(GroupRules.ward(ward));
            try {
                members = Integer.parseInt(value("members"));
                report(GroupRules.members(members));
            } catch (NumberFormatException e) {
                errors.add(texts.of("import.row.membersNumber"));
            }
            leader = value("leader_name");
            report(GroupRules.leader(leader));
            rawPhone = value("phone");
            GroupRules.Checked checkedPhone = GroupRules.mobile(rawPhone);
            phone = checkedPhone.value();
            report(checkedPhone.broken(), rawPhone);
            GroupRules.Checked checkedEmail = GroupRules.email(value("email"));
            email = checkedEmail.value();
            report(checkedEmail.broken(), email);
        }

        private void readMunicipality(String municipalityName) {
            List<Municipality> found = municipalities.getOrDefault(
                    municipalityName.toLowerCase(Locale.ROOT),
                    municipalities.getOrDefault(municipalityName, List.of()));
            if (found.size() == 1) {
                municipalityId = found.get(0).id();
                if (scope != null && !scope.contains(municipalityId)) {
                    errors.add(texts.of("import.row.municipalityNotYours", municipalityName));
                }
            } else {
                errors.add(texts.of(
                        found.isEmpty() ? "import.row.municipalityUnknown" : "import.row.municipalityAmbiguous",
                        municipalityName));
            }
        }

        /** GSTIN, PAN and registration number; a registration number or phone seen on an earlier line. */
        void readIdentifiers() {
            rawGstin = TextInput.blankToNull(value("gstin"));
            GroupRules.Checked checkedGstin = GroupRules.gstin(rawGstin);
            gstin = checkedGstin.value();
            report(checkedGstin.broken(), rawGstin);
            rawPan = TextInput.blankToNull(value("pan"));
            GroupRules.Checked checkedPan = GroupRules.pan(rawPan);
            pan = checkedPan.value();
            report(checkedPan.broken(), rawPan);
            GroupRules.Checked checkedRegistration = GroupRules.registrationNo(value("registration_no"));
            registrationNo = checkedRegistration.value();
            if (checkedRegistration.broken().isPresent()) {
                report(checkedRegistration.broken());
            } else if (registrationNo != null && registrationLines.containsKey(registrationNo)) {
                errors.add(texts.of(
                        "import.row.registrationRepeats", registrationNo, registrationLines.get(registrationNo)));
            }
            if (phone != null && phoneLines.containsKey(phone)) {
                errors.add(texts.of("import.row.phoneRepeats", phone, phoneLines.get(phone)));
            }
        }

        /** The category (code or name in either language) and the products, separated by semicolons. */
        void readOffer() {
            category = TextInput.blankToNull(value("category"));
            if (category != null) {
                categoryId = categories.getOrDefault(category.toLowerCase(Locale.ROOT), categories.get(category));
                if (categoryId == null) {
                    errors.add(texts.of("import.row.category", category));
                }
            }
            products = Arrays.stream(value("products").split(";"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .distinct()
                    .toList();
            if (products.size() > MAX_PRODUCTS || products.stream().anyMatch(p -> p.length() > MAX_PRODUCT_NAME)) {
                errors.add(texts.of("import.row.products"));
            }
        }

        /** As many fields as the header, and every text on one line. */
        void checkShape() {
            if (!record.isConsistent()) {
                errors.add(texts.of("import.row.fields", record.size(), position.size()));
            }
            if (Stream.of(
                            name,
                            ward,
                            leader,
                            rawPhone,
                            email,
                            rawGstin,
                            rawPan,
                            registrationNo,
                            category,
                            value("products"))
                    .anyMatch(v -> !InputRules.isSingleLine(v))) {
                errors.add(texts.of(InputRules.SINGLE_LINE));
            }
        }

        ImportRow toImportRow() {
            // only for a row without errors: every required value has been read and is valid
            return new ImportRow(
                    line,
                    Objects.requireNonNull(name),
                    Objects.requireNonNull(municipalityId),
                    Objects.requireNonNull(ward),
                    members,
                    Objects.requireNonNull(leader),
                    Objects.requireNonNull(phone),
                    email,
                    gstin,
                    pan,
                    registrationNo,
                    categoryId,
                    Objects.requireNonNull(products));
        }

        private void report(Optional<GroupRules.Broken> broken, @Nullable Object... params) {
            // every rule an import checks has a row key (only the bank details, not imported, have none)
            broken.ifPresent(b -> errors.add(texts.of(Objects.requireNonNull(b.rowKey), params)));
        }

        private String value(String column) {
            Integer index = position.get(column);
            return index == null || index >= record.size()
                    ? ""
                    : record.get(index).strip();
        }
    }
}
