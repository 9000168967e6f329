package app.haat.exhibition;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an edit changes: only the fields given (null: unchanged). An empty Bengali title removes it; an empty category
 * list lets every category apply.
 */
public record ExhibitionEdit(
        @Nullable String title,
        @Nullable String titleBn,
        @Nullable Catchment catchment,
        @Nullable List<String> categories,
        @Nullable OffsetDateTime applicationsOpenAt,
        @Nullable OffsetDateTime applicationsCloseAt) {}
