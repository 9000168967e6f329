package app.haat.core.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A warning in a box: its icon, kept whole on a narrow screen, then the words. */
public final class WarningBox {

    private WarningBox() {}

    public static Div of(String id, VaadinIcon icon, String text) {
        Icon shown = icon.create();
        shown.getStyle().set("flex-shrink", "0");
        Div warning = new Div(shown, new Span(text));
        warning.addClassName("haat-warning");
        warning.setId(id);
        return warning;
    }
}
