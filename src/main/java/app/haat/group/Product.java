package app.haat.group;

import java.util.List;

/** A product of a group's catalogue, with its photos (ids, newest last). */
public record Product(
        long id,
        long groupId,
        String name,
        String description,
        Long categoryId,
        Integer priceMin,
        Integer priceMax,
        List<Long> photoIds) {}
