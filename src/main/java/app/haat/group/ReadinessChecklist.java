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
            "bank", "my-group#profile-bank",
            "photos", "my-group#products",
            "training", "trainings");

    private final ProductService products;
    private final long groupId;

    ReadinessChecklist(ProductService products, long groupId) {
        this.products = products;
        this.groupId = groupId;
        setPadding(false);
        setId("readiness");
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
                line = new ListItem(new Span("✔ " + getTranslation("readiness." + item)));
                line.addClassName("haat-ready-done");
            } else {
                Anchor fix = new Anchor(WHERE_FIXED.get(item), getTranslation("readiness.fix." + item));
                fix.setId("readiness-fix-" + item);
                line = new ListItem(new Span("✗ " + getTranslation("readiness.missing." + item) + " "), fix);
                line.addClassName("haat-ready-missing");
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
