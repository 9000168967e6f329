package app.haat.group;

import java.util.List;
import java.util.Set;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of self-help groups as the rest of the portal reads it: a group, its members, pages and counts of the
 * groups in the caller's scope, the categories, the readiness figures. Every read checks scope ({@link GroupAccess}):
 * an officer only their municipalities, a group only itself. The changes are the other services' of this package:
 * {@link GroupRegistrationService} (sign-up and verification), {@link GroupProfileService} (identity details and
 * members), {@link CategoryService} and {@link GroupDeletionService}.
 */
@Service
public class GroupService {

    private final GroupRepository repository;
    private final CategoryRepository categories;
    private final GroupAccess access;

    GroupService(GroupRepository repository, CategoryRepository categories, GroupAccess access) {
        this.repository = repository;
        this.categories = categories;
        this.access = access;
    }

    /** The product categories, for everyone (sign-up, filters, exhibitions). */
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return categories.categories();
    }

    /** A page of the groups the caller may see (admins: all; officers: their municipalities). */
    @Transactional(readOnly = true)
    public List<Group> page(GroupFilter filter, int offset, int limit) {
        return page(filter, offset, limit, List.of());
    }

    /** A page in the given order (newest first among equals). */
    @Transactional(readOnly = true)
    public List<Group> page(GroupFilter filter, int offset, int limit, List<GroupSort> sort) {
        return repository.page(GroupConditions.of(filter, access.visibleMunicipalities()), offset, limit, sort);
    }

    @Transactional(readOnly = true)
    public int count(GroupFilter filter) {
        return repository.count(GroupConditions.of(filter, access.visibleMunicipalities()));
    }

    /** All groups in the registry, whatever the caller's scope (a figure for home pages and benchmarks). */
    @Transactional(readOnly = true)
    public int countAll() {
        return repository.count(DSL.noCondition());
    }

    /** Per municipality in the caller's scope: verified groups and how many have done each readiness item. */
    @Transactional(readOnly = true)
    public List<ReadinessFigures> readinessByMunicipality() {
        return repository.readinessByMunicipality(access.visibleMunicipalities());
    }

    /** One group, for an admin, an officer of its municipality, or the group itself. */
    @Transactional(readOnly = true)
    public Group get(long id) {
        return access.visible(id);
    }

    /** A group that may still be changed (not deleted), for whoever may see it. */
    @Transactional(readOnly = true)
    public Group editable(long id) {
        return access.editable(id);
    }

    /** The signed-in group's id, without loading the group (for the busy paths). */
    @Transactional(readOnly = true)
    public long ownGroupId() {
        return access.ownGroupId();
    }

    /** The signed-in group's own record. */
    @Transactional(readOnly = true)
    public Group mine() {
        return access.visible(access.ownGroupId());
    }

    @Transactional(readOnly = true)
    public List<Member> members(long groupId) {
        access.visible(groupId);
        return repository.members(groupId);
    }

    /**
     * Other groups sharing this group's PAN, GSTIN, bank account or a phone, for the officer's warning; those outside
     * the reader's municipalities stay nameless.
     */
    @Transactional(readOnly = true)
    public List<SharedIdentifier> sharedIdentifiers(long id) {
        Group group = access.visible(id);
        access.requireOfficerOf(group);
        Set<Long> scope = access.visibleMunicipalities();
        return repository.sharedIdentifiers(group).stream()
                .map(shared -> {
                    Group other = shared.group();
                    boolean visible = scope == null || scope.contains(other.municipalityId());
                    return new SharedIdentifier(
                            shared.kind(), visible ? other.name() : null, visible ? other.municipalityEn() : null);
                })
                .toList();
    }
}
