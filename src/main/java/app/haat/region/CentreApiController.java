package app.haat.region;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The centres: listed for anyone signed in; added and removed by admins (the service checks). */
@RestController
@RequestMapping("/api/centres")
class CentreApiController {

    record CentreJson(
            long id,
            String nameEn,
            String nameBn,
            String kind,
            @Nullable Long zoneId,
            @Nullable String phone,
            @Nullable String address) {}

    record NewCentreJson(
            String nameEn,
            String nameBn,
            long zoneId,
            @Nullable String phone,
            @Nullable String address) {}

    record CentreCreatedJson(long id) {}

    private final CentreDirectoryService centres;

    CentreApiController(CentreDirectoryService centres) {
        this.centres = centres;
    }

    @GetMapping
    List<CentreJson> list() {
        return centres.centres().stream()
                .map(c -> new CentreJson(
                        c.id(), c.nameEn(), c.nameBn(), c.kind().name(), c.zoneId(), c.phone(), c.address()))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CentreCreatedJson create(@RequestBody NewCentreJson body) {
        return new CentreCreatedJson(
                centres.create(body.nameEn(), body.nameBn(), body.zoneId(), body.phone(), body.address()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        centres.delete(id);
    }
}
