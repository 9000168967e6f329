package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportText;
import app.haat.core.export.TableWriter;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officers' group grid as CSV or XLSX: the same filters, order and scope, phones masked as on screen. */
@Service
public class GroupExport {

    private static final List<String> COLUMNS = List.of(
            "export.col.id",
            "export.col.group",
            "export.col.district",
            "export.col.municipality",
            "export.col.ward",
            "export.col.members",
            "export.col.leader",
            "export.col.mobile",
            "export.col.categories",
            "export.col.status",
            "export.col.readiness",
            "export.col.trained",
            "export.col.registered",
            "export.col.verified");

    private final GroupAccess access;
    private final GroupRepository repository;
    private final CategoryRepository categories;
    private final Translator translator;
    private final AuditService audit;
    private final RegionService regions;

    GroupExport(
            GroupAccess access,
            GroupRepository repository,
            CategoryRepository categories,
            Translator translator,
            AuditService audit,
            RegionService regions) {
        this.regions = regions;
        this.access = access;
        this.repository = repository;
        this.categories = categories;
        this.translator = translator;
        this.audit = audit;
    }

    /**
     * The export's file name part saying what it holds: "groups", then each filter applied (status, ward, category,
     * readiness, deletion requests, searched text) and the municipality when the caller sees only one, in plain
     * Latin letters, e.g. {@code groups-verified-bally}.
     */
    @Transactional(readOnly = true)
    public String fileSubject(GroupFilter filter) {
        List<String> parts = new ArrayList<>(List.of("groups"));
        if (filter.status() != null) {
            parts.add(filter.status().name());
        }
        if (filter.ward() != null && !filter.ward().isBlank()) {
            parts.add("ward-" + filter.ward());
        }
        if (filter.category() != null) {
            parts.add(filter.category());
        }
        if (filter.readiness() != null) {
            parts.add("readiness-" + filter.readiness().name());
        }
        if (filter.deletionRequested()) {
            parts.add("deletion-requested");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String searched = slug(filter.text());
            parts.add(searched.isEmpty() ? "search" : "search-" + searched);
        }
        onlyMunicipality().ifPresent(m -> parts.add(m.nameEn()));
        return parts.stream().map(GroupExport::slug).filter(p -> !p.isEmpty()).collect(Collectors.joining("-"));
    }

    /**
     * What the export applies, in the reader's words, for the page beside the export buttons: each filter applied
     * and the municipality when the caller sees only one; "all the groups you can see" without any.
     */
    @Transactional(readOnly = true)
    public String description(GroupFilter filter, Locale locale, boolean bengali) {
        List<String> parts = new ArrayList<>();
        if (filter.status() != null) {
            parts.add(
                    translator.getTranslation("group.status." + filter.status().name(), locale));
        }
        if (filter.ward() != null && !filter.ward().isBlank()) {
            parts.add(translator.getTranslation("group.ward", locale) + " "
                    + filter.ward().strip());
        }
        if (filter.category() != null) {
            categories.categories().stream()
                    .filter(c -> c.code().equals(filter.category()))
                    .findFirst()
                    .ifPresent(c -> parts.add(bengali ? c.nameBn() : c.nameEn()));
        }
        if (filter.readiness() != null) {
            parts.add(translator.getTranslation(
                    "readiness.level." + filter.readiness().name(), locale));
        }
        if (filter.deletionRequested()) {
            parts.add(translator.getTranslation("group.deletion.filter", locale));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            parts.add("\u201c" + filter.text().strip() + "\u201d");
        }
        onlyMunicipality().ifPresent(m -> parts.add(bengali ? m.nameBn() : m.nameEn()));
        return parts.isEmpty()
                ? translator.getTranslation("group.export.all", locale)
                : translator.getTranslation("group.export.filters", locale, String.join(" · ", parts));
    }

    private Optional<Municipality> onlyMunicipality() {
        Set<Long> scope = access.visibleMunicipalities();
        return scope == null || scope.size() != 1
                ? Optional.empty()
                : regions.municipalities(scope).stream().findFirst();
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Writes the groups the caller may see that match the filter; answers how many. */
    @Transactional(readOnly = true)
    public long export(GroupFilter filter, List<GroupSort> sort, ExportFormat format, Locale locale, OutputStream out) {
        var condition = GroupConditions.of(filter, access.visibleMunicipalities());
        // leaders' names leave the portal in this file: who took which groups is on the record
        audit.recordAccess(AuditEntity.EXPORT, "GROUPS", format + ", " + filter);
        ExportText text = new ExportText(translator, locale);
        Map<String, String> categoryNames = categories.categories().stream()
                .collect(Collectors.toMap(Category::code, c -> text.pick(c.nameEn(), c.nameBn())));
        try (Stream<Group> rows = repository.stream(condition, sort)) {
            return TableWriter.write(format, out, text.of("group.title"), text.header(COLUMNS), rows.map(g -> {
                List<Object> row = new ArrayList<>(COLUMNS.size());
                row.addAll(Arrays.asList(
                        g.id(),
                        g.deleted() ? text.of("group.deleted", g.id()) : g.name(),
                        text.pick(g.districtEn(), g.districtBn()),
                        text.pick(g.municipalityEn(), g.municipalityBn()),
                        g.ward(),
                        g.memberCount(),
                        g.leaderName(),
                        Masking.phone(g.phone()),
                        g.categories().stream()
                                .map(code -> categoryNames.getOrDefault(code, code))
                                .collect(Collectors.joining(", ")),
                        text.of("group.status." + g.status().name()),
                        g.readinessDone(),
                        text.yesNo(g.eretailTrained()),
                        g.createdAt() == null
                                ? null
                                : g.createdAt().atZoneSameInstant(Formats.INDIA).toLocalDate(),
                        g.verifiedAt() == null
                                ? null
                                : g.verifiedAt()
                                        .atZoneSameInstant(Formats.INDIA)
                                        .toLocalDate()));
                return row;
            }));
        }
    }
}
