package app.haat.group;

import app.haat.core.export.ExportFormat;
import app.haat.core.export.Exports;
import app.haat.core.i18n.Translator;
import app.haat.user.UserService;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registry over HTTP; every call is scoped by the service (admins, the municipality's officers, the group itself). */
@RestController
@RequestMapping("/api/groups")
class GroupApiController {

    private final GroupService groups;
    private final GroupDeletionService deletions;
    private final GroupImportService importer;
    private final GroupExport export;
    private final ProductService products;
    private final StallCardService stallCards;
    private final UserService users;

    GroupApiController(
            GroupService groups,
            GroupDeletionService deletions,
            GroupImportService importer,
            GroupExport export,
            ProductService products,
            StallCardService stallCards,
            UserService users) {
        this.stallCards = stallCards;
        this.users = users;
        this.groups = groups;
        this.deletions = deletions;
        this.importer = importer;
        this.export = export;
        this.products = products;
    }

    /**
     * {@code GET /api/groups/export?format=csv|xlsx} with the grid's filters as parameters; streamed, scoped like
     * the grid. Headers and names follow {@code Accept-Language}.
     */
    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) GroupStatus status,
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) GroupFilter.ReadinessLevel readiness,
            @RequestParam(defaultValue = "false") boolean deletionRequested,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        GroupFilter filter = new GroupFilter(status, ward, category, text, readiness, deletionRequested);
        Exports.stream(
                response,
                chosen,
                export.fileSubject(filter),
                out -> export.export(filter, List.of(), chosen, Exports.language(request), out));
    }

    /** {@code POST /api/groups/import} with the CSV as the body ({@code text/csv}); officers and admins. */
    @RequestBody(
            required = true,
            description = "The groups as UTF-8 CSV "
                    + "with a header row: name, municipality, ward, members, leader_name, phone; optionally products, "
                    + "category, email, gstin, pan, registration_no",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @PostMapping(path = "/import", consumes = "text/csv")
    ImportReport importCsv(HttpServletRequest request) throws IOException {
        return importer.importCsv(request.getInputStream(), "api", Exports.language(request));
    }

    /** The signed-in group asks for its account and personal data to be deleted. */
    @PostMapping("/me/deletion-request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void requestDeletion() {
        deletions.requestDeletion();
    }

    /** The signed-in group takes its deletion request back. */
    @DeleteMapping("/me/deletion-request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdrawDeletionRequest() {
        deletions.withdrawDeletionRequest();
    }

    /** An officer of the group's municipality (or an admin) confirms the group's deletion request. */
    @PostMapping("/{id}/deletion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmDeletion(@PathVariable long id) {
        deletions.confirmDeletion(id, groups.get(id).version());
    }

    /** {@code GET /api/groups/me}: the signed-in group's own record (its id is what its other calls name). */
    @GetMapping("/me")
    Group mine() {
        return groups.mine();
    }

    @GetMapping("/{id}")
    Group get(@PathVariable long id) {
        return groups.get(id);
    }

    /**
     * {@code GET /api/groups/{id}/products}: the group's products, whose ids an application names; for the group
     * itself, its officers and admins.
     */
    @GetMapping("/{id}/products")
    List<ProductJson> products(@PathVariable long id) {
        List<Product> listed = products.listed(id);
        Map<Long, String> codes = groups.categories().stream().collect(Collectors.toMap(Category::id, Category::code));
        return listed.stream()
                .map(p -> new ProductJson(
                        p.id(),
                        p.name(),
                        p.categoryId() == null ? null : codes.get(p.categoryId()),
                        new PriceJson(p.priceMin(), p.priceMax())))
                .toList();
    }

    /**
     * {@code PUT /api/groups/{id}/upi-id} {@code {"upiId":"name@okaxis"}}: the group's UPI ID for its stall card
     * ({@code handle@psp}, stored lower-case; blank or null removes it); the group itself, its officers, admins.
     */
    @PutMapping("/{id}/upi-id")
    UpiIdJson changeUpiId(@PathVariable long id, @org.springframework.web.bind.annotation.RequestBody UpiIdJson body) {
        return new UpiIdJson(stallCards.changeUpiId(id, body.upiId()));
    }

    /** A group's UPI ID ({@code handle@psp}); null when it has none. */
    record UpiIdJson(@Nullable String upiId) {}

    /**
     * {@code GET /api/groups/{id}/stall-card.pdf}: the group's A5 stall card with its UPI QR code, in the language of
     * {@code Accept-Language} (without it, the caller's own); 409 when the group has no UPI ID yet.
     */
    @GetMapping("/{id}/stall-card.pdf")
    void stallCard(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = request.getHeader("Accept-Language") != null
                ? Exports.language(request)
                : Translator.supported(Locale.forLanguageTag(Objects.requireNonNullElse(users.ownLanguage(), "en")));
        Exports.pdf(response, "stall-card-" + id, out -> out.write(stallCards.card(id, language)));
    }

    /** A product as a client applying for a stall needs it: the category is its code (as exhibitions list them). */
    record ProductJson(long id, String name, @Nullable String category, PriceJson price) {}

    /** The price range in rupees; either end may be unknown. */
    record PriceJson(@Nullable Integer min, @Nullable Integer max) {}
}
