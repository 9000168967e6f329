package app.haat.exhibition;

import com.vaadin.flow.component.Component;

/**
 * The allocator's explanation of an application (a code and values) in the reader's language. It is allocation's
 * wording, but it lives here: the exhibition's own pages (the review, My stalls) show it, and exhibition may not
 * depend on allocation, which builds on it (that would be a cycle). The code and values are stored on the application.
 */
public final class ExplanationText {

    private ExplanationText() {}

    public static String of(Component view, Application application) {
        if (application.explanationCode() == null) {
            return "";
        }
        return view.getTranslation(
                "explanation." + application.explanationCode(),
                application.explanationValues().toArray());
    }
}
