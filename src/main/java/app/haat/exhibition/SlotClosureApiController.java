package app.haat.exhibition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Closing a slot's days while the exhibition is on (a strike, a flood); scoped in {@link SlotClosure}. */
@RestController
@RequestMapping("/api/exhibitions")
class SlotClosureApiController {

    private final SlotClosure closure;

    SlotClosureApiController(SlotClosure closure) {
        this.closure = closure;
    }

    /**
     * {@code POST /api/exhibitions/{id}/slots/{slotId}/close} {@code {"from":"2027-01-10", "reason":…}}: the slot's
     * days from {@code from} (today or later) to its end are lost; the whole slot when {@code from} is its first day.
     * The slot's groups are told; answers how many.
     */
    @PostMapping("/{id}/slots/{slotId}/close")
    SlotClosure.Result close(
            @PathVariable long id, @PathVariable long slotId, @RequestBody @Nullable CloseRequest body) {
        return closure.close(id, slotId, body == null ? null : body.from(), body == null ? null : body.reason());
    }

    record CloseRequest(@Nullable LocalDate from, @Nullable String reason) {}
}
