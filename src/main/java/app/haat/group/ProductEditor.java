package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.core.ui.UploadTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/** The group's own product editor on its page: its products with their photos, and the readiness checklist. */
class ProductEditor extends VerticalLayout {

    private final ProductService products;
    private final GroupService groups;
    private final long groupId;
    private final boolean bengali;
    private final VerticalLayout list = new VerticalLayout();
    private final VerticalLayout readiness = new VerticalLayout();

    ProductEditor(ProductService products, GroupService groups, long groupId) {
        this.products = products;
        this.groups = groups;
        this.groupId = groupId;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        setPadding(false);
        readiness.setPadding(false);
        readiness.setId("readiness");
        list.setPadding(false);
        list.setId("products");
        add(
                new H3(getTranslation("readiness.title")),
                readiness,
                new H3(getTranslation("product.title")),
                addForm(),
                list);
        refresh();
    }

    private VerticalLayout addForm() {
        TextField name = new TextField(getTranslation("product.name"));
        name.setMaxLength(120);
        name.setId("product-name");
        ComboBox<Category> category = new ComboBox<>(getTranslation("group.categories"));
        category.setItems(groups.categories());
        category.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        TypedField<Integer> min = TypedField.rupees(getTranslation("product.priceMin"));
        TypedField<Integer> max = TypedField.rupees(getTranslation("product.priceMax"));
        min.setId("product-price-min");
        max.setId("product-price-max");
        TextArea description = new TextArea(getTranslation("product.description"));
        description.setMaxLength(2000);
        description.setWidthFull();
        Button add = new Button(getTranslation("product.add"), VaadinIcon.PLUS.create(), e -> {
            if (TypedField.valid(min, max)
                    && Notifications.attempt(() -> products.addProduct(
                            groupId,
                            name.getValue(),
                            description.getValue(),
                            category.getValue() == null
                                    ? null
                                    : category.getValue().id(),
                            min.typed(),
                            max.typed()))) {
                name.clear();
                description.clear();
                refresh();
            }
        });
        add.setId("product-add");
        HorizontalLayout row = new HorizontalLayout(name, category, min, max);
        row.setWrap(true);
        VerticalLayout form = new VerticalLayout(row, description, add);
        form.setPadding(false);
        return form;
    }

    void refresh() {
        refreshReadiness();
        refreshProducts();
    }

    private void refreshReadiness() {
        Readiness ready = products.readiness(groupId);
        readiness.removeAll();
        ProgressBar bar = new ProgressBar(0, 1, ready.share());
        bar.setId("readiness-bar");
        UnorderedList items = new UnorderedList();
        ready.items()
                .forEach((item, done) ->
                        items.add(new ListItem((done ? "✔ " : "○ ") + getTranslation("readiness." + item))));
        Paragraph count = new Paragraph(getTranslation(
                "readiness.count",
                Formats.number(ready.done()),
                Formats.number(ready.items().size())));
        Accessible.named(bar, count.getText());
        count.setId("readiness-count");
        readiness.add(count, bar, items);
    }

    private void refreshProducts() {
        list.removeAll();
        for (Product product : products.products(groupId)) {
            H4 title = new H4(product.name()
                    + (product.priceMin() == null
                            ? ""
                            : " · ₹" + Formats.number(product.priceMin())
                                    + (product.priceMax() == null ? "" : "–" + Formats.number(product.priceMax()))));
            Div photos = new Div();
            photos.addClassName("haat-photos");
            showPhotos(photos, product.name(), product.photoIds());
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
                try (InputStream in = new FileInputStream(file)) {
                    products.addPhoto(product.id(), in);
                    // only this product's photos and the checklist: rebuilding the card would drop the upload
                    // component while the other files of a multi-file upload are still on their way
                    ui.access(() -> {
                        showPhotos(photos, product.name(), products.photoIds(product.id()));
                        refreshReadiness();
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    ui.access(() -> Notifications.error(Objects.requireNonNullElse(
                            Notifications.describe(e), getTranslation("photo.error.unreadable"))));
                } finally {
                    file.delete();
                }
            }));
            upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
            upload.setMaxFileSize(PhotoProcessor.MAX_BYTES);
            upload.setMaxFiles(ProductService.MAX_PHOTOS);
            upload.addFileRejectedListener(e -> Notifications.error(getTranslation("photo.error.tooLarge")));
            UploadTexts.apply(upload);
            VerticalLayout card = new VerticalLayout(title, photos, upload);
            card.setPadding(false);
            list.add(card);
        }
        if (list.getComponentCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("product.none"));
            empty.addClassName("haat-empty");
            list.add(empty);
        }
    }

    private void showPhotos(Div photos, String productName, List<Long> photoIds) {
        photos.removeAll();
        for (long photoId : photoIds) {
            Image thumbnail = new Image(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = products.photo(photoId, true);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "photo-" + photoId + ".jpg",
                                "image/jpeg",
                                bytes.length);
                    }),
                    productName);
            thumbnail.setWidth("96px");
            thumbnail.setHeight("96px");
            thumbnail.getStyle().set("object-fit", "cover").set("border-radius", "6px");
            photos.add(thumbnail);
        }
    }
}
