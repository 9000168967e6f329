package app.haat.group;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A product's photos over HTTP, for a phone app as for the group's page: uploaded as the raw body (JPEG or PNG, checked
 * by content, re-encoded without EXIF like every photo), listed, and read back. Scoped by the service: the group
 * itself and its officers change them; whoever may see the group reads them.
 */
@RestController
class ProductPhotoApiController {

    private final ProductService products;

    ProductPhotoApiController(ProductService products) {
        this.products = products;
    }

    /** The new photo's id; 400 with the reason when the file is no photo, too large, or the product has enough. */
    @PostMapping(
            path = "/api/groups/{id}/products/{productId}/photos",
            consumes = {"image/jpeg", "image/png"})
    @ResponseStatus(HttpStatus.CREATED)
    PhotoJson upload(@PathVariable long id, @PathVariable long productId, HttpServletRequest request)
            throws IOException {
        return new PhotoJson(products.addPhoto(id, productId, request.getInputStream()));
    }

    /** The product's photo ids in the group's order. */
    @GetMapping("/api/groups/{id}/products/{productId}/photos")
    List<PhotoJson> list(@PathVariable long id, @PathVariable long productId) {
        return products.photoIds(id, productId).stream().map(PhotoJson::new).toList();
    }

    /** The photo as a JPEG (at most 2,000 px a side), or its 320 px thumbnail. */
    @ApiResponse(
            responseCode = "200",
            description = "The photo",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/groups/{id}/products/{productId}/photos/{photoId}")
    ResponseEntity<byte[]> photo(
            @PathVariable long id,
            @PathVariable long productId,
            @PathVariable long photoId,
            @Parameter(description = "The 320 px thumbnail instead of the photo") @RequestParam(defaultValue = "false")
                    boolean thumbnail) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(products.photo(id, productId, photoId, thumbnail));
    }

    /** A photo of a product. */
    record PhotoJson(long id) {}
}
