package app.haat.region;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Districts, urban local bodies and City Livelihood Centre zones. Public reference data; only admins edit zones. */
@Service
public class RegionService {

    static final int MAX_NAME = 120;
    private final RegionRepository repository;
    private final CurrentUser currentUser;
    private final AuditService audit;

    RegionService(RegionRepository repository, CurrentUser currentUser, AuditService audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        return repository.allMunicipalities();
    }

    @Transactional(readOnly = true)
    public List<Municipality> municipalities(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.municipalitiesByIds(ids);
    }

    @Transactional(readOnly = true)
    public List<Municipality> municipalitiesOfZone(long zoneId) {
        return repository.municipalitiesOfZone(zoneId);
    }

    /** True when every id names an existing municipality. */
    @Transactional(readOnly = true)
    public boolean allExist(Collection<Long> municipalityIds) {
        return municipalityIds.isEmpty() || repository.countExisting(municipalityIds) == municipalityIds.size();
    }

    @Transactional(readOnly = true)
    public List<District> districts() {
        return repository.districts();
    }

    @Transactional(readOnly = true)
    public List<Zone> zones() {
        return repository.zones();
    }

    @Transactional(readOnly = true)
    public RegionCounts counts() {
        return new RegionCounts(repository.countDistricts(), repository.countMunicipalities(), repository.countZones());
    }

    @Transactional
    public long createZone(String nameEn, String nameBn) {
        currentUser.requireRole(Role.STATE_ADMIN);
        String en = strip(nameEn);
        String bn = strip(nameBn);
        validateZoneNames(en, bn);
        if (repository.zoneNameTaken(en, null)) {
            throw new ConflictException("region.zone.error.duplicate");
        }
        long id = repository.insertZone(en, bn);
        audit.record(AuditEntity.ZONE, id, "CREATE", null, en + " / " + bn);
        return id;
    }

    @Transactional
    public void renameZone(long zoneId, String nameEn, String nameBn) {
        currentUser.requireRole(Role.STATE_ADMIN);
        Zone old = repository.zone(zoneId).orElseThrow(() -> new NotFoundException("region.error.zoneNotFound"));
        String en = strip(nameEn);
        String bn = strip(nameBn);
        validateZoneNames(en, bn);
        if (repository.zoneNameTaken(en, zoneId)) {
            throw new ConflictException("region.zone.error.duplicate");
        }
        repository.updateZone(zoneId, en, bn);
        audit.record(AuditEntity.ZONE, zoneId, "RENAME", old.nameEn() + " / " + old.nameBn(), en + " / " + bn);
    }

    @Transactional
    public void deleteZone(long zoneId) {
        currentUser.requireRole(Role.STATE_ADMIN);
        Zone old = repository.zone(zoneId).orElseThrow(() -> new NotFoundException("region.error.zoneNotFound"));
        if (repository.zoneHasCentre(zoneId)) {
            throw new ConflictException("region.zone.error.hasCentre");
        }
        repository.deleteZone(zoneId);
        audit.record(AuditEntity.ZONE, zoneId, "DELETE", old.nameEn() + " / " + old.nameBn(), null);
    }

    /** Puts a district into a zone, or into none with {@code zoneId == null}. */
    @Transactional
    public void assignDistrictToZone(long districtId, @Nullable Long zoneId) {
        currentUser.requireRole(Role.STATE_ADMIN);
        Long old = repository.districtZone(districtId).orElse(null);
        if (repository.districts().stream().noneMatch(d -> d.id() == districtId)) {
            throw new NotFoundException("region.error.districtNotFound");
        }
        if (zoneId != null && repository.zone(zoneId).isEmpty()) {
            throw new NotFoundException("region.error.zoneNotFound");
        }
        if (Objects.equals(old, zoneId)) {
            return;
        }
        repository.setDistrictZone(districtId, zoneId);
        audit.record(
                AuditEntity.DISTRICT, districtId, "ZONE", Objects.toString(old, null), Objects.toString(zoneId, null));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static void validateZoneNames(String nameEn, String nameBn) {
        List<String> errors = new ArrayList<>();
        if (nameEn.isEmpty() || nameEn.length() > MAX_NAME) {
            errors.add("region.zone.error.nameEn");
        }
        if (nameBn.isEmpty() || nameBn.length() > MAX_NAME) {
            errors.add("region.zone.error.nameBn");
        }
        InputRules.checkSingleLine(errors, nameEn, nameBn);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
