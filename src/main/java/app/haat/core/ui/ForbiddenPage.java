package app.haat.core.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A page whose record the service refused to show this account (another municipality's venue, say): 403. */
@AnonymousAllowed
public class ForbiddenPage extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.title.forbidden", Notifications.describe(parameter.getException()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
