package app.haat.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SmsEncodingTest {

    private static final String BENGALI = "আপনার স্টল বরাদ্দ হয়েছে। মেলা শুরু ১২ ডিসেম্বর, কিয়স্ক ৪।";

    @Test
    void gsmForPlainTextAndItsSymbolsUcs2ForEverythingElse() {
        assertThat(SmsEncoding.encode("Your stall is booked: kiosk 4, 12 Dec.", 1)
                        .dataCoding())
                .isEqualTo((byte) 0);
        assertThat(SmsEncoding.encode("Fee £5 or €6 @ Haat {ok} [x] ^~|\\", 1).dataCoding())
                .isEqualTo((byte) 0);
        assertThat(SmsEncoding.isGsm("Ünïcödé? no: ï is not GSM")).isFalse();
        assertThat(SmsEncoding.isGsm("ÄÖÑÜ§¿äöñüà ΔΦΓΛΩΠΨΣΘΞ ÆæßÉ")).isTrue();
        for (String text : new String[] {"Fee ₹50", "10–12 Dec", "“quoted”", "it’s", BENGALI, "a 😀"}) {
            assertThat(SmsEncoding.encode(text, 1).dataCoding()).as(text).isEqualTo((byte) 8);
            assertThat(SmsEncoding.isGsm(text)).as(text).isFalse();
        }
    }

    @Test
    void gsmIsOneOctetPerCharacterUnpackedWithEscapesForTheExtensionTable() {
        EncodedSms sms = SmsEncoding.encode("@A€{\f", 0);
        assertThat(sms.parts())
                .singleElement()
                .satisfies(part -> assertThat(part).containsExactly(0x00, 0x41, 0x1B, 0x65, 0x1B, 0x28, 0x1B, 0x0A));
        assertThat(sms.concatenated()).isFalse();
    }

    @Test
    void gsmBoundaries() {
        assertThat(single(SmsEncoding.encode("a".repeat(160), 9))).hasSize(160);
        assertThat(SmsEncoding.segments("a".repeat(160))).isEqualTo(1);

        EncodedSms two = SmsEncoding.encode("a".repeat(161), 9);
        assertThat(two.segments()).isEqualTo(2).isEqualTo(SmsEncoding.segments("a".repeat(161)));
        assertThat(two.concatenated()).isTrue();
        assertThat(two.parts().get(0)).hasSize(6 + 153);
        assertThat(two.parts().get(1)).hasSize(6 + 8);

        assertThat(SmsEncoding.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsEncoding.segments("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void extensionCharactersCountTwo() {
        assertThat(SmsEncoding.segments("{".repeat(80))).isEqualTo(1);
        assertThat(single(SmsEncoding.encode("{".repeat(80), 0))).hasSize(160);
        EncodedSms parts = SmsEncoding.encode("{".repeat(81), 0);
        assertThat(parts.segments()).isEqualTo(2).isEqualTo(SmsEncoding.segments("{".repeat(81)));
        assertThat(parts.parts().get(0)).hasSize(6 + 152); // 76 pairs: a 77th would make 154
        assertThat(SmsEncoding.segments("€".repeat(79) + "ab")).isEqualTo(1);
        assertThat(SmsEncoding.segments("€".repeat(80) + "a")).isEqualTo(2);
    }

    @Test
    void anEscapePairIsNeverSplitAcrossParts() {
        String text = "a".repeat(152) + "€" + "b".repeat(20); // the € would take octets 153 and 154
        EncodedSms sms = SmsEncoding.encode(text, 3);
        assertThat(sms.parts().get(0)).hasSize(6 + 152);
        assertThat(sms.parts().get(0)[6 + 151]).isEqualTo((byte) 'a');
        assertThat(Arrays.copyOfRange(sms.parts().get(1), 6, 8)).containsExactly(0x1B, 0x65);
        assertThat(roundTrip(sms)).isEqualTo(text);
    }

    @Test
    void ucs2Boundaries() {
        String seventy = "অ".repeat(70);
        assertThat(single(SmsEncoding.encode(seventy, 0))).hasSize(140);
        assertThat(SmsEncoding.segments(seventy)).isEqualTo(1);

        EncodedSms two = SmsEncoding.encode("অ".repeat(71), 0);
        assertThat(two.segments()).isEqualTo(2).isEqualTo(SmsEncoding.segments("অ".repeat(71)));
        assertThat(two.parts().get(0)).hasSize(6 + 134); // 67 characters
        assertThat(two.parts().get(1)).hasSize(6 + 8);
        assertThat(SmsEncoding.segments("অ".repeat(134))).isEqualTo(2);
        assertThat(SmsEncoding.segments("অ".repeat(135))).isEqualTo(3);
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossParts() {
        String text = "অ".repeat(66) + "😀" + "আ".repeat(10); // the emoji's two units would be the 67th and 68th
        EncodedSms sms = SmsEncoding.encode(text, 5);
        assertThat(sms.parts().get(0)).hasSize(6 + 132);
        byte[] second = sms.parts().get(1);
        assertThat(new String(second, 6, 4, StandardCharsets.UTF_16BE)).isEqualTo("😀");
        assertThat(roundTrip(sms)).isEqualTo(text);
        assertThat(SmsEncoding.segments("a😀")).isEqualTo(1);
        assertThat(single(SmsEncoding.encode("😀".repeat(35), 0))).hasSize(140); // two units each
    }

    @Test
    void concatenationHeaderCarriesReferenceTotalAndSequence() {
        EncodedSms sms = SmsEncoding.encode("আ".repeat(150), 0x1A7); // only the low 8 bits go in the header
        assertThat(sms.segments()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(Arrays.copyOf(sms.parts().get(i), 6)).containsExactly(0x05, 0x00, 0x03, 0xA7, 3, i + 1);
        }
    }

    @Test
    void decodesWhatItEncodes() {
        String gsm = "Hello @ £1 €2 {x} [y] ~|^\\ ΔΩ äöü\nline\f" + "z".repeat(300);
        String bengali = (BENGALI + " ").repeat(5);
        for (String text : new String[] {gsm, bengali, "short", "", "₹ 50 – “ok”"}) {
            assertThat(roundTrip(SmsEncoding.encode(text, 42))).as(text).isEqualTo(text);
        }
        assertThat(SmsEncoding.decode((byte) 8, "কিয়স্ক".getBytes(StandardCharsets.UTF_16BE), false))
                .isEqualTo("কিয়স্ক");
    }

    @Test
    void refusesNullsAndTooManyParts() {
        assertThatThrownBy(() -> SmsEncoding.encode(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SmsEncoding.segments(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SmsEncoding.isGsm(null)).isInstanceOf(NullPointerException.class);
        assertThat(SmsEncoding.encode("x".repeat(255 * 153), 1).segments()).isEqualTo(255);
        assertThatThrownBy(() -> SmsEncoding.encode("x".repeat(255 * 153 + 1), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("256 SMS parts");
        assertThatThrownBy(() -> SmsEncoding.decode((byte) 4, new byte[] {1}, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] single(EncodedSms sms) {
        assertThat(sms.segments()).isEqualTo(1);
        assertThat(sms.concatenated()).isFalse();
        return sms.parts().get(0);
    }

    private static String roundTrip(EncodedSms sms) {
        StringBuilder text = new StringBuilder();
        for (byte[] part : sms.parts()) {
            text.append(SmsEncoding.decode(sms.dataCoding(), part, sms.concatenated()));
        }
        return text.toString();
    }
}
