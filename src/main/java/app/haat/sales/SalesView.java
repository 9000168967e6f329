package app.haat.sales;

import app.haat.core.i18n.Formats;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A stand's daily sales, on the group's phone: each day so far with its figures, or marked late when missing, and a
 * short form for a day. Officers enter figures on the group's behalf and check the group in as present or absent.
 */
@Route("sales")
@RolesAllowed({Role.GROUP, Role.OFFICER, Role.ADMIN, Role.STAFF})
public class SalesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SalesService sales;
    private final boolean officer;
    private long applicationId;

    public SalesView(SalesService sales, CurrentUser currentUser) {
        this.sales = sales;
        this.officer = !currentUser.hasRole(Role.SHG);
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        applicationId = id;
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("sales.title")));
        List<SalesService.Day> days = sales.days(applicationId);
        addReportForm(days);
        add(new H3(getTranslation("sales.days")));
        if (days.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sales.notYet"));
            none.addClassName("haat-empty");
            add(none);
        }
        for (SalesService.Day d : days) {
            add(dayLine(d));
        }
    }

    /** A day's figures: the first missing day is proposed, else the latest; no day before the first or after today. */
    private void addReportForm(List<SalesService.Day> days) {
        TypedField<LocalDate> day = dayField(days);
        TypedField<Integer> amount =
                TypedField.rupees(getTranslation("sales.amount")).required();
        amount.setId("sales-amount");
        TypedField<Integer> cash = TypedField.rupees(getTranslation("sales.cash"));
        cash.setId("sales-cash");
        TypedField<Integer> upi = TypedField.rupees(getTranslation("sales.upi"));
        upi.setId("sales-upi");
        fillsTheTotal(amount, cash, upi);
        TypedField<Integer> items =
                TypedField.wholeNumber(getTranslation("sales.items")).required();
        items.setId("sales-items");
        TextField note = new TextField(getTranslation("sales.note"));
        note.setMaxLength(SalesService.MAX_NOTE);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (TypedField.valid(day, amount, cash, upi, items)) {
                save(
                        days,
                        day.value(),
                        new SalesAmounts(amount.value(), cash.typed(), upi.typed()),
                        items.value(),
                        note.getValue());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("sales-save");
        FormLayout form = new FormLayout(day, cash, upi, amount, items, note);
        // cash and UPI side by side even on a phone: two short rupee fields
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(day, 2);
        form.setColspan(amount, 2);
        form.setColspan(items, 2);
        form.setColspan(note, 2);
        add(form, save);
    }

    private TypedField<LocalDate> dayField(List<SalesService.Day> days) {
        TypedField<LocalDate> day = TypedField.date(getTranslation("sales.day")).required();
        day.range(
                days.stream()
                        .map(SalesService.Day::day)
                        .min(LocalDate::compareTo)
                        .orElse(null),
                LocalDate.now(Formats.INDIA));
        days.stream()
                .filter(SalesService.Day::missing)
                .map(SalesService.Day::day)
                .findFirst()
                .or(() -> days.stream().map(SalesService.Day::day).max(LocalDate::compareTo))
                .ifPresent(day::show);
        day.setId("sales-day");
        return day;
    }

    /** Reports the day; someone else's figure for that day is replaced only after a question saying whose it is. */
    private void save(List<SalesService.Day> days, LocalDate chosen, SalesAmounts amounts, int items, String note) {
        Consumer<Boolean> report = replace -> {
            if (Notifications.attempt(() -> sales.report(applicationId, chosen, amounts, items, note, replace))) {
                Notifications.success(getTranslation("sales.saved"));
                show();
            }
        };
        days.stream()
                .filter(d -> d.day().equals(chosen) && d.amount() != null && d.enteredByOther())
                .findFirst()
                .ifPresentOrElse(
                        other -> Confirm.ask(
                                getTranslation("sales.replace.title"),
                                getTranslation(
                                        "sales.replace.confirm",
                                        Formats.date(chosen),
                                        "₹" + Formats.number(Objects.requireNonNull(other.amount())),
                                        enteredBy(other),
                                        "₹" + Formats.number(Objects.requireNonNull(amounts.total()))),
                                getTranslation("sales.replace.action"),
                                () -> report.accept(true)),
                        // a figure entered meanwhile by someone else is refused, saying whose it is
                        () -> report.accept(false));
    }

    /**
     * The total fills itself with cash plus UPI as they are typed, until the person types a total of their own; then
     * a part left empty is the rest, and parts that do not make the total are refused with the numbers.
     */
    private void fillsTheTotal(TypedField<Integer> amount, TypedField<Integer> cash, TypedField<Integer> upi) {
        amount.setHelperText(getTranslation("sales.amount.help"));
        boolean[] typedByHand = {false};
        amount.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typedByHand[0] = !amount.getValue().isBlank();
            }
        });
        for (TypedField<Integer> part : List.of(cash, upi)) {
            part.addValueChangeListener(e -> {
                Long sum = SalesAmounts.sumOf(cash.typed(), upi.typed());
                if (e.isFromClient() && !typedByHand[0] && (sum == null || sum <= Integer.MAX_VALUE)) {
                    amount.show(sum == null ? null : sum.intValue());
                }
            });
        }
    }

    /** One day: its figures, or late when missing; officers check the group in as present or absent. */
    private Div dayLine(SalesService.Day d) {
        Span text = new Span(Formats.date(d.day()) + " · "
                + (d.amount() == null
                        ? getTranslation(d.missing() ? "sales.missing" : "sales.due")
                        : "₹" + Formats.number(d.amount()) + split(d) + " · "
                                + getTranslation("sales.itemsCount", Formats.number(Objects.requireNonNull(d.items())))
                                + " · "
                                + (d.onBehalf()
                                        ? getTranslation("sales.byOfficer") + " (" + d.enteredBy() + ")"
                                        : getTranslation("sales.byGroup"))));
        text.addClassName("name");
        Div line = new Div(text);
        line.addClassName("haat-placement");
        line.setId("sales-" + d.day());
        if (d.missing()) {
            line.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        if (officer) {
            for (boolean present : List.of(true, false)) {
                Button mark = new Button(getTranslation(present ? "sales.present" : "sales.absent"), e -> {
                    if (Notifications.attempt(() -> sales.checkIn(applicationId, d.day(), present))) {
                        Notifications.success(getTranslation("sales.checkedIn"));
                    }
                });
                mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                mark.setId((present ? "present-" : "absent-") + d.day());
                line.add(mark);
            }
        }
        return line;
    }

    /** " (cash ₹3,000 · UPI ₹2,000)" when the report gave them apart, else nothing. */
    private String split(SalesService.Day d) {
        return d.cash() == null || d.upi() == null
                ? ""
                : " (" + getTranslation("sales.cash") + " ₹" + Formats.number(d.cash()) + ", "
                        + getTranslation("sales.upi") + " ₹" + Formats.number(d.upi()) + ")";
    }

    /** Who entered a day's figure, as the question names them. */
    private String enteredBy(SalesService.Day d) {
        return d.onBehalf()
                ? getTranslation("sales.byOfficerNamed", Objects.requireNonNullElse(d.enteredBy(), ""))
                : getTranslation("sales.byTheGroup");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.title") + " · " + getTranslation("app.name");
    }
}
