package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.UploadTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
    private final ReadinessChecklist readiness;

    ProductEditor(ProductService products, GroupService groups, long groupId) {
        this.products = products;
        this.groups = groups;
        this.groupId = groupId;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        this.readiness = new ReadinessChecklist(products, groupId);
        setPadding(false);
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
        ProductFields fields = new ProductFields(groups.categories(), bengali, "product");
        Button add = new Button(getTranslation("product.add"), VaadinIcon.PLUS.create(), e -> {
            if (fields.valid()
                    && Notifications.attempt(() -> products.addProduct(
                            groupId,
                            fields.name.getValue(),
                            fields.description.getValue(),
                            fields.categoryId(),
                            fields.priceMin.typed(),
                            fields.priceMax.typed()))) {
                fields.name.clear();
                fields.description.clear();
                refresh();
            }
        });
        add.setId("product-add");
        VerticalLayout form = fields.layout();
        form.add(add);
        return form;
    }

    private void edit(Product product) {
        List<Category> categories = groups.categories();
        ProductFields fields = new ProductFields(categories, bengali, "product-edit").show(product, categories);
        FormDialog dialog = new FormDialog(getTranslation("product.edit.title", product.name()));
        dialog.add(fields.layout());
        dialog.save("product-edit-save", () -> {
            if (fields.valid()
                    && Notifications.attempt(() -> products.updateProduct(
                            product.id(),
                            fields.name.getValue(),
                            fields.description.getValue(),
                            fields.categoryId(),
                            fields.priceMin.typed(),
                            fields.priceMax.typed()))) {
                dialog.close();
                refresh();
            }
        });
        dialog.open();
    }

    void refresh() {
        refreshReadiness();
        refreshProducts();
    }

    private void refreshReadiness() {
        readiness.refresh();
    }

    private void refreshProducts() {
        list.removeAll();
        List<Product> all = products.products(groupId);
        for (int index = 0; index < all.size(); index++) {
            Product product = all.get(index);
            H4 title = new H4(product.name()
                    + (product.priceMin() == null
                            ? ""
                            : " · ₹" + Formats.number(product.priceMin())
                                    + (product.priceMax() == null ? "" : "–" + Formats.number(product.priceMax()))));
            Div photos = new Div();
            photos.addClassName("haat-photos");
            showPhotos(photos, product, product.photoIds());
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
                try (InputStream in = new FileInputStream(file)) {
                    products.addPhoto(product.id(), in);
                    // only this product's photos and the checklist: rebuilding the card would drop the upload
                    // component while the other files of a multi-file upload are still on their way
                    ui.access(() -> {
                        showPhotos(photos, product, products.photoIds(product.id()));
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
            VerticalLayout card = new VerticalLayout(title, productActions(product, index, all.size()), photos, upload);
            card.setPadding(false);
            card.setId("product-" + product.id());
            card.addClassName("haat-product");
            list.add(card);
        }
        if (list.getComponentCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("product.none"));
            empty.addClassName("haat-empty");
            list.add(empty);
        }
    }

    /** Change, move up or down, delete (after a question naming the product and its photos). */
    private HorizontalLayout productActions(Product product, int index, int count) {
        Button edit = new Button(getTranslation("product.edit"), VaadinIcon.EDIT.create(), e -> edit(product));
        edit.setId("product-edit-" + product.id());
        Button up = iconButton(
                VaadinIcon.ARROW_UP,
                getTranslation("product.moveUp", product.name()),
                "product-up-" + product.id(),
                () -> products.moveProduct(product.id(), -1));
        up.setEnabled(index > 0);
        Button down = iconButton(
                VaadinIcon.ARROW_DOWN,
                getTranslation("product.moveDown", product.name()),
                "product-down-" + product.id(),
                () -> products.moveProduct(product.id(), 1));
        down.setEnabled(index < count - 1);
        Button delete = new Button(
                getTranslation("product.delete"),
                VaadinIcon.TRASH.create(),
                e -> Confirm.ask(
                        getTranslation("product.delete.title", product.name()),
                        getTranslation(
                                "product.delete.confirm",
                                product.name(),
                                Formats.number(product.photoIds().size())),
                        getTranslation("product.delete.action", product.name()),
                        () -> {
                            if (Notifications.attempt(() -> products.deleteProduct(product.id()))) {
                                refresh();
                            }
                        }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setId("product-delete-" + product.id());
        HorizontalLayout actions = new HorizontalLayout(edit, up, down, delete);
        actions.setWrap(true);
        actions.addClassName("haat-product-actions");
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String label, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            if (Notifications.attempt(action)) {
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        button.setId(id);
        return button;
    }

    private void showPhotos(Div photos, Product product, List<Long> photoIds) {
        photos.removeAll();
        for (int index = 0; index < photoIds.size(); index++) {
            long photoId = photoIds.get(index);
            int position = index + 1;
            Image thumbnail = new Image(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = products.photo(photoId, true);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "photo-" + photoId + ".jpg",
                                "image/jpeg",
                                bytes.length);
                    }),
                    getTranslation("product.photo", product.name(), Formats.number(position)));
            thumbnail.setWidth("96px");
            thumbnail.setHeight("96px");
            thumbnail.getStyle().set("object-fit", "cover").set("border-radius", "6px");
            String which = getTranslation("product.photo", product.name(), Formats.number(position));
            Button earlier = iconButton(
                    VaadinIcon.ARROW_LEFT,
                    getTranslation("photo.moveEarlier", which),
                    "photo-earlier-" + photoId,
                    () -> products.movePhoto(photoId, -1));
            earlier.setEnabled(index > 0);
            Button later = iconButton(
                    VaadinIcon.ARROW_RIGHT,
                    getTranslation("photo.moveLater", which),
                    "photo-later-" + photoId,
                    () -> products.movePhoto(photoId, 1));
            later.setEnabled(index < photoIds.size() - 1);
            Button delete = new Button(
                    VaadinIcon.TRASH.create(),
                    e -> Confirm.ask(
                            getTranslation("photo.delete.title"),
                            getTranslation("photo.delete.confirm", which),
                            getTranslation("photo.delete.action"),
                            () -> {
                                if (Notifications.attempt(() -> products.deletePhoto(photoId))) {
                                    refresh();
                                }
                            }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getElement().setAttribute("aria-label", getTranslation("photo.delete.label", which));
            delete.setTooltipText(getTranslation("photo.delete.label", which));
            delete.setId("photo-delete-" + photoId);
            HorizontalLayout buttons = new HorizontalLayout(earlier, later, delete);
            buttons.setSpacing(false);
            Div tile = new Div(thumbnail, buttons);
            tile.addClassName("haat-photo-tile");
            tile.setId("photo-" + photoId);
            photos.add(tile);
        }
    }
}
