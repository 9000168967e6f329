package app.haat.region;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/municipalities")
class MunicipalityApiController {

    record MunicipalityJson(long id, String nameEn, String nameBn, String district, String districtBn, String type) {}

    private final RegionService regions;

    MunicipalityApiController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping
    List<MunicipalityJson> list() {
        return regions.municipalities().stream()
                .map(m -> new MunicipalityJson(
                        m.id(),
                        m.nameEn(),
                        m.nameBn(),
                        m.districtEn(),
                        m.districtBn(),
                        m.type().name()))
                .toList();
    }
}
