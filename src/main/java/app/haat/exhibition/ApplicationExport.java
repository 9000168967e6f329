package app.haat.exhibition;

import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportText;
import app.haat.core.export.TableWriter;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.group.Category;
import app.haat.group.GroupService;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An exhibition's applications as CSV or XLSX, with the review grid's filters, for whoever may see the exhibition. */
@Service
public class ApplicationExport {

    private static final List<String> COLUMNS = List.of(
            "export.col.id",
            "export.col.group",
            "export.col.district",
            "export.col.municipality",
            "export.col.categories",
            "export.col.status",
            "export.col.slots",
            "export.col.electricity",
            "export.col.food",
            "export.col.onBehalf",
            "export.col.applied",
            "export.col.waitlist",
            "export.col.reason");

    private final ExhibitionService exhibitions;
    private final ApplicationRepository repository;
    private final GroupService groups;
    private final Translator translator;

    ApplicationExport(
            ExhibitionService exhibitions,
            ApplicationRepository repository,
            GroupService groups,
            Translator translator) {
        this.exhibitions = exhibitions;
        this.repository = repository;
        this.groups = groups;
        this.translator = translator;
    }

    @Transactional(readOnly = true)
    public long export(
            long exhibitionId, ApplicationFilter filter, ExportFormat format, Locale locale, OutputStream out) {
        Exhibition exhibition = exhibitions.get(exhibitionId);
        ExportText text = new ExportText(translator, locale);
        Map<String, String> categoryNames = groups.categories().stream()
                .collect(Collectors.toMap(Category::code, c -> text.pick(c.nameEn(), c.nameBn())));
        try (Stream<Application> rows = repository.stream(exhibitionId, filter)) {
            return TableWriter.write(
                    format,
                    out,
                    exhibition.title(),
                    text.header(COLUMNS),
                    rows.map(a -> Arrays.asList(
                            a.id(),
                            a.groupName(),
                            text.pick(a.districtEn(), a.districtBn()),
                            text.pick(a.municipalityEn(), a.municipalityBn()),
                            a.categories().stream()
                                    .map(code -> categoryNames.getOrDefault(code, code))
                                    .collect(Collectors.joining(", ")),
                            text.of("application.status." + a.status().name()),
                            a.preferredSlots().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            text.yesNo(a.needsElectricity()),
                            text.yesNo(a.needsFood()),
                            text.yesNo(a.onBehalf()),
                            a.createdAt().atZoneSameInstant(Formats.INDIA).toLocalDateTime(),
                            a.waitlistPosition(),
                            a.reason())));
        }
    }
}
