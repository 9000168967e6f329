package app.haat.exhibition;

import com.vaadin.flow.component.Component;

/** The allocator's explanation of an application (a code and values) in the reader's language. */
public final class ExplanationText {

    private ExplanationText() {
    }

    public static String of(Component view, Application application) {
        if (application.explanationCode() == null) {
            return "";
        }
        return view.getTranslation("explanation." + application.explanationCode(),
                application.explanationValues().toArray());
    }
}
