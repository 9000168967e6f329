package app.haat.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What people type, in both digit styles, read once for every field of the portal. */
class TypedValuesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12|12",
                "১২|12",
                " ১২ |12",
                "0|0",
                "007|7",
                "1,200|1200",
                "১,২০০|1200",
                "1,00,000|100000",
                "১,০০,০০০|100000",
                "100000|100000",
                "১2|12",
                "999999999|999999999"
            })
    void wholeNumbersInEitherDigits(String typed, long expected) {
        assertThat(TypedValues.wholeNumber(typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-3|typed.error.negative",
                "−3|typed.error.negative",
                "1.5|typed.error.number",
                "twelve|typed.error.number",
                "১২টি|typed.error.number",
                "1,2,3|typed.error.number",
                ",12|typed.error.number",
                "1 200|typed.error.number",
                "1000000000|typed.error.tooLarge",
                "99999999999999999999|typed.error.tooLarge"
            })
    void wholeNumbersRefusedWithTheirReason(String typed, String reason) {
        assertThat(TypedValues.wholeNumber(typed).refusal()).isEqualTo(reason);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0"})
    void blankIsNoValueNotARefusal(String typed) {
        assertThat(TypedValues.wholeNumber(typed).isBlank()).isTrue();
        assertThat(TypedValues.rupees(typed).isBlank()).isTrue();
        assertThat(TypedValues.decimal(typed).isBlank()).isTrue();
        assertThat(TypedValues.date(typed).isBlank()).isTrue();
        assertThat(TypedValues.time(typed).isBlank()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2500|2500",
                "২৫০০|2500",
                "₹2,500|2500",
                "₹ ২,৫০০|2500",
                "২,৫০০ টাকা|2500",
                "Rs. 1,00,000|100000",
                "rs 3900|3900",
                "INR 3900|3900",
                "3900/-|3900",
                "2500.00|2500",
                "২৫০০.০০|2500",
                "0|0"
            })
    void rupeesWithSignsAndGrouping(String typed, long expected) {
        assertThat(TypedValues.rupees(typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2500.50|typed.error.paise",
                "-200|typed.error.negative",
                "₹-200|typed.error.negative",
                "two thousand|typed.error.money",
                "$2500|typed.error.money",
                "25,00,0|typed.error.money",
                "₹|typed.error.money",
                "99,99,99,99,999|typed.error.tooLarge"
            })
    void rupeesRefusedWithTheirReason(String typed, String reason) {
        assertThat(TypedValues.rupees(typed).refusal()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2.5|2.5", "২.৫|2.5", "3|3", "০.৭৫|0.75", "12.0|12.0"})
    void decimals(String typed, String expected) {
        assertThat(TypedValues.decimal(typed).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1,5|typed.error.number",
                "1.2.3|typed.error.number",
                "-1|typed.error.negative",
                "abc|typed.error.number",
                "1234567890|typed.error.tooLarge"
            })
    void decimalsRefused(String typed, String reason) {
        assertThat(TypedValues.decimal(typed).refusal()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "15/12/2026|2026-12-15",
                "১৫/১২/২০২৬|2026-12-15",
                "5/1/2027|2027-01-05",
                "৫/১/২০২৭|2027-01-05",
                "05-01-2027|2027-01-05",
                "05.01.2027|2027-01-05",
                "০৫.০১.২০২৭|2027-01-05",
                "5/1/27|2027-01-05",
                " 15 / 12 / 2026 |2026-12-15",
                "2026-12-15|2026-12-15",
                "29/02/2028|2028-02-29"
            })
    void datesDayFirst(String typed, LocalDate expected) {
        assertThat(TypedValues.date(typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "31/02/2027|typed.error.noSuchDay",
                "29/02/2027|typed.error.noSuchDay",
                "১৫/১৩/২০২৬|typed.error.noSuchDay",
                "0/1/2027|typed.error.noSuchDay",
                "15/12|typed.error.date",
                "15/12-2026|typed.error.date",
                "tomorrow|typed.error.date",
                "15122026|typed.error.date",
                "15/12/202|typed.error.date"
            })
    void datesRefusedWithTheirReason(String typed, String reason) {
        assertThat(TypedValues.date(typed).refusal()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "14:00|14:00",
                "১৪:০০|14:00",
                "9:30|09:30",
                "৯:৩০|09:30",
                "09:30|09:30",
                "14.30|14:30",
                "১৪.৩০|14:30",
                "14 30|14:30",
                "1400|14:00",
                "930|09:30",
                "9|09:00",
                "০|00:00",
                "2:00 PM|14:00",
                "2:00 pm|14:00",
                "2:00PM|14:00",
                "2 p.m.|14:00",
                "২:০০ PM|14:00",
                "২:০০ অপরাহ্ণ|14:00",
                "২:০০ অপরাহ্ন|14:00",
                "১০:১৫ পূর্বাহ্ণ|10:15",
                "10:15 AM|10:15",
                "12:00 AM|00:00",
                "12:30 PM|12:30",
                "12 পূর্বাহ্ণ|00:00",
                "23:59|23:59",
                "০০:০০|00:00"
            })
    void timesOnEitherClock(String typed, LocalTime expected) {
        assertThat(TypedValues.time(typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "24:00|typed.error.noSuchTime",
                "১৪:৬০|typed.error.noSuchTime",
                "13:00 PM|typed.error.noSuchTime",
                "0:30 AM|typed.error.noSuchTime",
                "২৫|typed.error.noSuchTime",
                "2:0|typed.error.time",
                "two o'clock|typed.error.time",
                "14:00:00:00|typed.error.time",
                "PM|typed.error.time",
                "12345|typed.error.time"
            })
    void timesRefusedWithTheirReason(String typed, String reason) {
        assertThat(TypedValues.time(typed).refusal()).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"14:00", "১৪:০০", "2:00 PM", "২:০০ PM", "২:০০ অপরাহ্ণ", "1400", "১৪০০", "14.00", "১৪.০০"})
    void everyWayOfWritingTwoInTheAfternoonIsTheSameTime(String typed) {
        assertThat(TypedValues.time(typed).value()).isEqualTo(LocalTime.of(14, 0));
    }

    @org.junit.jupiter.api.Test
    void writtenInTheReadersDigitsAndReadBackTheSame() {
        LocalDate day = LocalDate.of(2026, 12, 5);
        LocalTime time = LocalTime.of(9, 5);
        assertThat(TypedValues.date(day, true)).isEqualTo("০৫/১২/২০২৬");
        assertThat(TypedValues.date(day, false)).isEqualTo("05/12/2026");
        assertThat(TypedValues.time(time, true)).isEqualTo("০৯:০৫");
        assertThat(TypedValues.time(LocalTime.of(14, 30), false)).isEqualTo("14:30");
        assertThat(TypedValues.number(100000, true)).isEqualTo("১,০০,০০০");
        assertThat(TypedValues.number(2500, false)).isEqualTo("2,500");
        assertThat(TypedValues.decimal(new BigDecimal("2.50"), true)).isEqualTo("২.৫");
        for (boolean bengali : new boolean[] {true, false}) {
            assertThat(TypedValues.date(TypedValues.date(day, bengali)).value()).isEqualTo(day);
            assertThat(TypedValues.time(TypedValues.time(time, bengali)).value())
                    .isEqualTo(time);
            assertThat(TypedValues.wholeNumber(TypedValues.number(100000, bengali))
                            .value())
                    .isEqualTo(100000L);
            assertThat(TypedValues.rupees("₹" + TypedValues.number(3900, bengali))
                            .value())
                    .isEqualTo(3900L);
        }
    }
}
