package app.haat.group;

import java.util.Set;

/** What a group leader enters on the sign-up page. */
public record SignUpForm(String groupName, Long municipalityId, String ward, Integer memberCount, String leaderName,
                         String mobile, String password, String email, boolean consent, Set<String> categories,
                         String language) {
}
