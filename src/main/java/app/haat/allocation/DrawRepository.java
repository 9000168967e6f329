package app.haat.allocation;

import static app.haat.db.Tables.ALLOCATION_RUN;
import static app.haat.db.Tables.DRAW_CHANGE;
import static app.haat.db.Tables.EXHIBITION;

import app.haat.allocation.engine.Weights;
import app.haat.db.tables.records.AllocationRunRecord;
import app.haat.exhibition.ExhibitionStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The public record of an exhibition's draw: every run with what the engine saw and decided, and every change. */
@Repository
class DrawRepository {

    private final DSLContext dsl;

    DrawRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One stored run. Runs made before the public record (engine version null) carry no input or result. */
    record StoredRun(
            long id,
            long exhibitionId,
            long seed,
            int redraw,
            @Nullable String reason,
            String authorRole,
            OffsetDateTime at,
            String weights,
            String engineVersion,
            @Nullable String inputJson,
            @Nullable String resultJson,
            int placed,
            int waitlisted) {}

    /** One change to the applications or placements after closing. */
    record Change(
            @Nullable OffsetDateTime at,
            String action,
            @Nullable Long applicationId,
            String authorRole,
            @Nullable String reason) {}

    /** The re-draw number of the latest run (0: the committed seed), if any run was made. */
    Optional<Integer> latestRedraw(long exhibitionId) {
        return dsl.select(ALLOCATION_RUN.REDRAW)
                .from(ALLOCATION_RUN)
                .where(ALLOCATION_RUN.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(ALLOCATION_RUN.ID.desc())
                .limit(1)
                .fetchOptional(ALLOCATION_RUN.REDRAW);
    }

    long insertRun(
            long exhibitionId,
            long seed,
            int redraw,
            Weights weights,
            @Nullable String reason,
            String actor,
            String authorRole,
            OffsetDateTime now,
            int placed,
            int waitlisted,
            String engineVersion,
            String inputJson,
            String resultJson) {
        return Objects.requireNonNull(dsl.insertInto(ALLOCATION_RUN)
                .set(ALLOCATION_RUN.EXHIBITION_ID, exhibitionId)
                .set(ALLOCATION_RUN.SEED, seed)
                .set(ALLOCATION_RUN.REDRAW, redraw)
                .set(ALLOCATION_RUN.WEIGHTS, weights.toString())
                .set(ALLOCATION_RUN.REASON, reason)
                .set(ALLOCATION_RUN.RUN_BY, actor)
                .set(ALLOCATION_RUN.AUTHOR_ROLE, authorRole)
                .set(ALLOCATION_RUN.RUN_AT, now)
                .set(ALLOCATION_RUN.PLACED, placed)
                .set(ALLOCATION_RUN.WAITLISTED, waitlisted)
                .set(ALLOCATION_RUN.ENGINE_VERSION, engineVersion)
                .set(ALLOCATION_RUN.INPUT_JSON, inputJson)
                .set(ALLOCATION_RUN.RESULT_JSON, resultJson)
                .returning(ALLOCATION_RUN.ID)
                .fetchOne(ALLOCATION_RUN.ID));
    }

    List<StoredRun> runs(long exhibitionId) {
        return dsl.selectFrom(ALLOCATION_RUN)
                .where(ALLOCATION_RUN.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(ALLOCATION_RUN.ID)
                .fetch(DrawRepository::run);
    }

    Optional<StoredRun> run(long runId) {
        return dsl.selectFrom(ALLOCATION_RUN).where(ALLOCATION_RUN.ID.eq(runId)).fetchOptional(DrawRepository::run);
    }

    private static StoredRun run(AllocationRunRecord r) {
        return new StoredRun(
                r.getId(),
                r.getExhibitionId(),
                r.getSeed(),
                r.getRedraw(),
                r.getReason(),
                r.getAuthorRole(),
                r.getRunAt(),
                r.getWeights(),
                r.getEngineVersion(),
                r.getInputJson(),
                r.getResultJson(),
                r.getPlaced(),
                r.getWaitlisted());
    }

    void insertChange(
            long exhibitionId,
            OffsetDateTime now,
            String action,
            Long applicationId,
            String authorRole,
            @Nullable String reason) {
        dsl.insertInto(DRAW_CHANGE)
                .set(DRAW_CHANGE.EXHIBITION_ID, exhibitionId)
                .set(DRAW_CHANGE.OCCURRED_AT, now)
                .set(DRAW_CHANGE.ACTION, action)
                .set(DRAW_CHANGE.APPLICATION_ID, applicationId)
                .set(DRAW_CHANGE.AUTHOR_ROLE, authorRole)
                .set(DRAW_CHANGE.REASON, reason)
                .execute();
    }

    List<Change> changes(long exhibitionId) {
        return dsl.select(
                        DRAW_CHANGE.OCCURRED_AT,
                        DRAW_CHANGE.ACTION,
                        DRAW_CHANGE.APPLICATION_ID,
                        DRAW_CHANGE.AUTHOR_ROLE,
                        DRAW_CHANGE.REASON)
                .from(DRAW_CHANGE)
                .where(DRAW_CHANGE.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(DRAW_CHANGE.ID)
                .fetch(Records.mapping(Change::new));
    }

    /** An exhibition whose draw has begun and that has not finished: id, title, whether published, seed. */
    record Listing(
            long id,
            String title,
            ExhibitionStatus status,
            long seed,
            @Nullable String titleBn) {}

    List<Listing> listings() {
        return dsl.select(
                        EXHIBITION.ID,
                        EXHIBITION.TITLE,
                        EXHIBITION.STATUS,
                        EXHIBITION.LOTTERY_SEED,
                        EXHIBITION.TITLE_BN)
                .from(EXHIBITION)
                .where(EXHIBITION
                        .STATUS
                        .in(
                                ExhibitionStatus.CLOSED,
                                ExhibitionStatus.ALLOCATED,
                                ExhibitionStatus.PUBLISHED,
                                ExhibitionStatus.RUNNING)
                        .and(EXHIBITION.LOTTERY_SEED.isNotNull()))
                .orderBy(EXHIBITION.STARTS_ON, EXHIBITION.ID)
                .limit(500)
                .fetch(Records.mapping(Listing::new));
    }
}
