package app.haat.allocation;

import app.haat.allocation.engine.DrawSeeds;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionStatus;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The draw on the allocation board: what it means in plain words first; the draw number and its published fingerprint,
 * for whoever checks the draw, folded away below. Commit, then reveal: everyone sees the fingerprint; the number its
 * officers, and everyone after publishing.
 */
class DrawCheck extends Div {

    DrawCheck(Exhibition exhibition, boolean manage) {
        Long drawNumber = exhibition.lotterySeed();
        if (drawNumber == null) {
            Paragraph none = new Paragraph(getTranslation("allocation.none"));
            none.setId("allocation-seed");
            add(none);
            return;
        }
        boolean revealed = manage || exhibition.status().compareTo(ExhibitionStatus.PUBLISHED) >= 0;
        Paragraph plain = new Paragraph(getTranslation("allocation.drawPlain"));
        plain.setId("allocation-draw-plain");
        Div numbers = new Div();
        numbers.addClassName("haat-break");
        numbers.setId("allocation-seed");
        if (revealed) {
            numbers.add(new Paragraph(getTranslation("allocation.drawNumber", String.valueOf(drawNumber))));
        }
        numbers.add(new Paragraph(getTranslation("allocation.seedHash", DrawSeeds.commitment(drawNumber))));
        numbers.add(new Anchor(
                "catalogue/draw/" + exhibition.id() + "?lang=" + getLocale().getLanguage(),
                getTranslation("allocation.drawRecord")));
        Details check = new Details(getTranslation("allocation.drawCheck"), numbers);
        check.setId("allocation-draw-check");
        add(plain, check);
    }
}
