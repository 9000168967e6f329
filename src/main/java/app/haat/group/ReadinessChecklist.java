package app.haat.group;

import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Map;

/**
 * The group's checklist for selling online on its own page: each item done, or what is missing in plain words, how to
 * get it, a link to the place where it is entered and one to a new request at the group's centre for each request type
 * that gets it.
 */
class ReadinessChecklist extends VerticalLayout {

    /**
     * Where each missing item is entered once the group has it: a field or section of My group, or the trainings
     * page. The FSSAI number has no field of its own: the centre's case writes it into the profile.
     */
    static final Map<String, String> WHERE_FIXED = Map.of(
            "pan", "my-group#profile-pan",
            "gstin", "my-group#profile-gstin",
            "bank", "my-group#profile-bank",
            "photos", "my-group#products",
            "training", "trainings");

    /**
     * The requests at the group's City Livelihood Centre that get each item (the desk's request types): each missing
     * item links to a new request of that type on the group's Registrations page, which opens its form.
     */
    static final Map<String, List<String>> ASK_THE_CENTRE = Map.of(
            "pan", List.of("PAN"),
            "gstin", List.of("GST_ENROLMENT", "GST_REGISTRATION"),
            "fssai", List.of("FSSAI"),
            "bank", List.of("BANK_ACCOUNT", "UPI_ID"));

    /** The Udyam registration: suggested with a request link while missing, never counted (not needed online). */
    static final String UDYAM = "UDYAM";

    /** The address of a new request of this type at the group's centre. */
    static String askLink(String requestType) {
        return "my-requests?ask=" + requestType;
    }

    private final ProductService products;
    private final long groupId;

    ReadinessChecklist(ProductService products, long groupId) {
        this.products = products;
        this.groupId = groupId;
        setPadding(false);
        setId("readiness");
    }

    /** What a done item says: for GST where the group may sell, for FSSAI whether it was needed at all. */
    private static String doneKey(Readiness ready, String item) {
        if (item.equals("gstin") && ready.reach() == Readiness.Reach.WEST_BENGAL) {
            return "readiness.gstEnrolment";
        }
        if (item.equals("fssai") && !ready.food()) {
            return "readiness.fssai.notNeeded";
        }
        return "readiness." + item;
    }

    /**
     * A missing item: what is missing and how to get it, where to enter it once obtained, and a new request at the
     * group's centre for each request type that gets it.
     */
    private ListItem missing(String item) {
        ListItem line = new ListItem(
                new Span("✗ " + getTranslation("readiness.missing." + item) + " "),
                new Span(getTranslation("readiness.how." + item) + " "));
        String where = WHERE_FIXED.get(item);
        if (where != null) {
            Anchor fix = new Anchor(where, getTranslation("readiness.fix." + item));
            fix.setId("readiness-fix-" + item);
            line.add(underlined(fix));
        }
        ASK_THE_CENTRE.getOrDefault(item, List.of()).forEach(type -> {
            if (line.getChildren().count() > 2) {
                line.add(new Span(" · "));
            }
            line.add(ask(type));
        });
        line.addClassName("haat-ready-missing");
        return line;
    }

    private Anchor ask(String requestType) {
        Anchor centre = new Anchor(askLink(requestType), getTranslation("readiness.ask." + requestType));
        centre.setId("readiness-ask-" + requestType);
        return underlined(centre);
    }

    /** Inside a sentence a link must not rely on colour alone (axe link-in-text-block). */
    private static Anchor underlined(Anchor link) {
        link.getStyle().set("text-decoration", "underline");
        return link;
    }

    /** The Udyam registration, suggested while the group has none (not one of the counted items). */
    private ListItem udyam() {
        ListItem line = new ListItem(new Span("ⓘ " + getTranslation("readiness.udyam") + " "), ask(UDYAM));
        line.setId("readiness-udyam");
        return line;
    }

    void refresh() {
        Readiness ready = products.readiness(groupId);
        removeAll();
        ProgressBar bar = new ProgressBar(0, 1, ready.share());
        bar.setId("readiness-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("readiness.title"));
        UnorderedList items = new UnorderedList();
        ready.items().forEach((item, done) -> {
            ListItem line;
            if (done) {
                line = new ListItem(new Span("✔ " + getTranslation(doneKey(ready, item))));
                line.addClassName("haat-ready-done");
            } else {
                line = missing(item);
            }
            line.setId("readiness-" + item);
            items.add(line);
        });
        if (!ready.udyam()) {
            items.add(udyam());
        }
        Paragraph count = new Paragraph(getTranslation(
                "readiness.count",
                Formats.number(ready.done()),
                Formats.number(ready.items().size())));
        count.setId("readiness-count");
        add(count, bar, items);
    }
}
