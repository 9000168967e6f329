package app.haat.group;

import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.PRODUCT_PHOTO;
import static app.haat.db.Tables.SHG_GROUP;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.TableField;
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
                .orderBy(PRODUCT_PHOTO.SORT_ORDER, PRODUCT_PHOTO.ID)
                .fetchGroups(PRODUCT_PHOTO.PRODUCT_ID, PRODUCT_PHOTO.ID);
        return dsl.selectFrom(PRODUCT)
                .where(PRODUCT.GROUP_ID.eq(groupId))
                .orderBy(PRODUCT.SORT_ORDER, PRODUCT.ID)
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
                .orderBy(PRODUCT_PHOTO.SORT_ORDER, PRODUCT_PHOTO.ID)
                .fetch(PRODUCT_PHOTO.ID);
    }

    /** The group's product ids in the order the group gave them. */
    List<Long> productIds(long groupId) {
        return dsl.select(PRODUCT.ID)
                .from(PRODUCT)
                .where(PRODUCT.GROUP_ID.eq(groupId))
                .orderBy(PRODUCT.SORT_ORDER, PRODUCT.ID)
                .fetch(PRODUCT.ID);
    }

    /** Numbers the products in the given order. */
    void orderProducts(List<Long> productIds) {
        number(PRODUCT, PRODUCT.ID, PRODUCT.SORT_ORDER, productIds);
    }

    /** Numbers the photos in the given order. */
    void orderPhotos(List<Long> photoIds) {
        number(PRODUCT_PHOTO, PRODUCT_PHOTO.ID, PRODUCT_PHOTO.SORT_ORDER, photoIds);
    }

    private <R extends Record> void number(
            Table<R> table, TableField<R, Long> id, TableField<R, Integer> order, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            dsl.update(table).set(order, i + 1).where(id.eq(ids.get(i))).execute();
        }
    }

    /** The next place at the end of a list (the products of a group, the photos of a product). */
    private <R extends Record> int nextPlace(Table<R> table, TableField<R, Integer> order, Condition list) {
        Integer last = dsl.select(DSL.max(order)).from(table).where(list).fetchOne(0, Integer.class);
        return (last == null ? 0 : last) + 1;
    }

    Optional<String> productName(long productId) {
        return dsl.select(PRODUCT.NAME)
                .from(PRODUCT)
                .where(PRODUCT.ID.eq(productId))
                .fetchOptional(PRODUCT.NAME);
    }

    boolean nameTakenByAnother(long groupId, String name, long productId) {
        return dsl.fetchExists(
                PRODUCT, PRODUCT.GROUP_ID.eq(groupId).and(PRODUCT.NAME.eq(name)).and(PRODUCT.ID.ne(productId)));
    }

    void update(
            long productId,
            String name,
            @Nullable String description,
            @Nullable Long categoryId,
            @Nullable Integer priceMin,
            @Nullable Integer priceMax) {
        dsl.update(PRODUCT)
                .set(PRODUCT.NAME, name)
                .set(PRODUCT.DESCRIPTION, description)
                .set(PRODUCT.CATEGORY_ID, categoryId)
                .set(PRODUCT.PRICE_MIN, priceMin)
                .set(PRODUCT.PRICE_MAX, priceMax)
                .where(PRODUCT.ID.eq(productId))
                .execute();
    }

    /** Deletes a product with its photos (uncounted on the group); answers the photos' file keys. */
    List<String> deleteProduct(long groupId, long productId) {
        List<String> keys = dsl.select(PRODUCT_PHOTO.FILE_KEY)
                .from(PRODUCT_PHOTO)
                .where(PRODUCT_PHOTO.PRODUCT_ID.eq(productId))
                .fetch(PRODUCT_PHOTO.FILE_KEY);
        uncountPhotos(groupId, keys.size());
        dsl.deleteFrom(PRODUCT).where(PRODUCT.ID.eq(productId)).execute(); // photos go by ON DELETE CASCADE
        return keys;
    }

    /** Deletes one photo and uncounts it on its group. */
    void deletePhoto(long groupId, long photoId) {
        if (dsl.deleteFrom(PRODUCT_PHOTO).where(PRODUCT_PHOTO.ID.eq(photoId)).execute() > 0) {
            uncountPhotos(groupId, 1);
        }
    }

    private void uncountPhotos(long groupId, int photos) {
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.PHOTO_COUNT, DSL.greatest(SHG_GROUP.PHOTO_COUNT.minus(photos), DSL.inline(0)))
                .where(SHG_GROUP.ID.eq(groupId))
                .execute();
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
        int place = nextPlace(PRODUCT, PRODUCT.SORT_ORDER, PRODUCT.GROUP_ID.eq(groupId));
        return Objects.requireNonNull(dsl.insertInto(PRODUCT)
                .set(PRODUCT.GROUP_ID, groupId)
                .set(PRODUCT.NAME, name)
                .set(PRODUCT.DESCRIPTION, description)
                .set(PRODUCT.CATEGORY_ID, categoryId)
                .set(PRODUCT.PRICE_MIN, priceMin)
                .set(PRODUCT.PRICE_MAX, priceMax)
                .set(PRODUCT.SORT_ORDER, place)
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
        int place = nextPlace(PRODUCT_PHOTO, PRODUCT_PHOTO.SORT_ORDER, PRODUCT_PHOTO.PRODUCT_ID.eq(productId));
        return Objects.requireNonNull(dsl.insertInto(PRODUCT_PHOTO)
                .set(PRODUCT_PHOTO.PRODUCT_ID, productId)
                .set(PRODUCT_PHOTO.FILE_KEY, key)
                .set(PRODUCT_PHOTO.CONTENT_TYPE, "image/jpeg")
                .set(PRODUCT_PHOTO.WIDTH, width)
                .set(PRODUCT_PHOTO.HEIGHT, height)
                .set(PRODUCT_PHOTO.BYTES, bytes)
                .set(PRODUCT_PHOTO.CREATED_AT, now)
                .set(PRODUCT_PHOTO.SORT_ORDER, place)
                .returning(PRODUCT_PHOTO.ID)
                .fetchOne(PRODUCT_PHOTO.ID));
    }

    /** A stored photo: its file and the group whose product it shows. */
    record PhotoFile(String fileKey, long groupId, long productId) {}

    Optional<PhotoFile> photo(long photoId) {
        return dsl.select(PRODUCT_PHOTO.FILE_KEY, PRODUCT.GROUP_ID, PRODUCT.ID)
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
