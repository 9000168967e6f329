package app.haat.desk;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.region.CentreDirectoryService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which request types a centre handles and the documents to bring for each, in English and Bengali: set by the
 * centre's own staff or an admin, audited. New requests of a type the centre no longer handles are refused; cases
 * already open carry on.
 */
@Service
public class DeskSetupService {

    static final int MAX_DOCUMENTS = 2000;
    private final DeskRepository repository;
    private final DeskAccess access;
    private final CentreDirectoryService centres;
    private final AuditService audit;

    DeskSetupService(DeskRepository repository, DeskAccess access, CentreDirectoryService centres, AuditService audit) {
        this.repository = repository;
        this.access = access;
        this.centres = centres;
        this.audit = audit;
    }

    @Transactional
    public void saveType(long centreId, RequestType type, String documentsEn, String documentsBn) {
        access.requireStaffOf(centreId);
        if (centres.centre(centreId).isEmpty()) {
            throw new NotFoundException("desk.error.centreNotFound");
        }
        String en = documentsEn == null ? "" : documentsEn.strip();
        String bn = documentsBn == null ? "" : documentsBn.strip();
        List<String> errors = new ArrayList<>();
        if (en.isEmpty() || bn.isEmpty()) {
            errors.add("desk.error.documentsMissing");
        }
        if (en.length() > MAX_DOCUMENTS || bn.length() > MAX_DOCUMENTS) {
            errors.add("desk.error.documentsLong");
        }
        InputRules.checkMultiLine(errors, en, bn);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String before = repository.types(centreId).stream()
                .filter(t -> t.type() == type)
                .map(t -> t.documentsEn())
                .findFirst()
                .orElse(null);
        repository.saveType(centreId, type, en, bn);
        audit.record(
                AuditEntity.CENTRE,
                centreId,
                "REQUEST_TYPE",
                before == null ? null : type + ": " + before,
                type + ": " + en);
    }

    /** The centre stops taking requests of this type. */
    @Transactional
    public void removeType(long centreId, RequestType type) {
        access.requireStaffOf(centreId);
        if (repository.removeType(centreId, type)) {
            audit.record(AuditEntity.CENTRE, centreId, "REQUEST_TYPE_REMOVED", type.name(), null);
        }
    }
}
