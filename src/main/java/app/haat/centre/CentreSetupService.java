package app.haat.centre;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.Closure;
import app.haat.centre.TrainingRecords.Hours;
import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.ValidationException;
import app.haat.core.data.TextInput;
import app.haat.core.i18n.LocalizedName;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre's set-up, kept by staff (and admins): topics (the e-retail ones make a member trained), rooms at a
 * centre, trainers, closures and holidays, and each centre's opening hours and weekly closed day.
 */
@Service
public class CentreSetupService {

    static final int NAME_LENGTH = 120;
    static final int CODE_LENGTH = 30;
    /** The equipment column's width (the database refuses longer). */
    static final int EQUIPMENT_LENGTH = 300;

    static final int ROOM_SEATS = 500;
    private final CentreSetupRepository repository;
    private final CentreAccess access;
    private final AuditService audit;

    CentreSetupService(CentreSetupRepository repository, CentreAccess access, AuditService audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Topic> topics() {
        access.requireSignedIn();
        return repository.topics();
    }

    @Transactional(readOnly = true)
    public List<Room> rooms() {
        access.requireSignedIn();
        return repository.rooms();
    }

    /** Whether the caller schedules trainings and displays: staff of the training centre, or an admin. */
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return access.isStaff(access.requireSignedIn());
    }

    /** The centres (venues of kind centre) that can have training rooms: id → name, for the screen's reader. */
    @Transactional(readOnly = true)
    public Map<Long, String> centres() {
        access.requireStaff();
        return repository.centres(LocalizedName.bengaliScreen());
    }

    @Transactional(readOnly = true)
    public List<Trainer> trainers() {
        access.requireStaff();
        return repository.trainers();
    }

    @Transactional
    public long addRoom(long venueId, String name, int capacity, @Nullable String equipment) {
        return addRoom(venueId, name, null, capacity, equipment);
    }

    /** A room with its optional Bengali name, shown to Bengali readers. */
    @Transactional
    public long addRoom(long venueId, String name, @Nullable String nameBn, int capacity, @Nullable String equipment) {
        access.requireStaff();
        List<String> errors = new ArrayList<>();
        if (!repository.isCentre(venueId)) {
            errors.add("training.error.notCentre");
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            errors.add("training.error.roomName");
        }
        InputRules.checkOptionalLength(errors, nameBn, NAME_LENGTH, "training.error.roomNameBn");
        InputRules.checkSingleLine(errors, name, nameBn, equipment);
        if (capacity < 1 || capacity > ROOM_SEATS) {
            errors.add("training.error.roomCapacity");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            long id = repository.insertRoom(
                    venueId,
                    name.strip(),
                    TextInput.blankToNull(nameBn),
                    capacity,
                    equipment == null || equipment.isBlank() ? null : equipment.strip());
            audit.record(AuditEntity.TRAINING_ROOM, id, "CREATE", null, name.strip() + ", " + capacity + " seats");
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("training.error.roomExists", name.strip());
        }
    }

    @Transactional
    public long addTrainer(String name, String topics, String languages) {
        access.requireStaff();
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new ValidationException("training.error.trainerName");
        }
        InputRules.requireSingleLine(name, topics, languages);
        long id = repository.insertTrainer(
                name.strip(), topics, languages == null || languages.isBlank() ? "bn" : languages.strip());
        audit.record(AuditEntity.TRAINER, id, "CREATE", null, name.strip());
        return id;
    }

    /** A new topic: a code, its names, and whether it is one of the e-retail topics that make a member trained. */
    @Transactional
    public long addTopic(String code, String nameEn, String nameBn, boolean eretail) {
        access.requireStaff();
        String normalised =
                code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        if (normalised.isEmpty()
                || normalised.length() > CODE_LENGTH
                || nameEn == null
                || nameEn.isBlank()
                || nameBn == null
                || nameBn.isBlank()
                || nameEn.strip().length() > NAME_LENGTH
                || nameBn.strip().length() > NAME_LENGTH) {
            throw new ValidationException("training.error.topic");
        }
        InputRules.requireSingleLine(nameEn, nameBn);
        try {
            long id = repository.insertTopic(normalised, nameEn.strip(), nameBn.strip(), eretail);
            audit.record(AuditEntity.TRAINING_TOPIC, id, "CREATE", null, normalised + (eretail ? " (e-retail)" : ""));
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("training.error.topicExists", normalised);
        }
    }

    @Transactional(readOnly = true)
    public List<Closure> closures(long venueId) {
        access.requireStaff();
        return repository.closures(venueId);
    }

    /** A holiday or closure of the centre (a single day when from and to are the same). */
    @Transactional
    public long addClosure(long venueId, LocalDate from, LocalDate to, String reason) {
        access.requireStaff();
        if (!InputRules.isPlausible(from)
                || !InputRules.isPlausible(to)
                || to.isBefore(from)
                || reason == null
                || reason.isBlank()
                || !repository.isCentre(venueId)) {
            throw new ValidationException("training.error.closure");
        }
        InputRules.requireSingleLine(reason);
        long id = repository.insertClosure(venueId, from, to, reason.strip());
        audit.record(AuditEntity.CENTRE_CLOSURE, id, "CREATE", null, from + " – " + to + ": " + reason.strip());
        return id;
    }

    /** A centre's opening hours and weekly closed day. */
    @Transactional(readOnly = true)
    public Hours hours(long venueId) {
        access.requireStaff();
        return repository.hours(venueId);
    }

    /** Staff set a centre's opening hours and its weekly closed day (null: open every day). */
    @Transactional
    public void setHours(long venueId, LocalTime opens, LocalTime closes, @Nullable DayOfWeek closedDay) {
        access.requireStaff();
        if (!repository.isCentre(venueId) || opens == null || closes == null || !closes.isAfter(opens)) {
            throw new ValidationException("training.error.hours");
        }
        repository.setHours(venueId, new Hours(opens, closes, closedDay == null ? null : closedDay.getValue()));
        audit.record(
                AuditEntity.CENTRE_HOURS,
                venueId,
                "UPDATE",
                null,
                opens + "–" + closes + (closedDay == null ? "" : ", closed " + closedDay));
    }
}
