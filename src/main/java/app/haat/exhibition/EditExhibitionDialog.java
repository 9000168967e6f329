package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.ui.BengaliNameField;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.group.Category;
import app.haat.group.GroupService;
import app.haat.region.RegionService;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;

/**
 * Changes a draft or open exhibition's title, catchment, categories and application window, filled with what it has
 * now; the dates move with the postponement instead. Says that narrowing never drops an application already made.
 */
class EditExhibitionDialog extends FormDialog {

    EditExhibitionDialog(
            Exhibition exhibition,
            ExhibitionService exhibitions,
            ExhibitionEditing editing,
            RegionService regions,
            GroupService groups,
            boolean bengali,
            Runnable done) {
        setHeaderTitle(getTranslation("exhibition.edit") + " · " + exhibition.title(LocalizedName.bengaliScreen()));
        setWidth("min(720px, 95vw)");
        TextField title = new TextField(getTranslation("exhibition.title"));
        title.setMaxLength(ExhibitionService.MAX_TITLE);
        title.setValue(exhibition.title());
        title.setId("edit-title");
        BengaliNameField titleBn =
                new BengaliNameField("exhibition.titleBn", ExhibitionService.MAX_TITLE, "edit-title-bn");
        titleBn.setValue(exhibition.titleBn() == null ? "" : exhibition.titleBn());
        CatchmentChooser catchment = new CatchmentChooser(regions, bengali);
        catchment.show(exhibition.catchmentLabel(), exhibitions.catchment(exhibition.id()));
        MultiSelectComboBox<Category> categories =
                categoryChoice(groups.categories(), exhibitions.categories(exhibition.id()), bengali);
        Window window = window(exhibition);
        TypedField<LocalDate> opensOn = window.opensOn();
        TypedField<LocalTime> opensAt = window.opensAt();
        TypedField<LocalDate> closesOn = window.closesOn();
        TypedField<LocalTime> closesAt = window.closesAt();
        FormLayout form = new FormLayout(title, titleBn);
        form.add(catchment.fields());
        form.add(
                categories,
                ExhibitionCreateDialog.dayAndTime(opensOn, opensAt),
                ExhibitionCreateDialog.dayAndTime(closesOn, closesAt));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        Paragraph explain = new Paragraph(getTranslation("exhibition.edit.explain"));
        add(explain, form);
        save("edit-exhibition-save", () -> {
            if (!TypedField.valid(opensOn, opensAt, closesOn, closesAt)) {
                return;
            }
            Notifications.attemptAndGet(() -> editing.edit(
                            exhibition.id(),
                            exhibition.version(),
                            new ExhibitionEdit(
                                    title.getValue(),
                                    titleBn.getValue(),
                                    catchment.chosen(),
                                    categories.getValue().stream()
                                            .map(Category::code)
                                            .toList(),
                                    ExhibitionCreateDialog.inIndia(opensOn.typed(), opensAt.typed()),
                                    ExhibitionCreateDialog.inIndia(closesOn.typed(), closesAt.typed()))))
                    .ifPresent(result -> {
                        Notifications.success(saved(result));
                        close();
                        done.run();
                    });
        });
    }

    /** Saved: how many applications the terms now leave outside, and how many groups newly covered were told. */
    private String saved(ExhibitionEditing.EditOutcome result) {
        return getTranslation("exhibition.edit.done", result.flagged())
                + (result.announced() > 0 ? " " + getTranslation("exhibition.edit.announced", result.announced()) : "");
    }

    /** Every category, those the exhibition allows chosen (none chosen: every category may apply). */
    private MultiSelectComboBox<Category> categoryChoice(List<Category> all, List<String> allowed, boolean bengali) {
        MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>(getTranslation("exhibition.categories"));
        categories.setItems(all);
        categories.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        categories.setPlaceholder(getTranslation("exhibition.allCategories"));
        categories.setValue(new HashSet<>(
                all.stream().filter(c -> allowed.contains(c.code())).toList()));
        categories.setId("edit-categories");
        return categories;
    }

    /** The application window's four fields: opening and closing day and time, in India time. */
    private record Window(
            TypedField<LocalDate> opensOn,
            TypedField<LocalTime> opensAt,
            TypedField<LocalDate> closesOn,
            TypedField<LocalTime> closesAt) {}

    private Window window(Exhibition exhibition) {
        OffsetDateTime opens =
                exhibition.applicationsOpenAt().atZoneSameInstant(Formats.INDIA).toOffsetDateTime();
        OffsetDateTime closes = exhibition
                .applicationsCloseAt()
                .atZoneSameInstant(Formats.INDIA)
                .toOffsetDateTime();
        TypedField<LocalDate> opensOn =
                TypedField.date(getTranslation("exhibition.opensAt")).required().show(opens.toLocalDate());
        TypedField<LocalTime> opensAt =
                TypedField.time(getTranslation("exhibition.atTime")).required().show(opens.toLocalTime());
        TypedField<LocalDate> closesOn = TypedField.date(getTranslation("exhibition.closesAt"))
                .required()
                .show(closes.toLocalDate());
        TypedField<LocalTime> closesAt =
                TypedField.time(getTranslation("exhibition.atTime")).required().show(closes.toLocalTime());
        opensOn.setId("edit-opens-on");
        opensAt.setId("edit-opens-at");
        closesOn.setId("edit-closes-on");
        closesAt.setId("edit-closes-at");
        return new Window(opensOn, opensAt, closesOn, closesAt);
    }
}
