package app.haat.core.export;

import app.haat.core.api.ValidationException;
import java.time.LocalDate;
import java.util.Locale;

/** The file formats every grid exports to. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** A download name such as {@code haat-groups-2026-11-26.csv}: ASCII only, so every browser keeps it. */
    public String fileName(String subject, LocalDate on) {
        return "haat-" + subject + "-" + on + "." + extension;
    }

    /** "csv" or "xlsx", any case; anything else is refused with a message the caller can show. */
    public static ExportFormat parse(String text) {
        if (text != null) {
            for (ExportFormat format : values()) {
                if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
        }
        throw new ValidationException("export.error.format");
    }
}
