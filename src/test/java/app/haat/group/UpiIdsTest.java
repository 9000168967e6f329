package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a UPI ID may be, what it is stored as, the reason for each refusal, and the payment link the QR code holds. */
class UpiIdsTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "nameless@okaxis|nameless@okaxis",
                "'  Nameless@OKAXIS  '|nameless@okaxis",
                "rina.das-1_shg@okhdfcbank|rina.das-1_shg@okhdfcbank",
                "9800000001@ybl|9800000001@ybl",
                // Bengali digits typed on a Bengali keyboard are read as the same digits
                "৯৮০০০০০০০১@ybl|9800000001@ybl",
                "ab@paytm2|ab@paytm2",
                // blank removes the ID
                "''|NULL",
                "'   '|NULL",
            })
    void aValidIdIsStoredLowerCase(String typed, String stored) {
        UpiIds.Checked checked = UpiIds.check(typed);
        assertThat(checked.error()).isEmpty();
        assertThat(checked.value()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name less@okaxis|group.error.upiSpaces",
                "nameless @okaxis|group.error.upiSpaces",
                "nameless@ok axis|group.error.upiSpaces",
                "name@less@okaxis|group.error.upiAt",
                "nameless@@okaxis|group.error.upiAt",
                "nameless.okaxis|group.error.upiAt",
                "রিনা@okaxis|group.error.upiAscii",
                "nameless@ওকেঅ্যাক্সিস|group.error.upiAscii",
                "n@okaxis|group.error.upiHandle",
                ".nameless@okaxis|group.error.upiHandle",
                "name+less@okaxis|group.error.upiHandle",
                "@okaxis|group.error.upiHandle",
                "nameless@|group.error.upiPsp",
                "nameless@ok.axis|group.error.upiPsp",
                "nameless@1axis|group.error.upiPsp",
                "nameless@o|group.error.upiPsp",
            })
    void aBrokenIdIsRefusedWithItsReason(String typed, String key) {
        UpiIds.Checked checked = UpiIds.check(typed);
        assertThat(checked.value()).isNull();
        assertThat(checked.error()).contains(key);
    }

    @Test
    void lengthLimits() {
        String handle = "a".repeat(UpiIds.MAX_HANDLE);
        String psp = "b".repeat(UpiIds.MAX_PSP);
        assertThat(UpiIds.check(handle + "@" + psp).value()).isEqualTo(handle + "@" + psp);
        assertThat(UpiIds.check(handle + "a@" + psp).error()).isEqualTo(Optional.of("group.error.upiLong"));
        assertThat(UpiIds.check(handle + "a@ybl").error()).isEqualTo(Optional.of("group.error.upiHandle"));
        assertThat(UpiIds.check("ab@" + psp + "b").error()).isEqualTo(Optional.of("group.error.upiPsp"));
        assertThat(UpiIds.check("x".repeat(200)).error()).isEqualTo(Optional.of("group.error.upiAt"));
    }

    @Test
    void everyReasonIsInBothLanguages() throws IOException {
        for (String language : new String[] {"en", "bn"}) {
            Properties bundle = new Properties();
            try (Reader in = new InputStreamReader(
                    UpiIdsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (String reason : new String[] {"Spaces", "At", "Ascii", "Long", "Handle", "Psp"}) {
                assertThat(bundle.getProperty("group.error.upi" + reason))
                        .as(language + " " + reason)
                        .isNotBlank();
            }
        }
    }

    @Test
    void thePaymentLinkEncodesTheNameAsUtf8() {
        assertThat(UpiIds.paymentLink("nameless@okaxis", "Maa Durga & Sons"))
                .isEqualTo("upi://pay?pa=nameless@okaxis&pn=Maa%20Durga%20%26%20Sons&cu=INR");
        assertThat(UpiIds.paymentLink("9800000001@ybl", "মা দুর্গা & কন্যা"))
                .isEqualTo("upi://pay?pa=9800000001@ybl&pn=%E0%A6%AE%E0%A6%BE%20%E0%A6%A6%E0%A7%81%E0%A6%B0%E0%A7%8D"
                        + "%E0%A6%97%E0%A6%BE%20%26%20%E0%A6%95%E0%A6%A8%E0%A7%8D%E0%A6%AF%E0%A6%BE&cu=INR");
    }
}
