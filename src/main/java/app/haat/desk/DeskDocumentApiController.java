package app.haat.desk;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A case's documents over HTTP: uploaded as a raw body, listed, downloaded, deleted. Every check is the service's. */
@RestController
class DeskDocumentApiController {

    record DeskDocumentJson(
            long id,
            long requestId,
            String name,
            String contentType,
            int sizeBytes,
            @Nullable Integer pages,
            boolean maskedAadhaar,
            String uploadedBy,
            OffsetDateTime uploadedAt) {

        static DeskDocumentJson of(DeskDocument d) {
            return new DeskDocumentJson(
                    d.id(),
                    d.caseId(),
                    d.name(),
                    d.contentType(),
                    d.sizeBytes(),
                    d.pages(),
                    d.maskedAadhaar(),
                    d.uploadedBy(),
                    d.uploadedAt());
        }
    }

    private final DeskDocumentService documents;

    DeskDocumentApiController(DeskDocumentService documents) {
        this.documents = documents;
    }

    /**
     * {@code POST /api/requests/{id}/documents} with the file as the body: a PDF (at most the page limit; no
     * encryption, JavaScript or embedded files; no full Aadhaar number in its text), a JPEG or a PNG (re-encoded as
     * JPEG). The first bytes must match the {@code Content-Type}.
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "The file itself (PDF, JPEG or PNG), its type in Content-Type",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))
            })
    @PostMapping(
            path = "/api/requests/{id}/documents",
            consumes = {"application/pdf", "image/jpeg", "image/png"})
    @ResponseStatus(HttpStatus.CREATED)
    DeskDocumentJson upload(
            @PathVariable long id,
            @Parameter(description = "The file's name as the uploader knows it (shown in the list)")
                    @RequestParam(required = false)
                    @Nullable
                    String name,
            @Parameter(description = "Declares the file the group's own masked Aadhaar copy (group or centre staff)")
                    @RequestParam(defaultValue = "false")
                    boolean maskedAadhaar,
            HttpServletRequest request)
            throws IOException {
        long documentId = documents.upload(id, request.getContentType(), name, maskedAadhaar, request.getInputStream());
        return documents.list(id).stream()
                .filter(d -> d.id() == documentId)
                .findFirst()
                .map(DeskDocumentJson::of)
                .orElseThrow();
    }

    @GetMapping("/api/requests/{id}/documents")
    List<DeskDocumentJson> list(@PathVariable long id) {
        return documents.list(id).stream().map(DeskDocumentJson::of).toList();
    }

    /** The file, decrypted, as an attachment in its stored type; each read is audited. */
    @ApiResponse(
            responseCode = "200",
            description = "The file, as an attachment",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))
            })
    @GetMapping("/api/requests/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        DeskDocumentService.Content content = documents.read(id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content.bytes());
    }

    @DeleteMapping("/api/requests/{id}/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @PathVariable long documentId) {
        documents.delete(id, documentId);
    }
}
