package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Accessible;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Readiness for online selling per municipality: officers see theirs, admins all, with a state-wide total. */
@Route("readiness")
@RolesAllowed({Role.ADMIN, Role.OFFICER})
public class ReadinessView extends VerticalLayout implements HasDynamicTitle {

    public ReadinessView(GroupService groups) {
        addClassName("haat-view");
        setSizeFull();
        boolean bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        List<ReadinessFigures> rows = groups.readinessByMunicipality();
        Grid<ReadinessFigures> grid = new Grid<>();
        grid.setId("readiness-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var municipality = grid.addColumn(r -> bengali
                        ? r.municipalityBn() + " (" + r.districtBn() + ")"
                        : r.municipalityEn() + " (" + r.districtEn() + ")")
                .setHeader(getTranslation("group.municipality"))
                .setFlexGrow(2)
                .setFrozen(true)
                .setComparator(r -> bengali ? r.municipalityBn() : r.municipalityEn())
                .setKey("municipality");
        ReadinessFigures total = total(rows);
        municipality.setFooter(getTranslation("readiness.total"));
        number(grid, "readiness.col.groups", ReadinessFigures::groups, total);
        number(grid, "readiness.col.pan", ReadinessFigures::pan, total);
        number(grid, "readiness.col.gstin", ReadinessFigures::gstin, total);
        number(grid, "readiness.col.fssai", ReadinessFigures::fssai, total);
        number(grid, "readiness.col.bank", ReadinessFigures::bank, total);
        number(grid, "readiness.col.photos", ReadinessFigures::photos, total);
        number(grid, "readiness.col.training", ReadinessFigures::trained, total);
        number(grid, "readiness.col.ready", ReadinessFigures::ready, total);
        grid.addComponentColumn(r -> {
                    ProgressBar bar = Accessible.named(
                            new ProgressBar(0, 1, r.share()),
                            getTranslation("readiness.share") + ": " + Formats.number(Math.round(r.share() * 100))
                                    + "%");
                    bar.setWidth("6em");
                    return bar;
                })
                .setHeader(getTranslation("readiness.share"))
                .setAutoWidth(true)
                .setComparator(ReadinessFigures::share)
                .setKey("share")
                .setFooter(Formats.number(Math.round(total.share() * 100)) + "%");
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("readiness.none"));
        Paragraph help = new Paragraph(getTranslation("readiness.help"));
        help.addClassName("haat-hint");
        add(new H2(getTranslation("readiness.title")), help, grid);
        setFlexGrow(1, grid);
    }

    private void number(
            Grid<ReadinessFigures> grid,
            String headerKey,
            ValueProvider<ReadinessFigures, Integer> value,
            ReadinessFigures total) {
        grid.addColumn(r -> Formats.number(value.apply(r)))
                .setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setComparator(value::apply)
                .setKey(headerKey)
                .setFooter(Formats.number(value.apply(total)));
    }

    private static ReadinessFigures total(List<ReadinessFigures> rows) {
        return new ReadinessFigures(
                0,
                "",
                "",
                "",
                "",
                rows.stream().mapToInt(ReadinessFigures::groups).sum(),
                rows.stream().mapToInt(ReadinessFigures::pan).sum(),
                rows.stream().mapToInt(ReadinessFigures::gstin).sum(),
                rows.stream().mapToInt(ReadinessFigures::fssai).sum(),
                rows.stream().mapToInt(ReadinessFigures::bank).sum(),
                rows.stream().mapToInt(ReadinessFigures::photos).sum(),
                rows.stream().mapToInt(ReadinessFigures::trained).sum(),
                rows.stream().mapToInt(ReadinessFigures::ready).sum());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("readiness.title") + " · " + getTranslation("app.name");
    }
}
