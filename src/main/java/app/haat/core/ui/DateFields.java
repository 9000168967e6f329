package app.haat.core.ui;

import app.haat.core.i18n.Translator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.List;

/** Date fields as Haat writes dates everywhere: dd/MM/yyyy, weeks from Monday, month names in the reader's language. */
public final class DateFields {

    private static final List<String> MONTHS_BN = List.of(
            "জানুয়ারি",
            "ফেব্রুয়ারি",
            "মার্চ",
            "এপ্রিল",
            "মে",
            "জুন",
            "জুলাই",
            "আগস্ট",
            "সেপ্টেম্বর",
            "অক্টোবর",
            "নভেম্বর",
            "ডিসেম্বর");
    private static final List<String> WEEKDAYS_BN =
            List.of("রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার");
    private static final List<String> WEEKDAYS_SHORT_BN = List.of("রবি", "সোম", "মঙ্গল", "বুধ", "বৃহঃ", "শুক্র", "শনি");

    private DateFields() {}

    public static DatePicker.DatePickerI18n i18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        UI ui = UI.getCurrent();
        if (ui != null && Translator.BENGALI.equals(Translator.supported(ui.getLocale()))) {
            i18n.setMonthNames(MONTHS_BN);
            i18n.setWeekdays(WEEKDAYS_BN);
            i18n.setWeekdaysShort(WEEKDAYS_SHORT_BN);
            i18n.setToday(ui.getTranslation("date.today"));
            i18n.setCancel(ui.getTranslation("action.cancel"));
        }
        return i18n;
    }

    public static void apply(DatePicker field) {
        field.setI18n(i18n());
    }

    public static void apply(DateTimePicker field) {
        field.setDatePickerI18n(i18n());
    }
}
