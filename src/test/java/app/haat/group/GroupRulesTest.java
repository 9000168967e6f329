package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.data.TextInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The group field rules and the masking rule, the same for every path that uses them. */
class GroupRulesTest {

    @Test
    void eachBrokenRuleHasTheFormKeyAndTheImportKeyOfItsPath() {
        assertThat(GroupRules.name(" ")).contains(GroupRules.Broken.NAME_MISSING);
        assertThat(GroupRules.name("x".repeat(GroupRules.MAX_NAME + 1))).contains(GroupRules.Broken.NAME_TOO_LONG);
        assertThat(GroupRules.name(" " + "x".repeat(GroupRules.MAX_NAME) + " ")).isEmpty();
        assertThat(GroupRules.members(0)).contains(GroupRules.Broken.MEMBERS);
        assertThat(GroupRules.members(100)).isEmpty();
        assertThat(GroupRules.Broken.NAME_TOO_LONG.formKey).isEqualTo("group.error.nameLong");
        assertThat(GroupRules.Broken.NAME_TOO_LONG.rowKey).isEqualTo("import.row.nameTooLong");
        assertThat(GroupRules.Broken.EMAIL.formKey).isEqualTo("user.error.email");
    }

    @Test
    void aBrokenTextIsKeptForTheChecksThatFollowAndABrokenNumberIsNot() {
        GroupRules.Checked email = GroupRules.email("  nope ");
        assertThat(email.value()).isEqualTo("nope");
        assertThat(email.broken()).contains(GroupRules.Broken.EMAIL);
        assertThat(GroupRules.mobile("12345").value()).isNull();
        assertThat(GroupRules.mobile("+91 98300 12345").value()).isEqualTo("9830012345");
        assertThat(GroupRules.email(" ").broken()).isEqualTo(Optional.empty());
        String longest = "a@" + "b".repeat(TextInput.MAX_EMAIL - 6) + ".org";
        assertThat(GroupRules.email(longest).broken()).isEmpty();
        assertThat(GroupRules.email("a" + longest).broken()).contains(GroupRules.Broken.EMAIL);
    }

    @Test
    void maskingShowsTheLastFourAndPhonesKeepTheirOutput() {
        assertThat(Masking.phone("9830012345")).isEqualTo("******2345");
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.lastFour("ABCDE1234F")).isEqualTo("******234F");
        assertThat(Masking.lastFour("1234")).isEqualTo("****");
        assertThat(Masking.lastFour(null)).isNull();
    }
}
