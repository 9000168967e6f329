package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportText;
import app.haat.core.export.TableWriter;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    GroupExport(
            GroupAccess access,
            GroupRepository repository,
            CategoryRepository categories,
            Translator translator,
            AuditService audit) {
        this.access = access;
        this.repository = repository;
        this.categories = categories;
        this.translator = translator;
        this.audit = audit;
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
