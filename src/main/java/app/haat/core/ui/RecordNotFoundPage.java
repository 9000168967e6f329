package app.haat.core.ui;

import app.haat.core.api.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page for a record that does not exist (an old link, a mistyped id): 404 with the service's reason. */
@AnonymousAllowed
public class RecordNotFoundPage extends RefusalPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.title.notFound", Notifications.describe(parameter.getException()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
