package app.haat.search;

import app.haat.exhibition.ApplicationStatus;
import org.jspecify.annotations.Nullable;

/** What the search index holds of an application: the group's name and place, the exhibition and the status. */
record IndexedApplication(
        long id,
        long groupId,
        String groupName,
        long exhibitionId,
        String exhibitionTitle,
        long municipalityId,
        String municipalityEn,
        String municipalityBn,
        long districtId,
        String districtEn,
        String districtBn,
        ApplicationStatus status,
        @Nullable String exhibitionTitleBn) {}
