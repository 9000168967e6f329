package app.haat.allocation;

import app.haat.allocation.engine.AllocationResult;
import app.haat.allocation.engine.Explanation;
import app.haat.allocation.engine.Placement;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.Exports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The allocation over HTTP, scoped by the service as in the UI. */
@RestController
@RequestMapping("/api/exhibitions/{id}")
class AllocationApiController {

    private final AllocationService allocation;
    private final HandChangeService handChanges;

    private final AssignmentExport export;
    private final DrawService draws;

    AllocationApiController(
            AllocationService allocation, HandChangeService handChanges, AssignmentExport export, DrawService draws) {
        this.draws = draws;
        this.allocation = allocation;
        this.handChanges = handChanges;
        this.export = export;
    }

    /** {@code GET /api/exhibitions/{id}/assignments/export?format=csv|xlsx}: the board, streamed. */
    @GetMapping("/assignments/export")
    void exportAssignments(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        Exports.stream(
                response, chosen, "assignments", out -> export.export(id, chosen, Exports.language(request), out));
    }

    /**
     * Runs the allocator: no body repeats the latest run's seed; {@code {"reason":…}} is a re-draw with the next
     * derived seed. A seed is never chosen: a {@code seed} field is refused.
     */
    @PostMapping("/allocation")
    RunAnswer run(@PathVariable long id, @RequestBody(required = false) @Nullable RunRequest request) {
        if (request != null && request.seed() != null) {
            throw new ValidationException("allocation.error.seedChosen");
        }
        AllocationService.Run run = allocation.run(id, request == null ? null : request.reason());
        AllocationResult result = run.result();
        return new RunAnswer(
                run.runId(),
                run.redraw(),
                result.seed(),
                result.placements(),
                result.waitlist(),
                result.explanations());
    }

    /** A run's answer: its id in the public record, its re-draw number and seed, and what the engine decided. */
    record RunAnswer(
            long runId,
            int redraw,
            long seed,
            List<Placement> placements,
            List<Long> waitlist,
            Map<Long, Explanation> explanations) {}

    /** The exhibition's runs with their seeds and reasons (its officers, the admin). */
    @GetMapping("/allocation/runs")
    List<DrawRepository.StoredRun> runs(@PathVariable long id) {
        return draws.runs(id);
    }

    /** Recomputes a stored run from its recorded input and seed. */
    @PostMapping("/allocation/{runId}/replay")
    DrawService.Replay replay(@PathVariable long id, @PathVariable long runId) {
        return draws.replay(id, runId);
    }

    /** The public record of the draw: no sign-in, from closing on; seeds, inputs and results after publishing. */
    @GetMapping("/draw")
    DrawService.PublicDraw draw(@PathVariable long id) {
        return draws.publicDraw(id);
    }

    /** Publishes the allocation and queues one message per applicant; answers how many. */
    @PostMapping("/publish")
    Map<String, Integer> publish(@PathVariable long id) {
        return Map.of("messages", allocation.publish(id));
    }

    @GetMapping("/assignments")
    List<AssignmentRow> assignments(@PathVariable long id) {
        return allocation.assignments(id);
    }

    /** Moves a placement to another kiosk and slot; {@code version} is the placement's version as last read. */
    @PostMapping("/assignments/{assignmentId}/move")
    List<AssignmentRow> move(@PathVariable long id, @PathVariable long assignmentId, @RequestBody MoveRequest request) {
        requireOwn(id, assignmentId);
        handChanges.move(assignmentId, request.version(), request.kioskId(), request.slotId());
        return allocation.assignments(id);
    }

    @PostMapping("/assignments/{assignmentId}/swap")
    List<AssignmentRow> swap(@PathVariable long id, @PathVariable long assignmentId, @RequestBody SwapRequest request) {
        requireOwn(id, assignmentId);
        handChanges.swap(assignmentId, request.version(), request.otherAssignmentId(), request.otherVersion());
        return allocation.assignments(id);
    }

    @PostMapping("/assignments/{assignmentId}/lock")
    List<AssignmentRow> lock(@PathVariable long id, @PathVariable long assignmentId, @RequestBody LockRequest request) {
        requireOwn(id, assignmentId);
        handChanges.lock(assignmentId, request.locked());
        return allocation.assignments(id);
    }

    /** Places a waitlisted application in a free seat. */
    @PostMapping("/applications/{applicationId}/placement")
    List<AssignmentRow> place(
            @PathVariable long id, @PathVariable long applicationId, @RequestBody PlaceRequest request) {
        handChanges.place(id, applicationId, request.kioskId(), request.slotId());
        return allocation.assignments(id);
    }

    @GetMapping("/promotions")
    List<HandChangeRepository.Promotion> promotions(@PathVariable long id) {
        return handChanges.promotions(id);
    }

    @PostMapping("/promotions/{promotionId}/undo")
    void undo(@PathVariable long id, @PathVariable long promotionId) {
        handChanges.undoPromotion(id, promotionId);
    }

    /** The path's exhibition must be the placement's, so a URL cannot act on another exhibition by mistake. */
    private void requireOwn(long exhibitionId, long assignmentId) {
        if (allocation.assignments(exhibitionId).stream().noneMatch(a -> a.id() == assignmentId)) {
            throw new NotFoundException("allocation.error.noAssignment");
        }
    }

    record RunRequest(@Nullable Long seed, @Nullable String reason) {}

    record MoveRequest(long kioskId, long slotId, int version) {}

    record SwapRequest(long otherAssignmentId, int version, int otherVersion) {}

    record LockRequest(boolean locked) {}

    record PlaceRequest(long kioskId, long slotId) {}
}
