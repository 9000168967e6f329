package app.haat.desk;

import app.haat.core.api.ValidationException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registration desk over HTTP: a centre's requests (read in the caller's scope; asked for a group), the types it
 * handles, and a case's steps. Every check is the services'.
 */
@RestController
class DeskApiController {

    record DeskCaseJson(
            long id,
            long centreId,
            String centre,
            long groupId,
            String groupName,
            String type,
            String status,
            boolean forwarded,
            @Nullable String note,
            @Nullable String authorityReference,
            @Nullable String number,
            @Nullable String reason,
            OffsetDateTime requestedAt,
            OffsetDateTime updatedAt) {

        static DeskCaseJson of(DeskCase c) {
            return new DeskCaseJson(
                    c.id(),
                    c.centreId(),
                    c.centreEn(),
                    c.groupId(),
                    c.groupName(),
                    c.type().name(),
                    c.status().name(),
                    c.forwarded(),
                    c.note(),
                    c.authorityRef(),
                    c.outcomeNumber(),
                    c.refusalReason(),
                    c.requestedAt(),
                    c.updatedAt());
        }
    }

    record NewDeskRequestJson(
            long groupId, String type, @Nullable String note) {}

    record DeskRequestCreatedJson(long id) {}

    record DeskTypeJson(String type, String documentsEn, String documentsBn) {}

    record DeskDocumentsJson(String documentsEn, String documentsBn) {}

    record DeskReasonJson(@Nullable String reason) {}

    record DeskReferenceJson(@Nullable String reference) {}

    /** {@code OBTAINED} with the number (and for a bank account the IFSC), or {@code REFUSED} with the reason. */
    record DeskOutcomeJson(
            String result,
            @Nullable String number,
            @Nullable String ifsc,
            @Nullable String reason) {}

    private final DeskRequestService requests;
    private final DeskStepService steps;
    private final DeskSetupService setup;

    DeskApiController(DeskRequestService requests, DeskStepService steps, DeskSetupService setup) {
        this.requests = requests;
        this.steps = steps;
        this.setup = setup;
    }

    @GetMapping("/api/centres/{id}/requests")
    List<DeskCaseJson> list(@PathVariable long id) {
        return requests.casesOf(id).stream().map(DeskCaseJson::of).toList();
    }

    @PostMapping("/api/centres/{id}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    DeskRequestCreatedJson request(@PathVariable long id, @RequestBody NewDeskRequestJson body) {
        return new DeskRequestCreatedJson(requests.request(id, body.groupId(), type(body.type()), body.note()));
    }

    @GetMapping("/api/centres/{id}/request-types")
    List<DeskTypeJson> types(@PathVariable long id) {
        return requests.types(id).stream()
                .map(t -> new DeskTypeJson(t.type().name(), t.documentsEn(), t.documentsBn()))
                .toList();
    }

    @PutMapping("/api/centres/{id}/request-types/{type}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void saveType(@PathVariable long id, @PathVariable String type, @RequestBody DeskDocumentsJson body) {
        setup.saveType(id, type(type), body.documentsEn(), body.documentsBn());
    }

    @DeleteMapping("/api/centres/{id}/request-types/{type}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeType(@PathVariable long id, @PathVariable String type) {
        setup.removeType(id, type(type));
    }

    @GetMapping("/api/requests/{id}")
    DeskCaseJson get(@PathVariable long id) {
        return DeskCaseJson.of(requests.get(id));
    }

    @PostMapping("/api/requests/{id}/accept")
    DeskCaseJson accept(@PathVariable long id) {
        steps.accept(id);
        return get(id);
    }

    @PostMapping("/api/requests/{id}/decline")
    DeskCaseJson decline(@PathVariable long id, @RequestBody DeskReasonJson body) {
        steps.decline(id, body.reason());
        return get(id);
    }

    @PostMapping("/api/requests/{id}/documents-complete")
    DeskCaseJson documentsComplete(@PathVariable long id) {
        steps.documentsComplete(id);
        return get(id);
    }

    @PostMapping("/api/requests/{id}/submitted")
    DeskCaseJson submitted(@PathVariable long id, @RequestBody DeskReferenceJson body) {
        steps.submitted(id, body.reference());
        return get(id);
    }

    @PostMapping("/api/requests/{id}/outcome")
    DeskCaseJson outcome(@PathVariable long id, @RequestBody DeskOutcomeJson body) {
        String result = body.result() == null ? "" : body.result().strip().toUpperCase(Locale.ROOT);
        switch (result) {
            case "OBTAINED" -> steps.obtained(id, body.number(), body.ifsc());
            case "REFUSED" -> steps.refused(id, body.reason());
            default -> throw new ValidationException("desk.error.result");
        }
        return get(id);
    }

    private static RequestType type(@Nullable String typed) {
        try {
            return RequestType.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("desk.error.type");
        }
    }
}
