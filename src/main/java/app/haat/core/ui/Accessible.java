package app.haat.core.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * What axe-core (serious or critical) finds in Vaadin's own components, fixed in one place: a name for every progress
 * bar, a tab strip that owns only tabs, landmarks, and a scrolling page area that a keyboard can reach. Checked on every page of
 * every role by the browser test {@code AccessibilityIT}.
 */
public final class Accessible {

    /** After the element's first render: its shadow DOM exists then (Vaadin's components are Lit elements). */
    private static final String RENDERED = "customElements.whenDefined($0).then(() => this.updateComplete)";

    private Accessible() {}

    /** A progress bar with the name a screen reader says (axe: aria-progressbar-name). */
    public static ProgressBar named(ProgressBar bar, String name) {
        bar.getElement().setAttribute("aria-label", name);
        return bar;
    }

    /**
     * The tab strip's scroller has {@code tabindex="-1"}, which makes it a focusable child of the tab list that is
     * not a tab (axe: aria-required-children); without it the arrow keys still move between the tabs.
     */
    public static TabSheet tabs(TabSheet sheet) {
        sheet.addAttachListener(e -> sheet.getElement()
                .executeJs("const tabs = this.querySelector('vaadin-tabs');"
                        + "customElements.whenDefined('vaadin-tabs').then(() => tabs.updateComplete).then(() => {"
                        + " const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('#scroll');"
                        + " if (scroller) { scroller.removeAttribute('tabindex'); } });"));
        return sheet;
    }

    /**
     * The layout's content as the page's main landmark (axe: landmark-one-main; the navbar's own bar is a banner). The content scrolls on a phone, so it also takes focus, and a keyboard can scroll a page that has
     * nothing focusable at its end (axe: scrollable-region-focusable).
     */
    public static void landmarks(AppLayout layout) {
        layout.addAttachListener(e -> layout.getElement()
                .executeJs(
                        RENDERED + ".then(() => {"
                                + " const content = this.shadowRoot && this.shadowRoot.querySelector('[part=content]');"
                                + " if (content) { content.setAttribute('role', 'main'); content.setAttribute('tabindex', '0'); }"
                                + " });",
                        "vaadin-app-layout"));
    }
}
