package app.haat.group;

import app.haat.core.i18n.Translator;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registry over HTTP; every call is scoped by the service (admins, the municipality's officers, the group itself). */
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
        Locale language = request.getHeader("Accept-Language") == null ? Translator.ENGLISH
                : Translator.supported(request.getLocale());
        return importer.importCsv(request.getInputStream(), "api", language);
    }

    /** The signed-in group asks for its account and personal data to be deleted. */
    @PostMapping("/me/deletion-request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void requestDeletion() {
        groups.requestDeletion();
    }

    /** The signed-in group takes its deletion request back. */
    @DeleteMapping("/me/deletion-request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdrawDeletionRequest() {
        groups.withdrawDeletionRequest();
    }

    /** An officer of the group's municipality (or an admin) confirms the group's deletion request. */
    @PostMapping("/{id}/deletion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmDeletion(@PathVariable long id) {
        groups.confirmDeletion(id, groups.get(id).version());
    }

    @GetMapping("/{id}")
    Group get(@PathVariable long id) {
        return groups.get(id);
    }
}
