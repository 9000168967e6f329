package app.haat.group;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/groups/{id}}: scoped by the service (admins, the municipality's officers, the group itself). */
@RestController
@RequestMapping("/api/groups")
class GroupApiController {

    private final GroupService groups;

    GroupApiController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping("/{id}")
    Group get(@PathVariable long id) {
        return groups.get(id);
    }
}
