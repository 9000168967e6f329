package app.haat.user;

import static app.haat.core.data.TextInput.blankToNull;

import app.haat.core.api.InputRules;
import app.haat.core.data.TextInput;
import app.haat.core.security.Role;
import app.haat.region.CentreDirectoryService;
import app.haat.region.RegionService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The checks of an account's profile (role, municipalities, name, e-mail, language), shared by create and update. */
final class UserProfileRules {

    private UserProfileRules() {}

    /** Adds the profile's mistakes to {@code errors}; answers its municipalities (empty if they were unreadable). */
    static Set<Long> check(UserForm form, RegionService regions, List<String> errors) {
        if (form.municipalityIds() != null && !InputRules.hasNoNulls(form.municipalityIds())) {
            errors.add("user.error.municipalityUnknown");
            return Set.of();
        }
        Set<Long> municipalities = form.municipalityIds() == null ? Set.of() : new TreeSet<>(form.municipalityIds());
        InputRules.checkSingleLine(errors, form.displayName(), form.email());
        if (form.role() == null) {
            errors.add("user.error.role");
            return municipalities;
        }
        if (form.role() == Role.SHG) {
            errors.add("user.error.groupRole");
        }
        if (form.role() == Role.MUNICIPAL_OFFICER && municipalities.isEmpty()) {
            errors.add("user.error.municipalitiesRequired");
        }
        if (form.role() != Role.MUNICIPAL_OFFICER && !municipalities.isEmpty()) {
            errors.add("user.error.municipalitiesOnlyOfficers");
        }
        if (!regions.allExist(municipalities)) {
            errors.add("user.error.municipalityUnknown");
        }
        String email = blankToNull(form.email());
        if (email != null && !TextInput.isEmailAddress(email)) {
            errors.add("user.error.email");
        }
        if (form.displayName() != null && form.displayName().strip().length() > UserService.MAX_DISPLAY_NAME) {
            errors.add("user.error.displayName");
        }
        if (form.language() != null
                && !form.language().isBlank()
                && !"en".equals(form.language())
                && !"bn".equals(form.language())) {
            errors.add("user.error.language");
        }
        return municipalities;
    }

    /**
     * The centre of a staff account: the one chosen, or the Salt Lake centre when none is; other roles have none, and
     * choosing one for them is a mistake, as is a centre that does not exist.
     */
    static @Nullable Long centre(UserForm form, CentreDirectoryService centres, List<String> errors) {
        Long chosen = form.centreId();
        if (form.role() != Role.CENTRE_STAFF) {
            if (chosen != null) {
                errors.add("user.error.centreOnlyStaff");
            }
            return null;
        }
        if (chosen == null) {
            return centres.saltLake();
        }
        if (centres.centre(chosen).isEmpty()) {
            errors.add("user.error.centreUnknown");
        }
        return chosen;
    }

    /** An account's mobile number, chosen channels and whether its sign-in asks for a code, as stored. */
    record Reach(@Nullable String mobile, boolean bySms, boolean byEmail, boolean secondFactor) {
        @Override
        public String toString() {
            return "mobile=" + mobile + ", sms=" + bySms + ", email=" + byEmail + ", secondFactor=" + secondFactor;
        }
    }

    /**
     * The mobile number (Latin or Bengali digits) and channels of the form; a channel chosen without its address is
     * a mistake, an unset choice takes the default: SMS when there is a mobile, e-mail when there is an address. A
     * code after the password is for admin accounts with a mobile number only.
     */
    static Reach reach(UserForm form, List<String> errors) {
        String typed = blankToNull(form.mobile());
        String mobile = typed == null ? null : TextInput.indianMobile(typed).orElse(null);
        if (typed != null && mobile == null) {
            errors.add("user.error.mobile");
        }
        boolean hasEmail = blankToNull(form.email()) != null;
        if (Boolean.TRUE.equals(form.bySms()) && mobile == null && typed == null) {
            errors.add("user.error.smsNeedsMobile");
        }
        if (Boolean.TRUE.equals(form.byEmail()) && !hasEmail) {
            errors.add("user.error.emailNeedsAddress");
        }
        boolean bySms = form.bySms() == null ? mobile != null : form.bySms() && mobile != null;
        boolean byEmail = form.byEmail() == null ? hasEmail : form.byEmail() && hasEmail;
        boolean secondFactor = Boolean.TRUE.equals(form.secondFactor());
        if (secondFactor && form.role() != null && form.role() != Role.STATE_ADMIN) {
            errors.add("user.error.secondFactorAdminsOnly");
        } else if (secondFactor && mobile == null && typed == null) {
            errors.add("user.error.secondFactorNeedsMobile");
        }
        return new Reach(mobile, bySms, byEmail, secondFactor);
    }
}
