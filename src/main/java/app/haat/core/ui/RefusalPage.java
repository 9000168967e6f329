package app.haat.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * What a page shows when opening it was refused or failed: a translated sentence and the way back to the start page.
 * Never the exception's own text ("Venue 1 is not yours", a class name): that is for the log, not for the reader.
 */
abstract class RefusalPage extends VerticalLayout {

    RefusalPage() {
        addClassName("haat-view");
        setId("refusal-page");
    }

    /** Shows the title key's text and the message (already translated). */
    void show(String titleKey, @Nullable String message) {
        removeAll();
        add(new H2(getTranslation(titleKey)));
        Paragraph text = new Paragraph(message);
        text.setId("refusal-message");
        add(text, new Anchor("", getTranslation("error.backHome")));
    }
}
