package app.haat.desk;

import static app.haat.core.data.TextInput.blankToNull;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.Role;
import app.haat.region.Centre;
import app.haat.region.CentreDirectoryService;
import app.haat.region.NearbyCentre;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests at a centre's desk: a group (or its officer) asks the centre of its zone; a group whose district is in no
 * zone sees the help line and the centres, and its officer forwards its request to one of them, which accepts or
 * declines it. The cases a reader may see: a centre's for its staff, a group's for the group and its officers.
 */
@Service
public class DeskRequestService {

    static final int MAX_NOTE = 1000;
    private final DeskRepository repository;
    private final DeskAccess access;
    private final CentreDirectoryService centres;
    private final DeskNotices notices;
    private final AuditService audit;
    private final Clock clock;
    /** The demo's help line: a toll-free-shaped number marked as the demo's, never a real one. */
    static final String DEMO_HELP_LINE = "1800-000-0000 (demo)";

    private final @Nullable String helpLine;

    DeskRequestService(
            DeskRepository repository,
            DeskAccess access,
            CentreDirectoryService centres,
            DeskNotices notices,
            AuditService audit,
            Clock clock,
            @Value("${haat.desk.help-line:}") String helpLine,
            @Value("${haat.demo:false}") boolean demo) {
        this.repository = repository;
        this.access = access;
        this.centres = centres;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        // no made-up number is ever shown to a real group: unset, the sentence is left out (the demo shows its own)
        this.helpLine = blankToNull(helpLine) != null ? blankToNull(helpLine) : demo ? DEMO_HELP_LINE : null;
        if (this.helpLine == null) {
            LoggerFactory.getLogger(DeskRequestService.class)
                    .warn("No help line for groups of no zone: set HAAT_DESK_HELP_LINE to the state's SHG help line");
        }
    }

    /** The group's desk: its centre and the types it handles, or the way to one; its cases. */
    @Transactional(readOnly = true)
    public DeskHome home(long groupId) {
        access.requireMayAskFor(groupId);
        GroupFacts facts = facts(groupId);
        Centre centre = facts.zoneCentreId() == null
                ? null
                : centres.centre(facts.zoneCentreId()).orElse(null);
        List<NearbyCentre> others = centre != null ? List.of() : centres.nearestTo(facts.municipalityId());
        return new DeskHome(
                groupId,
                centre,
                centre == null ? List.of() : repository.types(centre.id()),
                others,
                helpLine,
                facts.food(),
                repository.ofGroup(groupId));
    }

    /** The types a centre handles with the documents to bring; anyone signed in may read them. */
    @Transactional(readOnly = true)
    public List<DeskType> types(long centreId) {
        access.reader();
        requireCentre(centreId);
        return repository.types(centreId);
    }

    /**
     * A request at a centre for a group: the centre of the group's zone takes it as requested; a group of no zone is
     * forwarded by its officer (or an admin) to a City Livelihood Centre, which then accepts or declines it; a group
     * of another zone is refused.
     */
    @Transactional
    public long request(long centreId, long groupId, RequestType type, @Nullable String note) {
        access.requireMayAskFor(groupId);
        Centre centre = requireCentre(centreId);
        GroupFacts facts = facts(groupId);
        boolean forwarded;
        if (facts.zoneCentreId() != null) {
            if (facts.zoneCentreId() != centreId) {
                throw new ValidationException("desk.error.otherZone");
            }
            forwarded = false;
        } else {
            if (access.reader().me().role() == Role.SHG) {
                throw new ValidationException("desk.error.forwardByOfficer");
            }
            if (!centre.livelihood()) {
                throw new ValidationException("desk.error.typeNotHandled");
            }
            forwarded = true;
        }
        return open(centre, facts, type, note, forwarded);
    }

    /** A request at the centre of the group's own zone (the group's page and its officer). */
    @Transactional
    public long ask(long groupId, RequestType type, @Nullable String note) {
        access.requireMayAskFor(groupId);
        GroupFacts facts = facts(groupId);
        if (facts.zoneCentreId() == null) {
            throw new ValidationException("desk.error.noCentre");
        }
        return request(facts.zoneCentreId(), groupId, type, note);
    }

    private long open(Centre centre, GroupFacts facts, RequestType type, @Nullable String note, boolean forwarded) {
        if (facts.deleted()) {
            throw new ValidationException("desk.error.groupDeleted");
        }
        List<String> errors = new ArrayList<>();
        String text = Aadhaar.mask(blankToNull(note)); // never a full Aadhaar number stored
        if (text != null && text.length() > MAX_NOTE) {
            errors.add("desk.error.noteLong");
        }
        InputRules.checkMultiLine(errors, text);
        if (type.foodOnly() && !facts.food()) {
            errors.add("desk.error.foodOnly");
        }
        if (repository.types(centre.id()).stream().noneMatch(t -> t.type() == type)) {
            errors.add("desk.error.typeNotHandled");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.openCaseExists(facts.groupId(), type)) {
            throw new ConflictException("desk.error.alreadyOpen");
        }
        CaseStatus status = forwarded ? CaseStatus.FORWARDED : CaseStatus.REQUESTED;
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insert(centre.id(), facts.groupId(), type, status, forwarded, text, access.actor(), now);
        audit.record(
                AuditEntity.DESK_CASE,
                id,
                "REQUEST",
                null,
                "group=" + facts.groupId() + ", centre=" + centre.id() + ", type=" + type + ", status=" + status);
        notices.tell(repository.find(id).orElseThrow());
        return id;
    }

    /** The cases at a centre: all for its staff and admins, an officer's groups' for an officer, its own for a group. */
    @Transactional(readOnly = true)
    public List<DeskCase> casesOf(long centreId) {
        requireCentre(centreId);
        DeskAccess.Reader reader = access.reader();
        return switch (reader.me().role()) {
            case STATE_ADMIN -> repository.ofCentre(centreId, null, null);
            case CENTRE_STAFF -> {
                access.requireStaffOf(centreId);
                yield repository.ofCentre(centreId, null, null);
            }
            case MUNICIPAL_OFFICER ->
                repository.ofCentre(centreId, Objects.requireNonNull(reader.municipalities()), null);
            case SHG -> repository.ofCentre(centreId, null, Objects.requireNonNull(reader.group()));
        };
    }

    /** The signed-in staff member's centre, for the desk's screens; refused for anyone else. */
    @Transactional(readOnly = true)
    public Centre myCentre() {
        DeskAccess.Reader reader = access.reader();
        if (reader.centre() == null) {
            throw new org.springframework.security.access.AccessDeniedException("desk.error.staffOnly");
        }
        return requireCentre(reader.centre());
    }

    @Transactional(readOnly = true)
    public DeskCase get(long caseId) {
        return access.visible(caseId);
    }

    private Centre requireCentre(long centreId) {
        return centres.centre(centreId).orElseThrow(() -> new NotFoundException("desk.error.centreNotFound"));
    }

    private GroupFacts facts(long groupId) {
        return repository.groupFacts(groupId).orElseThrow(() -> new NotFoundException("group.error.notFound"));
    }
}
