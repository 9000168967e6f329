package app.haat.group;

import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Map;

/**
 * The group's checklist for selling online on its own page: each item done, or what is missing in plain words with a
 * link to the place where it is put right.
 */
class ReadinessChecklist extends VerticalLayout {

    /** Where each missing item is put right: a field or section of My group, or the trainings page. */
    static final Map<String, String> WHERE_FIXED = Map.of(
            "pan", "my-group#profile-pan",
            "gstin", "my-group#profile-gstin",
            "fssai", "my-requests",
            "bank", "my-group#profile-bank",
            "photos", "my-group#products",
            "training", "trainings");

    /** The items the group's City Livelihood Centre helps to get: each links to a request there. */
    static final Map<String, String> ASK_THE_CENTRE = Map.of(
            "pan", "my-requests#desk-type-PAN",
            "gstin", "my-requests#desk-type-GST_ENROLMENT",
            "fssai", "my-requests#desk-type-FSSAI",
            "bank", "my-requests#desk-type-BANK_ACCOUNT");

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

    /** A missing item: what is missing and how to get it, where to enter it, and a request at the group's centre. */
    private ListItem missing(String item) {
        Anchor fix = new Anchor(WHERE_FIXED.get(item), getTranslation("readiness.fix." + item));
        fix.setId("readiness-fix-" + item);
        ListItem line = new ListItem(new Span("✗ " + getTranslation("readiness.missing." + item) + " "), fix);
        String ask = ASK_THE_CENTRE.get(item);
        if (ask != null && !ask.equals(WHERE_FIXED.get(item))) {
            Anchor centre = new Anchor(ask, getTranslation("readiness.askCentre"));
            centre.setId("readiness-ask-" + item);
            line.add(new Span(" · "), centre);
        }
        line.addClassName("haat-ready-missing");
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
        Paragraph count = new Paragraph(getTranslation(
                "readiness.count",
                Formats.number(ready.done()),
                Formats.number(ready.items().size())));
        count.setId("readiness-count");
        add(count, bar, items);
    }
}
