package app.haat.user;

import static app.haat.core.data.TextInput.blankToNull;

import app.haat.core.api.InputRules;
import app.haat.core.data.TextInput;
import app.haat.core.security.Role;
import app.haat.region.RegionService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
}
