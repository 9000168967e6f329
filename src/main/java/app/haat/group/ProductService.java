package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's product catalogue and its photos. Access as for the group (the group itself, its officers, admins).
 * Photo files live under {@code <data dir>/photos} with names the server chooses.
 */
@Service
public class ProductService {

    static final int MAX_PHOTOS = 10;
    private final ProductRepository repository;
    private final GroupService groups;
    private final AuditService audit;
    private final PhotoFiles files;
    private final Clock clock;
    private final CurrentUser currentUser;

    ProductService(
            ProductRepository repository,
            GroupService groups,
            AuditService audit,
            PhotoFiles files,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.repository = repository;
        this.groups = groups;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Product> products(long groupId) {
        groups.get(groupId);
        return repository.ofGroup(groupId);
    }

    /**
     * The products of a group as the API lists them (the ids an application names), for whoever may see the group.
     * To anyone but an admin a group that does not exist is refused like another's, so probing ids outside the
     * caller's scope tells nothing.
     */
    @Transactional(readOnly = true)
    public List<Product> listed(long groupId) {
        if (!currentUser.hasRole(Role.STATE_ADMIN) && !repository.groupExists(groupId)) {
            throw new AccessDeniedException("group.error.notYours");
        }
        return products(groupId);
    }

    @Transactional
    public long addProduct(
            long groupId,
            String name,
            @Nullable String description,
            @Nullable Long categoryId,
            @Nullable Integer priceMin,
            @Nullable Integer priceMax) {
        groups.editable(groupId);
        String trimmed = checkProduct(name, description, priceMin, priceMax);
        if (repository.nameTaken(groupId, trimmed)) {
            throw new ConflictException("product.error.duplicate");
        }
        long id = repository.insert(groupId, trimmed, blankToNull(description), categoryId, priceMin, priceMax);
        audit.record(AuditEntity.GROUP, groupId, "PRODUCT_ADD", null, trimmed);
        return id;
    }

    /** Changes a product's name, description, category and prices, for whoever may change its group. */
    @Transactional
    public void updateProduct(
            long productId,
            String name,
            @Nullable String description,
            @Nullable Long categoryId,
            @Nullable Integer priceMin,
            @Nullable Integer priceMax) {
        long groupId = editableGroupOf(productId);
        String trimmed = checkProduct(name, description, priceMin, priceMax);
        if (repository.nameTakenByAnother(groupId, trimmed, productId)) {
            throw new ConflictException("product.error.duplicate");
        }
        String before = repository.productName(productId).orElse("");
        repository.update(productId, trimmed, blankToNull(description), categoryId, priceMin, priceMax);
        audit.record(AuditEntity.GROUP, groupId, "PRODUCT_EDIT", before, trimmed);
    }

    /** Deletes a product with its photos; their files go once the deletion has committed. */
    @Transactional
    public void deleteProduct(long productId) {
        long groupId = editableGroupOf(productId);
        String name = repository.productName(productId).orElse("");
        files.deleteAfterCommit(repository.deleteProduct(groupId, productId));
        audit.record(AuditEntity.GROUP, groupId, "PRODUCT_DELETE", name, null);
    }

    /** Moves a product one place up (-1) or down (+1) in the group's list; at either end nothing changes. */
    @Transactional
    public void moveProduct(long productId, int step) {
        long groupId = editableGroupOf(productId);
        if (moved(repository.productIds(groupId), productId, step, repository::orderProducts)) {
            audit.record(AuditEntity.GROUP, groupId, "PRODUCT_MOVE", null, "product " + productId + " by " + step);
        }
    }

    /** Deletes one photo; its files go once the deletion has committed. */
    @Transactional
    public void deletePhoto(long photoId) {
        var photo = repository.photo(photoId).orElseThrow(() -> new NotFoundException("product.error.photoNotFound"));
        groups.editable(photo.groupId());
        repository.deletePhoto(photo.groupId(), photoId);
        files.deleteAfterCommit(List.of(photo.fileKey()));
        audit.record(
                AuditEntity.GROUP,
                photo.groupId(),
                "PHOTO_DELETE",
                "product " + photo.productId() + ", photo " + photoId,
                null);
    }

    /** Moves a photo one place earlier (-1) or later (+1) among its product's photos (the first one leads). */
    @Transactional
    public void movePhoto(long photoId, int step) {
        var photo = repository.photo(photoId).orElseThrow(() -> new NotFoundException("product.error.photoNotFound"));
        groups.editable(photo.groupId());
        if (moved(repository.photoIds(photo.productId()), photoId, step, repository::orderPhotos)) {
            audit.record(AuditEntity.GROUP, photo.groupId(), "PHOTO_MOVE", null, "photo " + photoId + " by " + step);
        }
    }

    private static boolean moved(List<Long> order, long id, int step, Consumer<List<Long>> store) {
        if (step != -1 && step != 1) {
            throw new ValidationException("product.error.step");
        }
        int from = order.indexOf(id);
        int to = from + step;
        if (from < 0 || to < 0 || to >= order.size()) {
            return false;
        }
        List<Long> reordered = new ArrayList<>(order);
        Collections.swap(reordered, from, to);
        store.accept(reordered);
        return true;
    }

    private long editableGroupOf(long productId) {
        long groupId =
                repository.groupOfProduct(productId).orElseThrow(() -> new NotFoundException("product.error.notFound"));
        groups.editable(groupId);
        return groupId;
    }

    /** The rules for a product's fields on every path that writes one; answers the trimmed name. */
    private static String checkProduct(
            String name, @Nullable String description, @Nullable Integer priceMin, @Nullable Integer priceMax) {
        List<String> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            errors.add("product.error.name");
        }
        if (description != null && description.length() > 2000) {
            errors.add("product.error.description");
        }
        InputRules.checkSingleLine(errors, trimmed);
        InputRules.checkMultiLine(errors, description);
        if ((priceMin != null && (priceMin < 0 || priceMin > 10_000_000))
                || (priceMax != null && (priceMax < 0 || priceMax > 10_000_000))
                || (priceMin != null && priceMax != null && priceMin > priceMax)) {
            errors.add("product.error.price");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return trimmed;
    }

    private static @Nullable String blankToNull(@Nullable String description) {
        return description == null || description.isBlank() ? null : description.strip();
    }

    /** Checks, re-encodes (dropping EXIF) and stores a photo with its thumbnail. */
    @Transactional
    public long addPhoto(long productId, InputStream content) {
        long groupId = editableGroupOf(productId);
        if (repository.countPhotos(productId) >= MAX_PHOTOS) {
            throw new ValidationException("photo.error.tooMany");
        }
        PhotoProcessor.Processed photo;
        try {
            photo = PhotoProcessor.process(content);
        } catch (PhotoProcessor.Rejected e) {
            throw new ValidationException(e.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key = UUID.randomUUID().toString();
        files.store(key, photo.original(), photo.thumbnail());
        long id = repository.insertPhoto(
                productId, key, photo.width(), photo.height(), photo.original().length, OffsetDateTime.now(clock));
        audit.record(AuditEntity.GROUP, groupId, "PHOTO_ADD", null, "product " + productId + ", photo " + id);
        return id;
    }

    /**
     * The same for a client that names the product under its group ({@code /api/groups/{id}/products/{productId}}):
     * a product of another group is not found, whatever the caller may see.
     */
    @Transactional
    public long addPhoto(long groupId, long productId, InputStream content) {
        productOfGroup(groupId, productId);
        return addPhoto(productId, content);
    }

    /** The product's photos, named under its group; a product of another group is not found. */
    @Transactional(readOnly = true)
    public List<Long> photoIds(long groupId, long productId) {
        productOfGroup(groupId, productId);
        return photoIds(productId);
    }

    /** A photo named under its group and product; one of another product or group is not found. */
    @Transactional(readOnly = true)
    public byte[] photo(long groupId, long productId, long photoId, boolean thumbnail) {
        productOfGroup(groupId, productId);
        var photo = repository.photo(photoId).orElseThrow(() -> new NotFoundException("product.error.photoNotFound"));
        if (photo.groupId() != groupId || !repository.photoIds(productId).contains(photoId)) {
            throw new NotFoundException("product.error.photoNotFound");
        }
        return photo(photoId, thumbnail);
    }

    private void productOfGroup(long groupId, long productId) {
        if (repository.groupOfProduct(productId).filter(g -> g == groupId).isEmpty()) {
            throw new NotFoundException("product.error.notFound");
        }
    }

    /** The product's photos in the group's order, for whoever may see the group. */
    @Transactional(readOnly = true)
    public List<Long> photoIds(long productId) {
        groups.get(repository
                .groupOfProduct(productId)
                .orElseThrow(() -> new NotFoundException("product.error.notFound")));
        return repository.photoIds(productId);
    }

    /** The photo's bytes (or its thumbnail), for whoever may see the group. */
    @Transactional(readOnly = true)
    public byte[] photo(long photoId, boolean thumbnail) {
        var photo = repository.photo(photoId).orElseThrow(() -> new NotFoundException("product.error.photoNotFound"));
        groups.get(photo.groupId());
        try {
            return files.read(photo.fileKey(), thumbnail);
        } catch (IOException e) {
            throw new NotFoundException("product.error.photoNotFound");
        }
    }

    /**
     * A photo's thumbnail without a signed-in user: only for the public catalogue, which has checked that the photo's
     * group stands at a published exhibition.
     */
    @Transactional(readOnly = true)
    public byte[] exhibitedThumbnail(long photoId) {
        var photo = repository.photo(photoId).orElseThrow(() -> new NotFoundException("product.error.photoNotFound"));
        try {
            return files.read(photo.fileKey(), true);
        } catch (IOException e) {
            throw new NotFoundException("product.error.photoNotFound");
        }
    }

    /** Readiness for online selling: PAN, GSTIN, bank account, at least 3 product photos, e-retail training. */
    @Transactional(readOnly = true)
    public Readiness readiness(long groupId) {
        Group group = groups.get(groupId);
        return Readiness.of(group, repository.countGroupPhotos(groupId));
    }
}
