package app.haat.allocation;

import app.haat.allocation.engine.DrawInput;
import app.haat.allocation.engine.DrawResult;
import app.haat.allocation.engine.DrawSeeds;
import app.haat.allocation.engine.Engine;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar haat.jar verify-draw draw.json}: checks a draw's public record offline, with no database and no
 * server. The first run's seed must hash to the published commitment, every re-draw's seed must be the one derived
 * from it, and every run recomputed from its recorded input must give its recorded result. Exit 0 when identical.
 */
public final class VerifyDrawCommand {

    /** The parts of the public record the check reads (the rest, such as the changes, is for people). */
    record DrawFile(Long exhibitionId, String seedSha256, String engineVersion, List<RunFile> runs) {}

    record RunFile(long runId, Long seed, int redraw, String engineVersion, DrawInput input, DrawResult result) {}

    private VerifyDrawCommand() {}

    public static int run(String[] args) {
        return run(args, System.out);
    }

    static int run(String[] args, PrintStream out) {
        if (args.length != 2) {
            out.println("Usage: java -jar haat.jar verify-draw <draw.json>   (GET /api/exhibitions/{id}/draw)");
            return 2;
        }
        DrawFile draw;
        try {
            draw = JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(Files.readString(Path.of(args[1])), DrawFile.class);
        } catch (Exception e) {
            out.println("Cannot read " + args[1] + ": " + e.getMessage());
            return 2;
        }
        List<String> differences = verify(draw);
        if (differences.isEmpty()) {
            out.println("identical");
            return 0;
        }
        differences.forEach(out::println);
        return 1;
    }

    /** What does not hold in the record; empty when every check passes. */
    static List<String> verify(DrawFile draw) {
        List<String> found = new ArrayList<>();
        if (draw.runs() == null || draw.runs().isEmpty()) {
            found.add("the record has no runs");
            return found;
        }
        RunFile first = draw.runs().getFirst();
        if (first.seed() == null) {
            found.add("the seeds are not revealed yet: the allocation is not published");
            return found;
        }
        if (first.redraw() != 0) {
            found.add("the first run is re-draw " + first.redraw() + ", not the committed seed");
        }
        long committed = DrawSeeds.seedOf(first.seed(), 0);
        if (!DrawSeeds.commitment(committed).equals(draw.seedSha256())) {
            found.add("SHA-256 of the first run's seed " + committed + " is " + DrawSeeds.commitment(committed)
                    + ", not the published " + draw.seedSha256());
        }
        int previous = 0;
        for (RunFile run : draw.runs()) {
            String name = "run " + run.runId();
            if (run.seed() == null || run.seed() != DrawSeeds.seedOf(committed, run.redraw())) {
                found.add(name + ": seed " + run.seed() + " is not re-draw " + run.redraw() + "'s seed "
                        + DrawSeeds.seedOf(committed, run.redraw()));
            }
            if (run.redraw() < previous) {
                found.add(name + ": re-draw " + run.redraw() + " after re-draw " + previous);
            }
            previous = run.redraw();
            if (run.input() == null || run.result() == null) {
                found.add(name + ": made before draws were recorded; nothing to recompute");
                continue;
            }
            if (!Engine.VERSION.equals(run.engineVersion())) {
                found.add(name + ": made by engine " + run.engineVersion() + "; this Haat runs " + Engine.VERSION
                        + ". Verify it with a Haat release that runs " + run.engineVersion() + ".");
                continue;
            }
            run.result()
                    .differences(Engine.replay(run.engineVersion(), run.input(), run.seed()))
                    .forEach(difference -> found.add(name + ": " + difference));
        }
        return found;
    }
}
