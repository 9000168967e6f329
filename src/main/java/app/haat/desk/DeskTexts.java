package app.haat.desk;

import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** How a case reads on the desk's screens: its type, its step, the reference, number or reason it carries. */
final class DeskTexts {

    private DeskTexts() {}

    static String type(Component c, RequestType type) {
        return c.getTranslation("desk.type." + type.name());
    }

    static String status(Component c, CaseStatus status) {
        return c.getTranslation("desk.status." + status.name());
    }

    /** A case as a small card: type and step, the centre and dates, and what the step carries. */
    static Div card(Component c, DeskCase deskCase, boolean withGroup) {
        Div card = new Div();
        card.addClassName("haat-card");
        card.setId("desk-case-" + deskCase.id());
        Span title = new Span(type(c, deskCase.type()) + ": " + status(c, deskCase.status()));
        title.getStyle().set("font-weight", "600");
        card.add(title);
        String where = (withGroup ? deskCase.groupName() + " · " + deskCase.municipality() + " · " : "")
                + deskCase.centre() + " · "
                + c.getTranslation(
                        "desk.requestedOn",
                        Formats.date(deskCase.requestedAt()
                                .atZoneSameInstant(Formats.INDIA)
                                .toLocalDate()));
        card.add(new Paragraph(where));
        if (deskCase.authorityRef() != null) {
            card.add(new Paragraph(c.getTranslation("desk.reference", deskCase.authorityRef())));
        }
        if (deskCase.outcomeNumber() != null) {
            card.add(new Paragraph(c.getTranslation("desk.number", deskCase.outcomeNumber())));
        }
        if (deskCase.refusalReason() != null) {
            card.add(new Paragraph(c.getTranslation("desk.reason", deskCase.refusalReason())));
        }
        return card;
    }
}
