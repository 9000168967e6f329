package app.haat.group;

import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.PRODUCT_PHOTO;
import static app.haat.db.Tables.SHG_GROUP;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

    private final DSLContext dsl;

    ProductRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Product> ofGroup(long groupId) {
        Map<Long, List<Long>> photos = dsl.select(PRODUCT_PHOTO.PRODUCT_ID, PRODUCT_PHOTO.ID)
                .from(PRODUCT_PHOTO)
                .join(PRODUCT)
                .on(PRODUCT.ID.eq(PRODUCT_PHOTO.PRODUCT_ID))
                .where(PRODUCT.GROUP_ID.eq(groupId))
                .orderBy(PRODUCT_PHOTO.ID)
                .fetchGroups(PRODUCT_PHOTO.PRODUCT_ID, PRODUCT_PHOTO.ID);
        return dsl.selectFrom(PRODUCT)
                .where(PRODUCT.GROUP_ID.eq(groupId))
                .orderBy(PRODUCT.ID)
                .fetch(r -> new Product(
                        r.getId(),
                        r.getGroupId(),
                        r.getName(),
                        r.getDescription(),
                        r.getCategoryId(),
                        r.getPriceMin(),
                        r.getPriceMax(),
                        photos.getOrDefault(r.getId(), List.of())));
    }

    List<Long> photoIds(long productId) {
        return dsl.select(PRODUCT_PHOTO.ID)
                .from(PRODUCT_PHOTO)
                .where(PRODUCT_PHOTO.PRODUCT_ID.eq(productId))
                .orderBy(PRODUCT_PHOTO.ID)
                .fetch(PRODUCT_PHOTO.ID);
    }

    Optional<Long> groupOfProduct(long productId) {
        return dsl.select(PRODUCT.GROUP_ID)
                .from(PRODUCT)
                .where(PRODUCT.ID.eq(productId))
                .fetchOptional(PRODUCT.GROUP_ID);
    }

    boolean nameTaken(long groupId, String name) {
        return dsl.fetchExists(PRODUCT, PRODUCT.GROUP_ID.eq(groupId).and(PRODUCT.NAME.eq(name)));
    }

    long insert(
            long groupId,
            String name,
            @Nullable String description,
            @Nullable Long categoryId,
            @Nullable Integer priceMin,
            @Nullable Integer priceMax) {
        return Objects.requireNonNull(dsl.insertInto(PRODUCT)
                .set(PRODUCT.GROUP_ID, groupId)
                .set(PRODUCT.NAME, name)
                .set(PRODUCT.DESCRIPTION, description)
                .set(PRODUCT.CATEGORY_ID, categoryId)
                .set(PRODUCT.PRICE_MIN, priceMin)
                .set(PRODUCT.PRICE_MAX, priceMax)
                .returning(PRODUCT.ID)
                .fetchOne(PRODUCT.ID));
    }

    int countPhotos(long productId) {
        return dsl.fetchCount(PRODUCT_PHOTO, PRODUCT_PHOTO.PRODUCT_ID.eq(productId));
    }

    /** Adds a photo and counts it on its group (the group's readiness reads that count). */
    long insertPhoto(long productId, String key, int width, int height, long bytes, OffsetDateTime now) {
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.PHOTO_COUNT, SHG_GROUP.PHOTO_COUNT.plus(1))
                .where(SHG_GROUP.ID.eq(
                        DSL.select(PRODUCT.GROUP_ID).from(PRODUCT).where(PRODUCT.ID.eq(productId))))
                .execute();
        return Objects.requireNonNull(dsl.insertInto(PRODUCT_PHOTO)
                .set(PRODUCT_PHOTO.PRODUCT_ID, productId)
                .set(PRODUCT_PHOTO.FILE_KEY, key)
                .set(PRODUCT_PHOTO.CONTENT_TYPE, "image/jpeg")
                .set(PRODUCT_PHOTO.WIDTH, width)
                .set(PRODUCT_PHOTO.HEIGHT, height)
                .set(PRODUCT_PHOTO.BYTES, bytes)
                .set(PRODUCT_PHOTO.CREATED_AT, now)
                .returning(PRODUCT_PHOTO.ID)
                .fetchOne(PRODUCT_PHOTO.ID));
    }

    /** A stored photo: its file and the group whose product it shows. */
    record PhotoFile(String fileKey, long groupId) {}

    Optional<PhotoFile> photo(long photoId) {
        return dsl.select(PRODUCT_PHOTO.FILE_KEY, PRODUCT.GROUP_ID)
                .from(PRODUCT_PHOTO)
                .join(PRODUCT)
                .on(PRODUCT.ID.eq(PRODUCT_PHOTO.PRODUCT_ID))
                .where(PRODUCT_PHOTO.ID.eq(photoId))
                .fetchOptional(Records.mapping(PhotoFile::new));
    }

    int countGroupPhotos(long groupId) {
        return dsl.fetchCount(dsl.selectOne()
                .from(PRODUCT_PHOTO)
                .join(PRODUCT)
                .on(PRODUCT.ID.eq(PRODUCT_PHOTO.PRODUCT_ID))
                .where(PRODUCT.GROUP_ID.eq(groupId)));
    }

    boolean groupExists(long groupId) {
        return dsl.fetchExists(SHG_GROUP, SHG_GROUP.ID.eq(groupId));
    }
}
