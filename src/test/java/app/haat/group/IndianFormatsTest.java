package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndianFormatsTest {

    @ParameterizedTest
    @CsvSource({
        "9830012345,9830012345",
        "+91 98300 12345,9830012345",
        "09830012345,9830012345",
        "919830012345,9830012345",
        "98300-12345,9830012345",
        "6000000000,6000000000"
    })
    void acceptsMobileNumbersAsPeopleWriteThem(String input, String expected) {
        assertThat(IndianFormats.mobile(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"983001234", "5830012345", "98300123456", "+1 9830012345", "98300abcde", ""})
    void refusesWhatIsNotAMobileNumber(String input) {
        assertThat(IndianFormats.mobile(input)).isEmpty();
    }

    @Test
    void panAndIfscAreCheckedExactly() {
        assertThat(IndianFormats.pan(" abcde1234f ")).contains("ABCDE1234F");
        assertThat(IndianFormats.pan("ABCD1234F")).isEmpty();
        assertThat(IndianFormats.pan("ABCDE12345")).isEmpty();
        assertThat(IndianFormats.ifsc("sbin0001234")).contains("SBIN0001234");
        assertThat(IndianFormats.ifsc("SBIN1001234")).isEmpty(); // the fifth character must be 0
        assertThat(IndianFormats.westBengalPin("700064")).contains("700064");
        assertThat(IndianFormats.westBengalPin("110001")).isEmpty();
    }

    @Test
    void gstinCheckCharacterFollowsThePublishedAlgorithm() {
        // published examples from other states: valid, and flagged as not West Bengal
        IndianFormats.GstinCheck maharashtra = IndianFormats.gstin("27AAPFU0939F1ZV");
        assertThat(maharashtra.valid()).isTrue();
        assertThat(maharashtra.otherState()).isTrue();
        assertThat(IndianFormats.gstin("29AAGCB7383J1Z4").valid()).isTrue();

        String westBengal = "19ABCDE1234F1Z" + IndianFormats.gstinCheckCharacter("19ABCDE1234F1Z");
        assertThat(IndianFormats.gstin(westBengal.toLowerCase()).valid()).isTrue();
        assertThat(IndianFormats.gstin(westBengal).otherState()).isFalse();

        IndianFormats.GstinCheck wrong = IndianFormats.gstin("27AAPFU0939F1ZW");
        assertThat(wrong.valid()).isFalse();
        assertThat(wrong.problem()).isEqualTo("checksum");
        assertThat(IndianFormats.gstin("27AAPFU0939F1XV").problem()).isEqualTo("shape");
        assertThat(IndianFormats.gstin(null).valid()).isFalse();
    }

    /** The numbers a centre's case obtains (#23): Udyam, FSSAI, UPI ID, GST enrolment number. */
    @Test
    void registrationNumbersAreReadInTheirNormalFormOrRefused() {
        assertThat(IndianFormats.udyam(" udyam-wb-০৫-০০১২৩৪৫ ")).contains("UDYAM-WB-05-0012345");
        assertThat(IndianFormats.udyam("UDYAM-XX-05-0012345")).isEmpty(); // no such state
        assertThat(IndianFormats.udyam("UDYAM-WB-5-0012345")).isEmpty();
        assertThat(IndianFormats.udyam("UDYAM-WB-05-001234")).isEmpty();
        assertThat(IndianFormats.fssai("228 1901 2000 123")).contains("22819012000123");
        assertThat(IndianFormats.fssai("2281901200012")).isEmpty();
        assertThat(IndianFormats.fssai("2281901200012A")).isEmpty();
        assertThat(IndianFormats.gstEnrolment("enr/19/000123")).contains("ENR/19/000123");
        assertThat(IndianFormats.gstEnrolment("E12")).isEmpty();
        assertThat(IndianFormats.gstEnrolment("ENR#19")).isEmpty();
    }
}
