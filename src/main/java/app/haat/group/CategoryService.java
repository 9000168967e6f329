package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' list of product categories; everyone reads it through {@link GroupService#categories()}. */
@Service
public class CategoryService {

    static final int MAX_NAME = 80;

    private final CategoryRepository repository;
    private final CurrentUser currentUser;
    private final AuditService audit;

    CategoryService(CategoryRepository repository, CurrentUser currentUser, AuditService audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Admins add product categories; the code (e.g. BAMBOO) is what imports and filters use. */
    @Transactional
    public long createCategory(String code, String nameEn, String nameBn) {
        currentUser.requireRole(Role.STATE_ADMIN);
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        List<String> errors = new ArrayList<>();
        if (!normalised.matches("[A-Z][A-Z0-9_]{1,29}")) {
            errors.add("category.error.code");
        }
        errors.addAll(nameErrors(nameEn, nameBn));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.codeTaken(normalised)) {
            throw new ConflictException("category.error.duplicate");
        }
        long id = repository.insert(normalised, nameEn.strip(), nameBn.strip());
        audit.record(
                AuditEntity.CATEGORY, id, "CREATE", null, normalised + ": " + nameEn.strip() + " / " + nameBn.strip());
        return id;
    }

    @Transactional
    public void renameCategory(long id, String nameEn, String nameBn) {
        currentUser.requireRole(Role.STATE_ADMIN);
        List<String> errors = nameErrors(nameEn, nameBn);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Category old = repository.categories().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("category.error.notFound"));
        repository.rename(id, nameEn.strip(), nameBn.strip());
        audit.record(
                AuditEntity.CATEGORY,
                id,
                "RENAME",
                old.nameEn() + " / " + old.nameBn(),
                nameEn.strip() + " / " + nameBn.strip());
    }

    private static List<String> nameErrors(String nameEn, String nameBn) {
        List<String> errors = new ArrayList<>();
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > MAX_NAME) {
            errors.add("category.error.nameEn");
        }
        if (nameBn == null || nameBn.isBlank() || nameBn.strip().length() > MAX_NAME) {
            errors.add("category.error.nameBn");
        }
        InputRules.checkSingleLine(errors, nameEn, nameBn);
        return errors;
    }
}
