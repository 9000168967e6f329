package app.haat.allocation;

import app.haat.allocation.engine.AllocationResult;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The allocation over HTTP, scoped by the service as in the UI. */
@RestController
@RequestMapping("/api/exhibitions/{id}")
class AllocationApiController {

    private final AllocationService allocation;

    AllocationApiController(AllocationService allocation) {
        this.allocation = allocation;
    }

    /** Runs the allocator: no body (or no seed) uses the seed fixed at closing; another seed needs a reason. */
    @PostMapping("/allocation")
    AllocationResult run(@PathVariable long id, @RequestBody(required = false) RunRequest request) {
        return allocation.run(id, request == null ? null : request.seed(), request == null ? null : request.reason());
    }

    /** Publishes the allocation and queues one message per applicant; answers how many. */
    @PostMapping("/publish")
    java.util.Map<String, Integer> publish(@PathVariable long id) {
        return java.util.Map.of("messages", allocation.publish(id));
    }

    @GetMapping("/assignments")
    List<AssignmentRow> assignments(@PathVariable long id) {
        return allocation.assignments(id);
    }

    record RunRequest(Long seed, String reason) {
    }
}
