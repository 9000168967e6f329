package app.haat.listing;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.group.GroupService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a group sells online. The group records, changes and removes its listings (so may its officers and admins);
 * an officer of its municipality (or an admin) confirms one, and a change of its marketplace, seller id or link
 * clears that confirmation. Who may see a group sees its listings.
 */
@Service
public class ListingService {

    private final ListingRepository repository;
    private final MarketplaceService marketplaces;
    private final GroupService groups;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ListingService(
            ListingRepository repository,
            MarketplaceService marketplaces,
            GroupService groups,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.marketplaces = marketplaces;
        this.groups = groups;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A group's listings, for whoever may see the group. To anyone but an admin a group that does not exist is refused
     * like another's, so probing ids tells nothing.
     */
    @Transactional(readOnly = true)
    public List<Listing> listings(long groupId) {
        if (!currentUser.hasRole(Role.STATE_ADMIN) && !repository.groupExists(groupId)) {
            throw new AccessDeniedException("group.error.notYours");
        }
        groups.get(groupId);
        return repository.ofGroup(groupId);
    }

    @Transactional
    public Listing add(long groupId, ListingForm form) {
        groups.editable(groupId);
        Checked checked = check(groupId, form, -1, -1);
        long id = repository.insert(groupId, checked.marketplaceId(), checked.sellerId(), checked.link(), now());
        repository.setProducts(id, checked.productIds());
        audit.record(AuditEntity.GROUP, groupId, "LISTING_ADD", null, describe(checked));
        return get(groupId, id);
    }

    /** Changes a listing; a new marketplace, seller id or link clears its confirmation. */
    @Transactional
    public Listing update(long groupId, long listingId, ListingForm form) {
        groups.editable(groupId);
        Listing old = get(groupId, listingId);
        Checked checked = check(groupId, form, listingId, old.marketplaceId());
        boolean same = old.marketplaceId() == checked.marketplaceId()
                && old.sellerId().equals(checked.sellerId())
                && old.link().equals(checked.link());
        repository.update(listingId, checked.marketplaceId(), checked.sellerId(), checked.link(), same, now());
        repository.setProducts(listingId, checked.productIds());
        audit.record(
                AuditEntity.GROUP,
                groupId,
                "LISTING_EDIT",
                old.marketplace() + " " + old.sellerId() + " " + old.link(),
                describe(checked) + (same || !old.confirmed() ? "" : " (confirmation cleared)"));
        return get(groupId, listingId);
    }

    @Transactional
    public void delete(long groupId, long listingId) {
        groups.editable(groupId);
        Listing old = get(groupId, listingId);
        repository.delete(listingId);
        audit.record(AuditEntity.GROUP, groupId, "LISTING_DELETE", old.marketplace() + " " + old.sellerId(), null);
    }

    /** An officer of the group's municipality, or an admin, confirms the listing (true) or takes that back (false). */
    @Transactional
    public Listing confirm(long groupId, long listingId, boolean confirmed) {
        currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        groups.editable(groupId);
        Listing old = get(groupId, listingId);
        if (old.confirmed() != confirmed) {
            repository.confirm(listingId, confirmed ? currentUser.actorName() : null, confirmed ? now() : null);
            audit.record(
                    AuditEntity.GROUP,
                    groupId,
                    confirmed ? "LISTING_CONFIRM" : "LISTING_UNCONFIRM",
                    null,
                    old.marketplace() + " " + old.sellerId());
        }
        return get(groupId, listingId);
    }

    private Listing get(long groupId, long listingId) {
        return repository
                .find(listingId)
                .filter(l -> l.groupId() == groupId)
                .orElseThrow(() -> new NotFoundException("listing.error.notFound"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A listing's fields as checked: the marketplace id, the seller id and link as stored, the products. */
    private record Checked(
            long marketplaceId, String marketplace, String sellerId, String link, Set<Long> productIds) {}

    /**
     * Checks every field at once (one refusal lists every mistake), then the marketplace (in use, or the listing's own
     * when {@code keptMarketplace}), the products (the group's own) and duplicates.
     */
    private Checked check(long groupId, ListingForm form, long listingId, long keptMarketplace) {
        List<String> errors = new ArrayList<>();
        String sellerId = ListingRules.sellerId(form.sellerId(), errors);
        String link = ListingRules.link(form.link(), errors);
        List<Long> products = form.productIds() == null ? List.of() : form.productIds();
        if (!InputRules.hasNoNulls(products) || products.size() > ListingRules.MAX_PRODUCTS) {
            errors.add("listing.error.product");
        }
        Long marketplaceId = form.marketplaceId();
        if (marketplaceId == null) {
            errors.add("listing.error.marketplace");
        }
        if (!errors.isEmpty() || marketplaceId == null) {
            throw new ValidationException(errors);
        }
        Marketplace marketplace = marketplaces.find(marketplaceId);
        if (!marketplace.active() && marketplace.id() != keptMarketplace) {
            throw new ValidationException("listing.error.marketplace");
        }
        Set<Long> productIds = new LinkedHashSet<>(products);
        if (!productIds.isEmpty() && !repository.productsOf(groupId, productIds).containsAll(productIds)) {
            throw new ValidationException("listing.error.product");
        }
        if (repository.duplicate(groupId, marketplace.id(), sellerId, listingId)) {
            throw new ConflictException("listing.error.duplicate");
        }
        return new Checked(marketplace.id(), marketplace.name(), sellerId, link, productIds);
    }

    private static String describe(Checked checked) {
        return checked.marketplace() + " " + checked.sellerId() + " " + checked.link() + " products "
                + checked.productIds();
    }
}
