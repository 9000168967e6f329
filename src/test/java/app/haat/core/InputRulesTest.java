package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.InputRules;
import app.haat.core.api.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for what a name, title or description may hold, and for dates and lists from clients. */
class InputRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rina Das",
                "কারিগর গোষ্ঠী",
                "স্বনির্ভর\u200Cগোষ্ঠী",
                "ক্\u200Dষ",
                "Maa Durga (Unit-2) #7",
                "😀",
                ""
            })
    void realNamesAreOneLine(String name) {
        assertThat(InputRules.isSingleLine(name)).isTrue();
        assertThat(InputRules.isMultiLine(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\nb",
                "a\rb",
                "a\tb",
                "a\u0000b",
                "a\u001b[31mb",
                "a\u007Fb",
                "a\u0085b",
                "a\u2028b",
                "a\u2029b",
                "a\u202Eb",
                "a\u2066b"
            })
    void controlCharactersAreNotOneLine(String name) {
        assertThat(InputRules.isSingleLine(name)).isFalse();
        List<String> errors = new ArrayList<>();
        InputRules.checkSingleLine(errors, "fine", name, name);
        assertThat(errors).containsExactly(InputRules.SINGLE_LINE);
        assertThatThrownBy(() -> InputRules.requireSingleLine(name)).isInstanceOf(ValidationException.class);
    }

    @Test
    void descriptionsKeepTheirLineBreaksButNoOtherControls() {
        assertThat(InputRules.isMultiLine("Kantha stitch\r\nIndigo\tdye")).isTrue();
        for (String bad : Arrays.asList("a\u0000b", "a\u0007b", "a\u202Eb", "a\u009Bb")) {
            assertThat(InputRules.isMultiLine(bad)).as(bad).isFalse();
        }
        List<String> errors = new ArrayList<>();
        InputRules.checkMultiLine(errors, "a\u0000b");
        assertThat(errors).containsExactly(InputRules.CONTROL_CHARACTERS);
        assertThat(InputRules.isSingleLine(null)).isTrue();
    }

    @Test
    void datesAreInYearsThePortalCanMean() {
        assertThat(InputRules.isPlausible(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(InputRules.isPlausible(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(InputRules.isPlausible(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(InputRules.isPlausible(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(InputRules.isPlausible(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(InputRules.isPlausible(LocalDate.MAX)).isFalse();
        assertThat(InputRules.isPlausible(LocalDate.MIN)).isFalse();
        assertThat(InputRules.isPlausible(null)).isFalse();
    }

    @Test
    void listsFromClientsHoldNoNulls() {
        assertThat(InputRules.hasNoNulls(List.of(1L, 2L))).isTrue();
        assertThat(InputRules.hasNoNulls(List.of())).isTrue();
        assertThat(InputRules.hasNoNulls(Arrays.asList(1L, null))).isFalse();
        assertThat(InputRules.hasNoNulls(null)).isFalse();
    }
}
