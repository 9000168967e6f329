package app.haat.core.ui;

import com.vaadin.flow.component.textfield.TextField;

/**
 * The optional Bengali name beside a required English one (an exhibition's title, a venue's name or address, a
 * room's name): Bengali readers see it, and the English one when it is blank (see {@code core.i18n.LocalizedName}).
 */
public class BengaliNameField extends TextField {

    public BengaliNameField(String labelKey, int maxLength, String id) {
        setLabel(getTranslation(labelKey));
        setHelperText(getTranslation("names.bengaliHelper"));
        setMaxLength(maxLength);
        setId(id);
        getElement().setAttribute("lang", "bn");
    }
}
