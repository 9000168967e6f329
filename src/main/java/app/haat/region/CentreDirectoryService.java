package app.haat.region;

import static app.haat.core.data.TextInput.blankToNull;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.data.TextInput;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centres (#23): the Salt Lake Sector-1 centre and the City Livelihood Centres, one per zone. Public reference
 * data like the zones; only admins add a City Livelihood Centre or remove one nobody works at and no case names.
 */
@Service
public class CentreDirectoryService {

    static final int MAX_ADDRESS = 300;
    private final CentreDirectoryRepository repository;
    private final RegionRepository regions;
    private final CurrentUser currentUser;
    private final AuditService audit;

    CentreDirectoryService(
            CentreDirectoryRepository repository,
            RegionRepository regions,
            CurrentUser currentUser,
            AuditService audit) {
        this.repository = repository;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Centre> centres() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public Optional<Centre> centre(long id) {
        return repository.find(id);
    }

    /** The City Livelihood Centre serving the municipality's zone; empty when its district is in no zone. */
    @Transactional(readOnly = true)
    public Optional<Centre> centreOfMunicipality(long municipalityId) {
        return repository.ofMunicipality(municipalityId);
    }

    /**
     * The City Livelihood Centres, nearest first to the headquarters of the municipality's district, each with its
     * distance along the great circle; centres (or a district) without a recorded location come last, by name order.
     */
    @Transactional(readOnly = true)
    public List<NearbyCentre> nearestTo(long municipalityId) {
        var from = repository.districtLocation(municipalityId);
        return repository.livelihoodLocated().stream()
                .map(c -> new NearbyCentre(
                        c.centre(),
                        from.isEmpty() || c.latitude() == null || c.longitude() == null
                                ? null
                                : NearbyCentre.distanceKm(
                                        from.get().latitude(),
                                        from.get().longitude(),
                                        c.latitude().doubleValue(),
                                        c.longitude().doubleValue())))
                .sorted(Comparator.comparing(NearbyCentre::km, Comparator.nullsLast(Comparator.<Double>naturalOrder())))
                .toList();
    }

    /** The Salt Lake Sector-1 centre, where staff belong unless another centre is chosen. */
    @Transactional(readOnly = true)
    public long saltLake() {
        return repository.saltLake();
    }

    /** A City Livelihood Centre for a zone that has none yet. */
    @Transactional
    public long create(String nameEn, String nameBn, long zoneId, @Nullable String phone, @Nullable String address) {
        currentUser.requireRole(Role.STATE_ADMIN);
        String en = nameEn == null ? "" : nameEn.strip();
        String bn = nameBn == null ? "" : nameBn.strip();
        List<String> errors = new ArrayList<>();
        if (en.isEmpty() || en.length() > RegionService.MAX_NAME) {
            errors.add("centre.admin.error.nameEn");
        }
        if (bn.isEmpty() || bn.length() > RegionService.MAX_NAME) {
            errors.add("centre.admin.error.nameBn");
        }
        String typedPhone = blankToNull(phone);
        String mobile =
                typedPhone == null ? null : TextInput.indianMobile(typedPhone).orElse(null);
        if (typedPhone != null && mobile == null) {
            errors.add("centre.admin.error.phone");
        }
        String place = blankToNull(address);
        if (place != null && place.length() > MAX_ADDRESS) {
            errors.add("centre.admin.error.address");
        }
        InputRules.checkSingleLine(errors, en, bn, place);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (regions.zone(zoneId).isEmpty()) {
            throw new NotFoundException("region.error.zoneNotFound");
        }
        if (repository.zoneTaken(zoneId)) {
            throw new ConflictException("centre.admin.error.zoneTaken");
        }
        if (repository.nameTaken(en)) {
            throw new ConflictException("centre.admin.error.duplicate");
        }
        long id = repository.insert(en, bn, zoneId, mobile, place);
        audit.record(AuditEntity.CENTRE, id, "CREATE", null, en + " / " + bn + ", zone=" + zoneId);
        return id;
    }

    /** Removes a City Livelihood Centre that has no staff and no cases; the Salt Lake centre stays. */
    @Transactional
    public void delete(long id) {
        currentUser.requireRole(Role.STATE_ADMIN);
        Centre old = repository.find(id).orElseThrow(() -> new NotFoundException("centre.admin.error.notFound"));
        if (!old.livelihood()) {
            throw new ConflictException("centre.admin.error.saltLake");
        }
        if (repository.inUse(id)) {
            throw new ConflictException("centre.admin.error.inUse");
        }
        repository.delete(id);
        audit.record(AuditEntity.CENTRE, id, "DELETE", old.nameEn() + " / " + old.nameBn(), null);
    }
}
