package app.haat.allocation;

import app.haat.allocation.engine.DrawInput;
import app.haat.allocation.engine.DrawResult;
import app.haat.allocation.engine.DrawSeeds;
import app.haat.allocation.engine.Engine;
import app.haat.core.api.NotFoundException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.security.CurrentUser;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public record of a draw (commit, then reveal), its runs for the officers, a replay of a stored run, and the
 * changes made after closing. The record is public from closing on; seeds, inputs and results only after publishing.
 */
@Service
public class DrawService {

    private final DrawRepository repository;
    private final ExhibitionService exhibitions;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;

    DrawService(
            DrawRepository repository,
            ExhibitionService exhibitions,
            CurrentUser currentUser,
            JsonMapper json,
            Clock clock) {
        this.repository = repository;
        this.exhibitions = exhibitions;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /** A run as the record shows it; seed, input and result are null until the allocation is published. */
    public record PublicRun(
            long runId,
            @Nullable Long seed,
            int redraw,
            @Nullable String reason,
            String authorRole,
            @Nullable OffsetDateTime at,
            String engineVersion,
            @Nullable DrawInput input,
            @Nullable DrawResult result) {}

    public record PublicDraw(
            long exhibitionId,
            String seedSha256,
            String engineVersion,
            List<PublicRun> runs,
            List<DrawRepository.Change> changes) {}

    public record Replay(boolean identical, List<String> differences) {}

    /** Anyone, signed in or not, from closing on. */
    @Transactional(readOnly = true)
    public PublicDraw publicDraw(long exhibitionId) {
        Exhibition exhibition = exhibitions.find(exhibitionId);
        if (exhibition.status().compareTo(ExhibitionStatus.CLOSED) < 0 || exhibition.lotterySeed() == null) {
            throw new NotFoundException("draw.error.notClosed");
        }
        boolean revealed = exhibition.status().compareTo(ExhibitionStatus.PUBLISHED) >= 0;
        List<PublicRun> runs = repository.runs(exhibitionId).stream()
                .map(run -> new PublicRun(
                        run.id(),
                        revealed ? run.seed() : null,
                        run.redraw(),
                        run.reason(),
                        run.authorRole(),
                        india(run.at()),
                        run.engineVersion(),
                        revealed && run.inputJson() != null ? input(run) : null,
                        revealed && run.resultJson() != null ? result(run) : null))
                .toList();
        return new PublicDraw(
                exhibitionId,
                DrawSeeds.commitment(exhibition.lotterySeed()),
                Engine.VERSION,
                runs,
                repository.changes(exhibitionId).stream()
                        .map(c -> new DrawRepository.Change(
                                india(c.at()), c.action(), c.applicationId(), c.authorRole(), c.reason()))
                        .toList());
    }

    /** Times in the record in India's offset, as people at the meeting read them. */
    private static @Nullable OffsetDateTime india(@Nullable OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(Formats.INDIA).toOffsetDateTime();
    }

    /** An exhibition in the public list of draws: pending (closed, not yet published) or published. */
    public record DrawListing(long exhibitionId, String title, boolean pending, String seedSha256) {}

    /**
     * Every draw that has begun and whose exhibition has not finished, for the public catalogue, titled in the page's
     * language.
     */
    @Transactional(readOnly = true)
    public List<DrawListing> listings(boolean bengali) {
        return repository.listings().stream()
                .map(l -> new DrawListing(
                        l.id(),
                        LocalizedName.pick(l.title(), l.titleBn(), bengali),
                        l.status() == ExhibitionStatus.CLOSED || l.status() == ExhibitionStatus.ALLOCATED,
                        DrawSeeds.commitment(l.seed())))
                .toList();
    }

    /** The exhibition's runs with their seeds, for its officers and the admin. */
    @Transactional(readOnly = true)
    public List<DrawRepository.StoredRun> runs(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        return repository.runs(exhibitionId).stream()
                .map(run -> new DrawRepository.StoredRun(
                        run.id(),
                        run.exhibitionId(),
                        run.seed(),
                        run.redraw(),
                        run.reason(),
                        run.authorRole(),
                        run.at(),
                        run.weights(),
                        run.engineVersion(),
                        null,
                        null,
                        run.placed(),
                        run.waitlisted()))
                .toList();
    }

    /** Recomputes a stored run from its recorded input and seed and compares it with the recorded result. */
    @Transactional(readOnly = true)
    public Replay replay(long exhibitionId, long runId) {
        exhibitions.requireManage(exhibitionId);
        DrawRepository.StoredRun run = repository
                .run(runId)
                .filter(r -> r.exhibitionId() == exhibitionId)
                .orElseThrow(() -> new NotFoundException("draw.error.noRun"));
        if (run.inputJson() == null) {
            throw new NotFoundException("draw.error.notRecorded");
        }
        List<String> differences = result(run).differences(Engine.replay(run.engineVersion(), input(run), run.seed()));
        return new Replay(differences.isEmpty(), differences);
    }

    /**
     * Records a change to the applications or placements of a closed exhibition, for the public record: what, which
     * application, the author's role and the reason. Before closing nothing is recorded (the draw has not begun).
     */
    void recordChange(Exhibition exhibition, String action, Long applicationId, @Nullable String reason) {
        if (exhibition.status().compareTo(ExhibitionStatus.CLOSED) < 0) {
            return;
        }
        repository.insertChange(
                exhibition.id(),
                OffsetDateTime.now(clock),
                action,
                applicationId,
                currentUser.find().map(p -> p.role().name()).orElse("GROUP"),
                reason);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    private DrawInput input(DrawRepository.StoredRun run) {
        return json.readValue(run.inputJson(), DrawInput.class);
    }

    private DrawResult result(DrawRepository.StoredRun run) {
        return json.readValue(run.resultJson(), DrawResult.class);
    }
}
