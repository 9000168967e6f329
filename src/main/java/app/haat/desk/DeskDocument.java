package app.haat.desk;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A document of a case: what it is, never what it says. {@code maskedAadhaar} when the uploader declared it the
 * group's own masked Aadhaar copy (only the last four digits visible).
 */
public record DeskDocument(
        long id,
        long caseId,
        String name,
        String contentType,
        int sizeBytes,
        @Nullable Integer pages,
        boolean maskedAadhaar,
        String uploadedBy,
        OffsetDateTime uploadedAt,
        String fileKey) {}
