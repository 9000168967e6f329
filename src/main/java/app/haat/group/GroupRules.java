package app.haat.group;

import app.haat.core.data.TextInput;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for a group's fields, in one place for every path that writes a group: the sign-up, an officer's entry,
 * the profile and the import. A rule answers what is broken, if anything; a form shows it as a bundle key, an import
 * row as a sentence that quotes the value (the same rule, two wordings, both unchanged).
 */
final class GroupRules {

    static final int MAX_NAME = 200;
    static final int MAX_WARD = 20;
    static final int MIN_MEMBERS = 1;
    static final int MAX_MEMBERS = 100;
    /** Leaders and members. */
    static final int MAX_PERSON_NAME = 120;

    static final int MAX_REGISTRATION_NO = 60;
    static final int MAX_REASON = 1000;
    private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{9,18}");

    /** A broken rule: its key on a form and in an import report. */
    enum Broken {
        NAME_MISSING("group.error.name", "import.row.nameMissing"),
        NAME_TOO_LONG("group.error.nameLong", "import.row.nameTooLong"),
        WARD("group.error.ward", "import.row.ward"),
        MEMBERS("group.error.members", "import.row.membersRange"),
        LEADER("group.error.leader", "import.row.leader"),
        MOBILE("group.error.mobile", "import.row.phone"),
        EMAIL("user.error.email", "import.row.email"),
        REGISTRATION_NO("group.error.registrationNo", "import.row.registrationTooLong"),
        PAN("group.error.pan", "import.row.pan"),
        GSTIN("group.error.gstin", "import.row.gstin"),
        GSTIN_CHECKSUM("group.error.gstinChecksum", "import.row.gstinCheck"),
        /** Bank details have no import column. */
        BANK_ACCOUNT("group.error.bankAccount", null),
        IFSC("group.error.ifsc", null);

        final String formKey;
        final @Nullable String rowKey;

        Broken(String formKey, @Nullable String rowKey) {
            this.formKey = formKey;
            this.rowKey = rowKey;
        }
    }

    /**
     * A value as the rules left it, and what is broken, if any. The value is the normalised one; when broken, a
     * number that could not be read is null, while a text is kept as typed (stripped) for the checks that follow.
     */
    record Checked(@Nullable String value, Optional<Broken> broken) {

        static Checked ok(@Nullable String value) {
            return new Checked(value, Optional.empty());
        }

        static Checked broken(@Nullable String value, Broken broken) {
            return new Checked(value, Optional.of(broken));
        }

        /** Adds the form's key of the broken rule, if any, to the errors. */
        Checked addTo(List<String> errors) {
            broken.ifPresent(b -> errors.add(b.formKey));
            return this;
        }
    }

    private GroupRules() {}

    static Optional<Broken> name(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Broken.NAME_MISSING);
        }
        return name.strip().length() > MAX_NAME ? Optional.of(Broken.NAME_TOO_LONG) : Optional.empty();
    }

    static Optional<Broken> ward(@Nullable String ward) {
        return present(ward, MAX_WARD) ? Optional.empty() : Optional.of(Broken.WARD);
    }

    static Optional<Broken> members(@Nullable Integer count) {
        return count != null && count >= MIN_MEMBERS && count <= MAX_MEMBERS
                ? Optional.empty()
                : Optional.of(Broken.MEMBERS);
    }

    static Optional<Broken> leader(@Nullable String leader) {
        return present(leader, MAX_PERSON_NAME) ? Optional.empty() : Optional.of(Broken.LEADER);
    }

    /** A member's name: present and not longer than a leader's. */
    static boolean memberName(@Nullable String name) {
        return present(name, MAX_PERSON_NAME);
    }

    /** An Indian mobile number, required: normalised to its ten digits. */
    static Checked mobile(@Nullable String raw) {
        return IndianFormats.mobile(raw).map(Checked::ok).orElseGet(() -> Checked.broken(null, Broken.MOBILE));
    }

    /** A mobile number that may be left blank (a member's). */
    static Checked optionalMobile(@Nullable String raw) {
        return TextInput.blankToNull(raw) == null ? Checked.ok(null) : mobile(raw);
    }

    /** An e-mail address, optional: stripped, or null when blank. */
    static Checked email(@Nullable String raw) {
        String email = TextInput.blankToNull(raw);
        return email == null || TextInput.isEmailAddress(email)
                ? Checked.ok(email)
                : Checked.broken(email, Broken.EMAIL);
    }

    /** The society registration number, optional (its uniqueness is the database's to tell). */
    static Checked registrationNo(@Nullable String raw) {
        String registrationNo = TextInput.blankToNull(raw);
        return registrationNo == null || registrationNo.length() <= MAX_REGISTRATION_NO
                ? Checked.ok(registrationNo)
                : Checked.broken(registrationNo, Broken.REGISTRATION_NO);
    }

    static Checked pan(@Nullable String raw) {
        return optionalCode(raw, IndianFormats::pan, Broken.PAN);
    }

    /** The GSTIN, optional, with its check character verified; {@link #gstinOtherState} tells the warning apart. */
    static Checked gstin(@Nullable String raw) {
        if (TextInput.blankToNull(raw) == null) {
            return Checked.ok(null);
        }
        IndianFormats.GstinCheck check = IndianFormats.gstin(Objects.requireNonNull(raw));
        if (check.valid()) {
            return Checked.ok(check.value());
        }
        return Checked.broken(null, "checksum".equals(check.problem()) ? Broken.GSTIN_CHECKSUM : Broken.GSTIN);
    }

    /** A valid GSTIN registered in another state: accepted, with a warning. */
    static boolean gstinOtherState(@Nullable String gstin) {
        return gstin != null && IndianFormats.gstin(gstin).otherState();
    }

    /** A GSTIN contains the PAN of its holder (characters 3 to 12). */
    static boolean gstinMatchesPan(@Nullable String gstin, @Nullable String pan) {
        return gstin == null || pan == null || gstin.substring(2, 12).equals(pan);
    }

    /** A bank account number, optional: 9 to 18 digits. */
    static Checked bankAccount(@Nullable String raw) {
        String account = TextInput.blankToNull(raw);
        return account == null || BANK_ACCOUNT.matcher(account).matches()
                ? Checked.ok(account)
                : Checked.broken(account, Broken.BANK_ACCOUNT);
    }

    static Checked ifsc(@Nullable String raw) {
        return optionalCode(raw, IndianFormats::ifsc, Broken.IFSC);
    }

    /** An optional code in its normal form as {@code parse} reads it; one it cannot read is {@code broken}. */
    private static Checked optionalCode(@Nullable String raw, Function<String, Optional<String>> parse, Broken broken) {
        if (TextInput.blankToNull(raw) == null) {
            return Checked.ok(null);
        }
        return parse.apply(Objects.requireNonNull(raw)).map(Checked::ok).orElseGet(() -> Checked.broken(null, broken));
    }

    private static boolean present(@Nullable String text, int maxLength) {
        return text != null && !text.isBlank() && text.strip().length() <= maxLength;
    }
}
