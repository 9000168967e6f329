package app.haat.core.ui;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while opening a page. Replaces Vaadin's default, which prints the exception's message (and in
 * development its stack trace) on the page: a service's refusal is shown translated, anything else as one general
 * sentence, with the details in the log.
 */
@AnonymousAllowed
public class UnexpectedErrorPage extends RefusalPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorPage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception e = parameter.getException();
        String refusal = e instanceof RuntimeException r ? Notifications.describe(r) : null;
        if (refusal != null) {
            show("error.title.refused", refusal);
            return e instanceof ValidationException
                    ? HttpServletResponse.SC_BAD_REQUEST
                    : e instanceof ConflictException
                            ? HttpServletResponse.SC_CONFLICT
                            : HttpServletResponse.SC_FORBIDDEN;
        }
        log.error("Could not open {}", event.getLocation().getPath(), e);
        show("error.title.unexpected", getTranslation("error.unexpected"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
