package app.haat.listing;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's list of online marketplaces: added, renamed, retired (kept for the listings made on it, offered for no
 * new one) and brought back. Everyone signed in reads it.
 */
@Service
public class MarketplaceService {

    private final MarketplaceRepository repository;
    private final CurrentUser currentUser;
    private final AuditService audit;

    MarketplaceService(MarketplaceRepository repository, CurrentUser currentUser, AuditService audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every marketplace, those in use first. */
    @Transactional(readOnly = true)
    public List<Marketplace> all() {
        currentUser.require();
        return repository.all();
    }

    /** The marketplaces a new listing may name. */
    @Transactional(readOnly = true)
    public List<Marketplace> active() {
        return all().stream().filter(Marketplace::active).toList();
    }

    @Transactional
    public Marketplace add(MarketplaceForm form) {
        currentUser.requireRole(Role.STATE_ADMIN);
        List<String> errors = new ArrayList<>();
        String name = ListingRules.marketplaceName(form.name(), "marketplace.error.name", errors);
        String nameBn = ListingRules.marketplaceName(form.nameBn(), "marketplace.error.nameBn", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.nameTaken(name, -1)) {
            throw new ConflictException("marketplace.error.duplicate");
        }
        long id = repository.insert(name, nameBn);
        audit.record(AuditEntity.MARKETPLACE, id, "CREATE", null, name + " / " + nameBn);
        return get(id);
    }

    @Transactional
    public Marketplace rename(long id, MarketplaceForm form) {
        currentUser.requireRole(Role.STATE_ADMIN);
        Marketplace old = get(id);
        List<String> errors = new ArrayList<>();
        String name = ListingRules.marketplaceName(form.name(), "marketplace.error.name", errors);
        String nameBn = ListingRules.marketplaceName(form.nameBn(), "marketplace.error.nameBn", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.nameTaken(name, id)) {
            throw new ConflictException("marketplace.error.duplicate");
        }
        repository.rename(id, name, nameBn);
        audit.record(AuditEntity.MARKETPLACE, id, "RENAME", old.name() + " / " + old.nameBn(), name + " / " + nameBn);
        return get(id);
    }

    /** Retires a marketplace (or brings it back): its listings stay, no new listing may name it. */
    @Transactional
    public Marketplace setActive(long id, boolean active) {
        currentUser.requireRole(Role.STATE_ADMIN);
        Marketplace old = get(id);
        if (old.active() != active) {
            repository.setActive(id, active);
            audit.record(AuditEntity.MARKETPLACE, id, active ? "REINSTATE" : "RETIRE", old.name(), null);
        }
        return get(id);
    }

    private Marketplace get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("marketplace.error.notFound"));
    }

    /** The marketplace a listing names, if it exists (for {@link ListingService}). */
    Marketplace find(long id) {
        return repository.find(id).orElseThrow(() -> new ValidationException("listing.error.marketplace"));
    }
}
