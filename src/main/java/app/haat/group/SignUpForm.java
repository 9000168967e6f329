package app.haat.group;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a group leader enters on the sign-up page. */
public record SignUpForm(
        String groupName,
        @Nullable Long municipalityId,
        String ward,
        Integer memberCount,
        String leaderName,
        String mobile,
        @Nullable String password,
        @Nullable String email,
        boolean consent,
        Set<String> categories,
        String language) {}
