package app.haat.core.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The field every number, rupee, date and time goes through: read on the server, shown in the reader's digits. */
class TypedFieldTest extends ViewTest {

    private void in(Locale language) {
        UI.getCurrent().setLocale(language);
    }

    @Test
    void aTimeTypedInBengaliIsReadAndShownOnThe24HourClockInBengaliDigits() {
        in(Translator.BENGALI);
        TypedField<LocalTime> time = TypedField.time("শুরুর সময়").required();
        assertThat(time.getElement().getAttribute("inputmode")).isEqualTo("numeric");
        assertThat(time.getPlaceholder()).isEqualTo("১৪:৩০");
        for (String typed : new String[] {"২:০০ অপরাহ্ণ", "২:০০ PM", "14:00", "১৪:০০", "2:00 PM", "১৪০০"}) {
            setAsUser(time, typed);
            assertThat(time.isInvalid()).as(typed).isFalse();
            assertThat(time.typed()).as(typed).isEqualTo(LocalTime.of(14, 0));
            assertThat(time.getValue()).as(typed).isEqualTo("১৪:০০");
        }
    }

    @Test
    void inEnglishTheSameTextsAreShownInLatinDigits() {
        in(Translator.ENGLISH);
        TypedField<LocalTime> time = TypedField.time("Start time");
        setAsUser(time, "২:০০ অপরাহ্ণ");
        assertThat(time.getValue()).isEqualTo("14:00");
        TypedField<LocalDate> day = TypedField.date("First day");
        setAsUser(day, "৫/১/২০৩০");
        assertThat(day.getValue()).isEqualTo("05/01/2030");
        assertThat(day.typed()).isEqualTo(LocalDate.of(2030, 1, 5));
        TypedField<Integer> rupees = TypedField.rupees("Amount");
        setAsUser(rupees, "৩৯০০");
        assertThat(rupees.getValue()).isEqualTo("3,900");
        assertThat(rupees.typed()).isEqualTo(3900);
    }

    @Test
    void bengaliDigitsAreNotDroppedFromNumbers() {
        in(Translator.BENGALI);
        TypedField<Integer> members = TypedField.wholeNumber("সদস্য").range(5, 20);
        setAsUser(members, "১২");
        assertThat(members.typed()).isEqualTo(12);
        assertThat(members.getValue()).isEqualTo("১২");
        TypedField<Integer> rupees = TypedField.rupees("টাকা");
        setAsUser(rupees, "₹3,900");
        assertThat(rupees.getValue()).isEqualTo("৩,৯০০");
        TypedField<BigDecimal> width = TypedField.decimal("চওড়া");
        assertThat(width.getElement().getAttribute("inputmode")).isEqualTo("decimal");
        setAsUser(width, "২.৫");
        assertThat(width.typed()).isEqualByComparingTo("2.5");
    }

    @Test
    void aRefusalSaysTheRealReasonOnTheFieldAndInTheNotification() {
        in(Translator.ENGLISH);
        TypedField<LocalTime> time = TypedField.time("Start time").required();
        TypedField<LocalDate> day = TypedField.date("First day").required();
        TypedField<Integer> seats = TypedField.wholeNumber("Seats").range(1, 30);
        setAsUser(time, "25:00");
        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).startsWith("There is no such time");
        assertThat(time.getValue()).isEqualTo("25:00"); // left as typed, to be corrected
        setAsUser(day, "31/02/2030");
        assertThat(day.getErrorMessage()).startsWith("There is no such day");
        setAsUser(seats, "40");
        assertThat(seats.getErrorMessage()).isEqualTo("Type a number from 1 to 30.");
        assertThat(TypedField.valid(time, day, seats)).isFalse();
        expectNotifications(
                "Start time: There is no such time: hours 0 to 23 (1 to 12 with AM or PM), minutes 0 to 59.");
        assertThatThrownBy(time::value)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("typed.error.noSuchTime"));
    }

    @Test
    void aBlankRequiredTimeIsRefusedNeverInvented() {
        in(Translator.BENGALI);
        TypedField<LocalTime> time = TypedField.time("শুরুর সময়").required();
        assertThat(TypedField.valid(time)).isFalse();
        expectNotifications("শুরুর সময়: সময় লিখুন, যেমন ১৪:৩০।");
        assertThat(time.typed()).isNull();
        assertThatThrownBy(time::value).isInstanceOf(ValidationException.class);
        TypedField<Integer> optional = TypedField.wholeNumber("সংখ্যা");
        assertThat(TypedField.valid(optional)).isTrue();
        expectNoNotifications();
        assertThat(optional.typed()).isNull();
    }

    @Test
    void aDateOutOfItsRangeSaysTheLimitInTheReadersDigits() {
        in(Translator.BENGALI);
        TypedField<LocalDate> day = TypedField.date("দিন").range(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
        setAsUser(day, "1/1/2031");
        assertThat(day.getErrorMessage()).isEqualTo("০১/০১/২০৩০ থেকে ৩১/১২/২০৩০-এর মধ্যে একটি দিন লিখুন।");
        day.show(LocalDate.of(2030, 6, 15));
        assertThat(day.getValue()).isEqualTo("১৫/০৬/২০৩০");
        assertThat(day.isInvalid()).isFalse();
    }
}
