package app.haat.search;

import app.haat.group.GroupStatus;
import java.util.List;

/** What the search index holds of a group: its words, where it is, and what the facets count. */
record IndexedGroup(
        long id,
        String name,
        String leader,
        String ward,
        long municipalityId,
        String municipalityEn,
        String municipalityBn,
        long districtId,
        String districtEn,
        String districtBn,
        GroupStatus status,
        String readiness,
        List<String> categories,
        List<String> products) {}
