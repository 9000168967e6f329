package app.haat.group;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One valid row of an import file, normalised. */
record ImportRow(
        long line,
        String name,
        long municipalityId,
        String ward,
        int members,
        String leaderName,
        String phone,
        @Nullable String email,
        @Nullable String gstin,
        @Nullable String pan,
        @Nullable String registrationNo,
        @Nullable Long categoryId,
        List<String> products) {}
