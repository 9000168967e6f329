package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.exhibition.MyStallsService.Stall;
import app.haat.group.Group;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.ProductService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A group's stalls on its phone: exhibitions it can apply to, and every application with its status. */
@Route("my-stalls")
@RolesAllowed(Role.GROUP)
public class MyStallsView extends VerticalLayout implements HasDynamicTitle {

    private final ApplicationService applications;
    private final ExhibitionService exhibitions;
    private final ProductService products;
    private final AllotmentLetters letters;
    private final MyStallsService stalls;
    private final StallOffers offers;
    private final StallConfirmations confirmations;
    private List<Long> toConfirm = List.of();
    private final Group group;
    private final boolean bengali;
    private final VerticalLayout open = new VerticalLayout();
    private final VerticalLayout mine = new VerticalLayout();

    public MyStallsView(
            ApplicationService applications,
            ExhibitionService exhibitions,
            ProductService products,
            GroupService groups,
            AllotmentLetters letters,
            MyStallsService stalls,
            StallOffers offers,
            StallConfirmations confirmations) {
        this.applications = applications;
        this.offers = offers;
        this.confirmations = confirmations;
        this.stalls = stalls;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        this.letters = letters;
        this.exhibitions = exhibitions;
        this.products = products;
        this.group = groups.mine();
        addClassName("haat-view");
        open.setPadding(false);
        open.setId("stalls-open");
        mine.setPadding(false);
        mine.setId("stalls-mine");
        add(
                new H2(getTranslation("stalls.title")),
                new H3(getTranslation("stalls.mine")),
                mine,
                new H3(getTranslation("stalls.open")),
                open);
        refresh();
    }

    private void refresh() {
        mine.removeAll();
        offers.openForMe().forEach(offer -> mine.add(offerCard(offer)));
        toConfirm = confirmations.awaitingMine();
        List<Stall> list = stalls.mine();
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("stalls.noneMine"));
            empty.addClassName("haat-empty");
            mine.add(empty);
        }
        for (Stall stall : list) {
            mine.add(card(stall));
        }
        open.removeAll();
        List<Exhibition> available = applications.openForMe();
        if (available.isEmpty()) {
            Paragraph empty = new Paragraph(
                    getTranslation(group.status() == GroupStatus.VERIFIED ? "stalls.noneOpen" : "stalls.verifyFirst"));
            empty.addClassName("haat-empty");
            open.add(empty);
        }
        for (Exhibition exhibition : available) {
            Div card = new Div();
            card.addClassName("haat-card");
            Button apply = new Button(
                    getTranslation("stalls.apply"),
                    e -> new ApplyDialog(
                                    exhibition,
                                    exhibitions.slots(exhibition.id()),
                                    products.products(group.id()),
                                    applications,
                                    this::refresh)
                            .open());
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.addClassName("haat-tap");
            apply.setId("apply-" + exhibition.id());
            card.add(
                    new H4(exhibition.title(bengali)),
                    new Paragraph(exhibition.venueName(bengali) + " · "
                            + digits(Formats.date(exhibition.startsOn()) + " – " + Formats.date(exhibition.endsOn()))),
                    new Paragraph(getTranslation(
                            "stalls.closes", digits(Formats.dateTime(exhibition.applicationsCloseAt())))),
                    apply);
            open.add(card);
        }
    }

    private Div card(Stall stall) {
        Application application = stall.application();
        Div card = new Div();
        card.addClassName("haat-card");
        card.setId("application-" + application.id());
        Paragraph status = new Paragraph(
                getTranslation("application.status." + application.status().name())
                        + (application.reason() == null ? "" : ": " + application.reason()));
        status.addClassName("application-status");
        Paragraph explanation = new Paragraph(ExplanationText.of(this, application, stall.slots(), bengali));
        explanation.addClassName("haat-hint");
        explanation.setId("explanation-" + application.id());
        explanation.setVisible(application.explanationCode() != null);
        Anchor map = new Anchor(exhibitions.mapLink(application.exhibitionId()), getTranslation("stalls.map"));
        map.setId("map-link-" + application.id());
        map.setTarget("_blank");
        card.add(
                new H4(application.exhibitionTitle(bengali)),
                new Paragraph(application.venueName(bengali) + " · "
                        + digits(Formats.date(application.startsOn()) + " – " + Formats.date(application.endsOn()))),
                status,
                explanation);
        if (toConfirm.contains(application.id())) {
            card.add(confirmation(application));
        }
        if (stall.seats().isEmpty()
                && application.status().inPlay()
                && !application.preferredSlots().isEmpty()) {
            card.add(preferences(stall));
        }
        // what can be done today, each a full-size tap target
        HorizontalLayout actions = new HorizontalLayout(map);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setSpacing(true);
        actions.setWrap(true);
        if (stall.letterReady()) {
            actions.add(letter(application));
        }
        if (stall.salesOpen()) {
            // the sales page belongs to the sales feature, which builds on this one: linked by its address
            Anchor report = new Anchor("sales/" + application.id(), getTranslation("stalls.sales"));
            report.setId("sales-link-" + application.id());
            actions.add(report);
        }
        actions.getChildren().forEach(c -> c.getElement().getClassList().add("haat-tap"));
        card.add(actions);
        // the destructive action stands apart, below the others, and says what it gives up
        if (stall.withdrawable()) {
            Div apart = new Div(withdraw(stall));
            apart.addClassName("haat-danger-zone");
            card.add(apart);
        }
        return card;
    }

    /** A kiosk offered from the waitlist: take it, or give it up (apart, and saying what it gives up). */
    private Div offerCard(StallOffers.OpenOffer offer) {
        Div card = new Div();
        card.addClassNames("haat-card", "haat-offer");
        card.setId("offer-" + offer.id());
        Paragraph what = new Paragraph(getTranslation(
                "stalls.offer.text",
                offer.kioskCode(),
                digits(Formats.number(offer.slotSeq())),
                digits(Formats.date(offer.startsOn()) + " – " + Formats.date(offer.endsOn()))));
        Paragraph by = new Paragraph(getTranslation("stalls.offer.by", digits(Formats.dateTime(offer.answerBy()))));
        by.addClassName("haat-hint");
        Button accept = new Button(getTranslation("stalls.offer.accept"), e -> {
            if (Notifications.attempt(() -> offers.acceptOffer(offer.id()))) {
                Notifications.success(getTranslation("stalls.offer.accepted", offer.kioskCode()));
                refresh();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("haat-tap");
        accept.setId("offer-accept-" + offer.id());
        Button decline = new Button(
                getTranslation("stalls.offer.decline"),
                e -> Confirm.ask(
                        getTranslation("stalls.offer.decline"),
                        getTranslation(
                                "stalls.offer.declineConfirm",
                                offer.kioskCode(),
                                offer.exhibitionTitle().in(bengali)),
                        getTranslation("stalls.offer.decline"),
                        () -> {
                            if (Notifications.attempt(() -> offers.declineOffer(offer.id()))) {
                                refresh();
                            }
                        }));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClassName("haat-tap");
        decline.setId("offer-decline-" + offer.id());
        Div apart = new Div(decline);
        apart.addClassName("haat-danger-zone");
        card.add(
                new H4(getTranslation(
                        "stalls.offer.title", offer.exhibitionTitle().in(bengali))),
                what,
                by,
                accept,
                apart);
        return card;
    }

    /** The exhibition asks the group to confirm it will come: one tap. */
    private Div confirmation(Application application) {
        Paragraph ask = new Paragraph(getTranslation("confirm.ask"));
        ask.addClassName("haat-attention");
        Button yes = new Button(getTranslation("confirm.button"), e -> {
            if (Notifications.attempt(() -> confirmations.confirm(application.id()))) {
                Notifications.success(getTranslation("confirm.done"));
                refresh();
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("haat-tap");
        yes.setId("confirm-" + application.id());
        return new Div(ask, yes);
    }

    /** The slots the group chose, first choice first, each with its dates. */
    private Paragraph preferences(Stall stall) {
        List<String> chosen = new ArrayList<>();
        for (int seq : stall.application().preferredSlots()) {
            stall.slots().stream()
                    .filter(s -> s.seq() == seq)
                    .findFirst()
                    .ifPresent(s -> chosen.add(ExplanationText.slot(s, bengali)));
        }
        Paragraph line = new Paragraph(getTranslation("stalls.preferences", String.join(", ", chosen)));
        line.addClassName("haat-hint");
        line.setId("preferences-" + stall.application().id());
        return line;
    }

    /** The allotment letter as a PDF, written when it is downloaded. */
    private Anchor letter(Application application) {
        String file = "haat-letter-" + application.id() + ".pdf";
        Anchor letter = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] pdf = letters.allotmentLetter(application.id());
                    return new DownloadResponse(new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length);
                }),
                getTranslation("stalls.letter"));
        letter.getElement().setAttribute("download", true);
        letter.setId("letter-" + application.id());
        return letter;
    }

    private Button withdraw(Stall stall) {
        Application application = stall.application();
        String kiosks = stall.seats().stream()
                .map(seat -> getTranslation(
                        "stalls.seat",
                        seat.kiosk(),
                        digits(Formats.number(seat.slot())),
                        digits(Formats.date(seat.startsOn()) + " – " + Formats.date(seat.endsOn()))))
                .collect(Collectors.joining("; "));
        String question = kiosks.isEmpty()
                ? getTranslation("stalls.withdrawConfirm", application.exhibitionTitle(bengali))
                : getTranslation("stalls.withdrawConfirmKiosk", application.exhibitionTitle(bengali), kiosks);
        Button withdraw = new Button(
                getTranslation("stalls.withdraw"),
                e -> Confirm.ask(getTranslation("stalls.withdraw"), question, getTranslation("stalls.withdraw"), () -> {
                    if (Notifications.attempt(() -> applications.withdraw(application.id()))) {
                        refresh();
                    }
                }));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClassName("haat-tap");
        withdraw.setId("withdraw-" + application.id());
        return withdraw;
    }

    private String digits(String text) {
        return bengali ? Formats.bengaliDigits(text) : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stalls.title") + " · " + getTranslation("app.name");
    }
}
