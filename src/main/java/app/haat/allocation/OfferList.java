package app.haat.allocation;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The waitlist offers of an exhibition on the allocation board: the rule (hours to answer, days before the slot to
 * confirm) and every offer with its outcome.
 */
class OfferList extends Div {

    private final WaitlistOfferService offers;
    private final AttendanceConfirmationService confirmations;
    private final Runnable refresh;

    /** refresh redraws the whole board after a release, this list included. */
    OfferList(WaitlistOfferService offers, AttendanceConfirmationService confirmations, Runnable refresh) {
        this.offers = offers;
        this.confirmations = confirmations;
        this.refresh = refresh;
        setId("allocation-offers");
    }

    void show(long exhibitionId, boolean manage) {
        removeAll();
        add(new H3(getTranslation("offers.title")));
        Paragraph how = new Paragraph(getTranslation("offers.how"));
        how.addClassName("haat-hint");
        add(how);
        if (manage) {
            add(ruleForm(exhibitionId));
        }
        var all = offers.offers(exhibitionId);
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("offers.none"));
            empty.addClassName("haat-empty");
            add(empty);
        }
        showUnconfirmed(exhibitionId, manage);
        for (WaitlistOffer offer : all) {
            Span text = new Span(getTranslation(
                    "offers.line." + offer.status().name(),
                    offer.groupName(),
                    offer.kioskCode(),
                    Formats.number(offer.slotSeq()),
                    Formats.dateTime(offer.offeredAt()),
                    Formats.dateTime(offer.answeredAt() == null ? offer.expiresAt() : offer.answeredAt())));
            Div line = new Div(text);
            line.addClassName("haat-placement");
            line.setId("offer-line-" + offer.id());
            add(line);
        }
    }

    /** The assigned groups asked to confirm that have not, each with a release when the board may change. */
    private void showUnconfirmed(long exhibitionId, boolean changeable) {
        if (offers.rule(exhibitionId).confirmDays() == null) {
            return;
        }
        add(new H4(getTranslation("confirm.title")));
        var waiting = confirmations.unconfirmed(exhibitionId);
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("confirm.none"));
            none.addClassName("haat-empty");
            add(none);
        }
        for (var stand : waiting) {
            Div line = new Div(new Span(getTranslation(
                    "confirm.line", stand.groupName(), stand.kioskCode(), Formats.date(stand.firstDay()))));
            line.addClassName("haat-placement");
            line.setId("unconfirmed-" + stand.applicationId());
            if (changeable) {
                Button release = new Button(
                        getTranslation("confirm.release"),
                        e -> Confirm.ask(
                                getTranslation("confirm.release"),
                                getTranslation("confirm.releaseConfirm", stand.groupName(), stand.kioskCode()),
                                getTranslation("confirm.release"),
                                () -> {
                                    Notifications.attempt(
                                            () -> confirmations.release(exhibitionId, stand.applicationId()));
                                    refresh.run();
                                }));
                release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                release.setId("release-" + stand.applicationId());
                line.add(release);
            }
            add(line);
        }
        add(new H4(getTranslation("offers.list")));
    }

    private HorizontalLayout ruleForm(long exhibitionId) {
        OfferRule rule = offers.rule(exhibitionId);
        TypedField<Integer> hours = TypedField.wholeNumber(getTranslation("offers.replyHours"))
                .required()
                .range(OfferRule.MIN_REPLY_HOURS, OfferRule.MAX_REPLY_HOURS)
                .show(rule.replyHours());
        hours.setId("offers-reply-hours");
        TypedField<Integer> days = TypedField.wholeNumber(getTranslation("offers.confirmDays"))
                .range(OfferRule.MIN_CONFIRM_DAYS, OfferRule.MAX_CONFIRM_DAYS)
                .show(rule.confirmDays());
        days.setHelperText(getTranslation("offers.confirmDaysHelp"));
        days.setId("offers-confirm-days");
        Button save = new Button(getTranslation("offers.saveRule"), e -> {
            if (TypedField.valid(hours, days)
                    && Notifications.attempt(
                            () -> offers.setRule(exhibitionId, new OfferRule(hours.value(), days.typed())))) {
                Notifications.success(getTranslation("offers.ruleSaved"));
            }
        });
        save.setId("offers-save-rule");
        HorizontalLayout form = new HorizontalLayout(hours, days, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
