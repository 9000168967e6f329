package app.haat.desk;

import app.haat.region.Centre;
import app.haat.region.NearbyCentre;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group's desk as its page shows it: the centre of its zone with the types it handles (or none: then the state's
 * help line and the City Livelihood Centres its officer may forward a request to, nearest first), and its cases.
 */
public record DeskHome(
        long groupId,
        @Nullable Centre centre,
        List<DeskType> types,
        List<NearbyCentre> otherCentres,
        @Nullable String helpLine,
        boolean food,
        List<DeskCase> cases) {}
