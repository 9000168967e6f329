package app.haat.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static OffsetDateTime india(int hour, int minute) {
        return OffsetDateTime.of(2026, 12, 2, hour, minute, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    }

    @Test
    void theDefaultNightCrossesMidnightInIndiaTime() {
        QuietHours night = QuietHours.parse("21:00-09:00");
        assertThat(night.isQuiet(india(20, 59))).isFalse();
        assertThat(night.isQuiet(india(21, 0))).isTrue();
        assertThat(night.isQuiet(india(2, 30))).isTrue();
        assertThat(night.isQuiet(india(8, 59))).isTrue();
        assertThat(night.isQuiet(india(9, 0))).isFalse();
        // 16:00 UTC is 21:30 in India
        assertThat(night.isQuiet(OffsetDateTime.of(2026, 12, 2, 16, 0, 0, 0, ZoneOffset.UTC)))
                .isTrue();
    }

    @Test
    void aSpanWithinOneDayAndNoneAtAll() {
        QuietHours lunch = QuietHours.parse("13:00-14:00");
        assertThat(lunch.isQuiet(india(13, 30))).isTrue();
        assertThat(lunch.isQuiet(india(14, 0))).isFalse();
        assertThat(QuietHours.parse("").isQuiet(india(23, 0))).isFalse();
    }

    @Test
    void aBadSettingIsRefusedWithItsName() {
        assertThatThrownBy(() -> QuietHours.parse("9pm to 9am")).hasMessageContaining("haat.sms.quiet-hours");
    }
}
