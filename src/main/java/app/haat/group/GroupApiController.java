package app.haat.group;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/groups/{id}}: scoped by the service (admins, the municipality's officers, the group itself). */
@RestController
@RequestMapping("/api/groups")
class GroupApiController {

    private final GroupService groups;
    private final GroupImportService importer;

    GroupApiController(GroupService groups, GroupImportService importer) {
        this.groups = groups;
        this.importer = importer;
    }

    /** {@code POST /api/groups/import} with the CSV as the body ({@code text/csv}); officers and admins. */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportReport importCsv(HttpServletRequest request) throws IOException {
        return importer.importCsv(request.getInputStream(), "api");
    }

    @GetMapping("/{id}")
    Group get(@PathVariable long id) {
        return groups.get(id);
    }
}
