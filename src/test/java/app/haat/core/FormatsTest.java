package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0",
                "7|7",
                "999|999",
                "1000|1,000",
                "12345|12,345",
                "100000|1,00,000",
                "1234567|12,34,567",
                "68000|68,000",
                "100000000|10,00,00,000",
                "-1500|-1,500"
            })
    void groupsDigitsTheIndianWay(long value, String expected) {
        assertThat(Formats.number(value)).isEqualTo(expected);
    }

    @Test
    void writesDatesDayFirst() {
        assertThat(Formats.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        // 20:00 UTC is already the next day in India
        assertThat(Formats.dateTime(OffsetDateTime.of(2026, 3, 9, 20, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("10/03/2026 01:30");
    }
}
