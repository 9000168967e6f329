package app.haat.core.ui;

import app.haat.core.i18n.Translator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own texts in the reader's language: the system messages (session expired, internal error, cookies,
 * synchronisation), the connection banner, and the screen-reader labels that Vaadin's components write in English
 * (the menu button, the password's reveal button, the grid's selection boxes and sort buttons).
 */
@Component
public class VaadinTexts implements VaadinServiceInitListener {

    /**
     * The grid's selection checkboxes and sort buttons get their English labels in the browser, with no Java API:
     * one observer per page relabels them as they appear.
     */
    private static final String RELABEL_GRIDS = """
            const [selectRow, selectAll, sortBy] = [$0, $1, $2];
            if (window.__haatRelabel) { window.__haatRelabel.texts = [selectRow, selectAll, sortBy]; return; }
            const relabel = {texts: [selectRow, selectAll, sortBy]};
            window.__haatRelabel = relabel;
            const fix = (el) => {
              // a grid that renders its own label again must not start a tug of war: a few tries per element
              el.__haatRelabelled = (el.__haatRelabelled || 0) + 1;
              if (el.__haatRelabelled > 3) return;
              const [row, all, sort] = relabel.texts;
              if (el.localName === 'vaadin-checkbox') {
                if (el.classList.contains('vaadin-grid-select-all-checkbox') || el.accessibleName === 'Select All') {
                  if (el.accessibleName !== all) el.accessibleName = all;
                } else if (el.accessibleName === 'Select Row') {
                  el.accessibleName = row;
                }
              } else if (el.localName === 'vaadin-grid-sorter') {
                const label = el.getAttribute('aria-label');
                // the same value set again is a mutation too: only a real change, or the observer feeds itself
                const next = label && label.startsWith('Sort by ') ? sort + ' ' + label.substring('Sort by '.length) : label;
                if (next !== label) el.setAttribute('aria-label', next);
              }
            };
            const scan = (node) => {
              if (node.nodeType !== 1) return;
              fix(node);
              node.querySelectorAll('vaadin-checkbox, vaadin-grid-sorter').forEach(fix);
            };
            new MutationObserver((changes) => changes.forEach((change) => {
              if (change.type === 'attributes') fix(change.target);
              change.addedNodes.forEach(scan);
            })).observe(document.body, {childList: true, subtree: true, attributes: true,
                attributeFilter: ['aria-label']});
            scan(document.body);
            """;

    private final Translator translator;

    public VaadinTexts(Translator translator) {
        this.translator = translator;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    /**
     * Vaadin's messages for a language. An expired session says so (in the reader's words) before the sign-in page,
     * instead of reloading without a word; the other notifications stay as Vaadin has them.
     */
    public SystemMessages systemMessages(Locale locale) {
        Locale language = Translator.supported(locale);
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(translator.getTranslation("vaadin.sessionExpired.caption", language));
        messages.setSessionExpiredMessage(translator.getTranslation("vaadin.sessionExpired.message", language));
        messages.setInternalErrorCaption(translator.getTranslation("vaadin.internalError.caption", language));
        messages.setInternalErrorMessage(translator.getTranslation("vaadin.internalError.message", language));
        messages.setCookiesDisabledCaption(translator.getTranslation("vaadin.cookiesDisabled.caption", language));
        messages.setCookiesDisabledMessage(translator.getTranslation("vaadin.cookiesDisabled.message", language));
        messages.setSyncErrorCaption(translator.getTranslation("vaadin.syncError.caption", language));
        messages.setSyncErrorMessage(translator.getTranslation("vaadin.syncError.message", language));
        return messages;
    }

    /** A new page in its language: the connection banner's texts, and the grids' labels relabelled as they appear. */
    public static void apply(UI ui) {
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("vaadin.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("vaadin.offline"));
        ui.getPage()
                .executeJs(
                        RELABEL_GRIDS,
                        ui.getTranslation("vaadin.grid.selectRow"),
                        ui.getTranslation("vaadin.grid.selectAll"),
                        ui.getTranslation("vaadin.grid.sortBy"));
    }

    /** The menu button, named for screen readers in the page's language. */
    public static DrawerToggle drawerToggle() {
        DrawerToggle toggle = new DrawerToggle();
        String label = toggle.getTranslation("vaadin.drawerToggle");
        toggle.getElement().setAttribute("aria-label", label);
        toggle.getElement().setProperty("ariaLabel", label);
        return toggle;
    }

    /** A password field whose reveal button is named in the page's language. */
    public static PasswordField passwordField() {
        PasswordField field = new PasswordField();
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("vaadin.password.reveal")));
        return field;
    }
}
