package app.haat.group;

import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.EMAIL_VERIFICATION_TOKEN;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.GROUP_LISTING;
import static app.haat.db.Tables.GROUP_MEMBER;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.PRODUCT_PHOTO;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.search.ReadinessItems;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The groups of the registry: their rows, members, status, identity details and erasure. */
@Repository
class GroupRepository {

    private static final int EXPORT_CHUNK = 1000;

    private final DSLContext dsl;
    private final GroupRowsRepository rows;

    GroupRepository(DSLContext dsl, GroupRowsRepository rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    /**
     * A new group: pending when it signs up itself, verified (by {@code verifiedBy}) when an officer enters it.
     */
    long insert(
            SignUpForm form,
            String name,
            String mobile,
            @Nullable String email,
            @Nullable String registrationNo,
            @Nullable String verifiedBy,
            OffsetDateTime now) {
        boolean verified = verifiedBy != null;
        return Objects.requireNonNull(dsl.insertInto(SHG_GROUP)
                .set(SHG_GROUP.NAME, name)
                .set(SHG_GROUP.MUNICIPALITY_ID, form.municipalityId())
                .set(SHG_GROUP.WARD, form.ward().strip())
                .set(SHG_GROUP.MEMBER_COUNT, form.memberCount())
                .set(SHG_GROUP.LEADER_NAME, form.leaderName().strip())
                .set(SHG_GROUP.PHONE, mobile)
                .set(SHG_GROUP.EMAIL, email)
                .set(SHG_GROUP.REGISTRATION_NO, registrationNo)
                .set(SHG_GROUP.STATUS, verified ? GroupStatus.VERIFIED : GroupStatus.PENDING)
                .set(SHG_GROUP.CONSENT_AT, now)
                .set(SHG_GROUP.CREATED_AT, now)
                .set(SHG_GROUP.VERIFIED_AT, verified ? now : null)
                .set(SHG_GROUP.VERIFIED_BY, verifiedBy)
                .returning(SHG_GROUP.ID)
                .fetchOne(SHG_GROUP.ID));
    }

    void insertEmailToken(long groupId, String tokenHash, OffsetDateTime expiresAt) {
        dsl.insertInto(EMAIL_VERIFICATION_TOKEN)
                .set(EMAIL_VERIFICATION_TOKEN.GROUP_ID, groupId)
                .set(EMAIL_VERIFICATION_TOKEN.TOKEN_HASH, tokenHash)
                .set(EMAIL_VERIFICATION_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** Marks a valid, unused token used and the group's e-mail confirmed; answers the group, if the token was valid. */
    Optional<Long> confirmEmail(String tokenHash, OffsetDateTime now) {
        Optional<Long> groupId = dsl.select(EMAIL_VERIFICATION_TOKEN.GROUP_ID)
                .from(EMAIL_VERIFICATION_TOKEN)
                .where(EMAIL_VERIFICATION_TOKEN
                        .TOKEN_HASH
                        .eq(tokenHash)
                        .and(EMAIL_VERIFICATION_TOKEN.USED_AT.isNull())
                        .and(EMAIL_VERIFICATION_TOKEN.EXPIRES_AT.gt(now)))
                .forUpdate()
                .fetchOptional(EMAIL_VERIFICATION_TOKEN.GROUP_ID);
        groupId.ifPresent(id -> {
            dsl.update(EMAIL_VERIFICATION_TOKEN)
                    .set(EMAIL_VERIFICATION_TOKEN.USED_AT, now)
                    .where(EMAIL_VERIFICATION_TOKEN.TOKEN_HASH.eq(tokenHash))
                    .execute();
            dsl.update(SHG_GROUP)
                    .set(SHG_GROUP.EMAIL_VERIFIED_AT, now)
                    .where(SHG_GROUP.ID.eq(id))
                    .execute();
        });
        return groupId;
    }

    boolean emailVerified(long groupId) {
        return dsl.fetchExists(SHG_GROUP, SHG_GROUP.ID.eq(groupId).and(SHG_GROUP.EMAIL_VERIFIED_AT.isNotNull()));
    }

    void setCategories(long groupId, Collection<String> codes) {
        dsl.deleteFrom(GROUP_CATEGORY)
                .where(GROUP_CATEGORY.GROUP_ID.eq(groupId))
                .execute();
        if (!codes.isEmpty()) {
            dsl.insertInto(GROUP_CATEGORY, GROUP_CATEGORY.GROUP_ID, GROUP_CATEGORY.CATEGORY_ID)
                    .select(DSL.select(DSL.val(groupId), CATEGORY.ID)
                            .from(CATEGORY)
                            .where(CATEGORY.CODE.in(codes)))
                    .execute();
        }
    }

    /** Who holds a mobile number, to tell them through their own channel. */
    record PhoneHolder(long groupId, String name, String leaderName, String email) {}

    List<PhoneHolder> holdersOf(String mobile) {
        return dsl.select(SHG_GROUP.ID, SHG_GROUP.NAME, SHG_GROUP.LEADER_NAME, SHG_GROUP.EMAIL)
                .from(SHG_GROUP)
                .where(SHG_GROUP.PHONE.eq(mobile))
                .orderBy(SHG_GROUP.ID)
                .fetch(Records.mapping(PhoneHolder::new));
    }

    /** A group's number; the caller checked who may change it. Answers whether the row was still at that version. */
    boolean setPhone(long id, String mobile) {
        return dsl.update(SHG_GROUP)
                        .set(SHG_GROUP.PHONE, mobile)
                        .set(SHG_GROUP.VERSION, SHG_GROUP.VERSION.plus(1))
                        .where(SHG_GROUP.ID.eq(id))
                        .execute()
                == 1;
    }

    boolean phoneTaken(String mobile) {
        return dsl.fetchExists(SHG_GROUP, SHG_GROUP.PHONE.eq(mobile));
    }

    Optional<Group> find(long id) {
        return rows.select(SHG_GROUP.ID.eq(id), 0, 1, false).stream().findFirst();
    }

    List<Group> page(Condition condition, int offset, int limit, List<GroupSort> sort) {
        return rows.select(condition, offset, limit, GroupRowsRepository.order(sort));
    }

    /**
     * Every group matching the condition, in the grid's order, without holding them: the matching ids first (8 bytes
     * a group), then the rows a thousand at a time. A single cursor would not do: H2 builds a sorted result whole
     * before the first row, and that is the registry's size in memory.
     */
    Stream<Group> stream(Condition condition, List<GroupSort> sort) {
        List<Long> ids = dsl.select(SHG_GROUP.ID)
                .from(SHG_GROUP)
                .where(condition)
                .orderBy(GroupRowsRepository.order(sort))
                .fetch(SHG_GROUP.ID);
        int chunks = (ids.size() + EXPORT_CHUNK - 1) / EXPORT_CHUNK;
        return IntStream.range(0, chunks)
                .boxed()
                .flatMap(chunk ->
                        rows
                                .rows(ids.subList(
                                        chunk * EXPORT_CHUNK, Math.min(ids.size(), (chunk + 1) * EXPORT_CHUNK)))
                                .stream());
    }

    int count(Condition condition) {
        return dsl.fetchCount(DSL.selectOne().from(SHG_GROUP).where(condition));
    }

    boolean updateStatus(
            long id, int version, GroupStatus status, @Nullable String reason, String actor, OffsetDateTime now) {
        return dsl.update(SHG_GROUP)
                        .set(SHG_GROUP.STATUS, status)
                        .set(SHG_GROUP.STATUS_REASON, reason)
                        .set(SHG_GROUP.VERIFIED_AT, status == GroupStatus.VERIFIED ? now : null)
                        .set(SHG_GROUP.VERIFIED_BY, actor)
                        .set(SHG_GROUP.VERSION, SHG_GROUP.VERSION.plus(1))
                        .where(SHG_GROUP.ID.eq(id).and(SHG_GROUP.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    boolean updateProfile(
            long id,
            int version,
            @Nullable String registrationNo,
            @Nullable String pan,
            @Nullable String gstin,
            @Nullable String bankAccount,
            @Nullable String ifsc) {
        return dsl.update(SHG_GROUP)
                        .set(SHG_GROUP.REGISTRATION_NO, registrationNo)
                        .set(SHG_GROUP.PAN, pan)
                        .set(SHG_GROUP.GSTIN, gstin)
                        .set(SHG_GROUP.BANK_ACCOUNT, bankAccount)
                        .set(SHG_GROUP.IFSC, ifsc)
                        .set(SHG_GROUP.VERSION, SHG_GROUP.VERSION.plus(1))
                        .where(SHG_GROUP.ID.eq(id).and(SHG_GROUP.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    Optional<ContactChoices> contactChoices(long id) {
        return dsl.select(SHG_GROUP.NOTIFY_SMS, SHG_GROUP.NOTIFY_EMAIL, SHG_GROUP.ANNOUNCEMENTS)
                .from(SHG_GROUP)
                .where(SHG_GROUP.ID.eq(id))
                .fetchOptional(Records.mapping(ContactChoices::new));
    }

    void updateContactChoices(long id, ContactChoices choices) {
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.NOTIFY_SMS, choices.sms())
                .set(SHG_GROUP.NOTIFY_EMAIL, choices.email())
                .set(SHG_GROUP.ANNOUNCEMENTS, choices.announcements())
                .where(SHG_GROUP.ID.eq(id))
                .execute();
    }

    boolean registrationTaken(String registrationNo, long exceptGroup) {
        return dsl.fetchExists(
                SHG_GROUP, SHG_GROUP.REGISTRATION_NO.eq(registrationNo).and(SHG_GROUP.ID.ne(exceptGroup)));
    }

    List<Member> members(long groupId) {
        return dsl.selectFrom(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                .orderBy(GROUP_MEMBER.ID)
                .fetch(r -> new Member(r.getId(), r.getName(), r.getRole(), r.getPhone()));
    }

    long addMember(long groupId, String name, Member.MemberRole role, @Nullable String phone) {
        return Objects.requireNonNull(dsl.insertInto(GROUP_MEMBER)
                .set(GROUP_MEMBER.GROUP_ID, groupId)
                .set(GROUP_MEMBER.NAME, name)
                .set(GROUP_MEMBER.ROLE, role)
                .set(GROUP_MEMBER.PHONE, phone)
                .returning(GROUP_MEMBER.ID)
                .fetchOne(GROUP_MEMBER.ID));
    }

    int removeMember(long groupId, long memberId) {
        return dsl.deleteFrom(GROUP_MEMBER)
                .where(GROUP_MEMBER.ID.eq(memberId).and(GROUP_MEMBER.GROUP_ID.eq(groupId)))
                .execute();
    }

    /** Another group that shares an identifier (PAN, GSTIN, BANK or PHONE) with the one looked at. */
    record Sharing(String kind, Group group) {}

    /** Other groups that share this PAN, GSTIN, bank account or phone number: a sign of traders posing as groups. */
    List<Sharing> sharedIdentifiers(Group group) {
        Condition other = SHG_GROUP.ID.ne(group.id());
        List<Sharing> found = new ArrayList<>();
        if (group.pan() != null) {
            sharing("PAN", other.and(SHG_GROUP.PAN.eq(group.pan())), found);
        }
        if (group.gstin() != null) {
            sharing("GSTIN", other.and(SHG_GROUP.GSTIN.eq(group.gstin())), found);
        }
        if (group.bankAccount() != null) {
            sharing("BANK", other.and(SHG_GROUP.BANK_ACCOUNT.eq(group.bankAccount())), found);
        }
        // the phone of this group or any of its members, used by another group or another group's member
        var phones = DSL.select(GROUP_MEMBER.PHONE)
                .from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.eq(group.id()).and(GROUP_MEMBER.PHONE.isNotNull()))
                .union(DSL.select(DSL.val(group.phone())));
        Condition sharesPhone = SHG_GROUP
                .PHONE
                .in(phones)
                .or(DSL.exists(DSL.selectOne()
                        .from(GROUP_MEMBER)
                        .where(GROUP_MEMBER.GROUP_ID.eq(SHG_GROUP.ID).and(GROUP_MEMBER.PHONE.in(phones)))));
        sharing("PHONE", other.and(sharesPhone), found);
        return found;
    }

    private void sharing(String kind, Condition condition, List<Sharing> found) {
        rows.select(condition, 0, 20, false).forEach(g -> found.add(new Sharing(kind, g)));
    }

    boolean markDeletionRequested(long id, @Nullable OffsetDateTime at) {
        return dsl.update(SHG_GROUP)
                        .set(SHG_GROUP.DELETION_REQUESTED_AT, at)
                        .set(SHG_GROUP.VERSION, SHG_GROUP.VERSION.plus(1))
                        .where(SHG_GROUP.ID.eq(id).and(SHG_GROUP.STATUS.ne(GroupStatus.DELETED)))
                        .execute()
                == 1;
    }

    /** File keys of the group's photos, so the files can go once their rows have. */
    List<String> photoKeys(long groupId) {
        return dsl.select(PRODUCT_PHOTO.FILE_KEY)
                .from(PRODUCT_PHOTO)
                .join(PRODUCT)
                .on(PRODUCT.ID.eq(PRODUCT_PHOTO.PRODUCT_ID))
                .where(PRODUCT.GROUP_ID.eq(groupId))
                .fetch(PRODUCT_PHOTO.FILE_KEY);
    }

    /**
     * Erases a group's personal data: name, leader, phone, e-mail, identifiers, members, products and photos. The row
     * stays, with its municipality, categories and dates, as an anonymous figure for past placements.
     */
    boolean erase(long id, int version, String actor, OffsetDateTime now) {
        int changed = dsl.update(SHG_GROUP)
                .set(SHG_GROUP.NAME, "")
                .set(SHG_GROUP.LEADER_NAME, "")
                .set(SHG_GROUP.PHONE, (String) null)
                .set(SHG_GROUP.EMAIL, (String) null)
                .set(SHG_GROUP.EMAIL_VERIFIED_AT, (OffsetDateTime) null)
                .set(SHG_GROUP.REGISTRATION_NO, (String) null)
                .set(SHG_GROUP.PAN, (String) null)
                .set(SHG_GROUP.GSTIN, (String) null)
                .set(SHG_GROUP.BANK_ACCOUNT, (String) null)
                .set(SHG_GROUP.IFSC, (String) null)
                .set(SHG_GROUP.STATUS_REASON, (String) null)
                .set(SHG_GROUP.STATUS, GroupStatus.DELETED)
                .set(SHG_GROUP.PHOTO_COUNT, 0)
                .set(SHG_GROUP.DELETED_AT, now)
                .set(SHG_GROUP.VERIFIED_BY, actor)
                .set(SHG_GROUP.VERSION, SHG_GROUP.VERSION.plus(1))
                .where(SHG_GROUP.ID.eq(id).and(SHG_GROUP.VERSION.eq(version)))
                .execute();
        if (changed == 1) {
            dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(id)).execute();
            // its online shops (links and seller ids name the group) before the products they list
            dsl.deleteFrom(GROUP_LISTING).where(GROUP_LISTING.GROUP_ID.eq(id)).execute();
            dsl.deleteFrom(PRODUCT).where(PRODUCT.GROUP_ID.eq(id)).execute(); // photos go by ON DELETE CASCADE
            dsl.deleteFrom(EMAIL_VERIFICATION_TOKEN)
                    .where(EMAIL_VERIFICATION_TOKEN.GROUP_ID.eq(id))
                    .execute();
        }
        return changed == 1;
    }

    /** Verified groups per municipality with how many have done each readiness item; null scope means all. */
    List<ReadinessFigures> readinessByMunicipality(@Nullable Set<Long> municipalities) {
        Condition scope = municipalities == null ? DSL.noCondition() : SHG_GROUP.MUNICIPALITY_ID.in(municipalities);
        return dsl.select(
                        MUNICIPALITY.ID,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        DISTRICT.NAME_EN,
                        DISTRICT.NAME_BN,
                        DSL.count(),
                        doneBy(ReadinessItems.PAN),
                        doneBy(ReadinessItems.GST),
                        doneBy(ReadinessItems.FSSAI),
                        doneBy(ReadinessItems.PAYMENT),
                        doneBy(ReadinessItems.PHOTOS),
                        doneBy(ReadinessItems.TRAINED),
                        doneBy(ReadinessItems.READY))
                .from(SHG_GROUP)
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .where(scope.and(SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED)))
                .groupBy(
                        MUNICIPALITY.ID, MUNICIPALITY.NAME_EN, MUNICIPALITY.NAME_BN, DISTRICT.NAME_EN, DISTRICT.NAME_BN)
                .orderBy(DISTRICT.NAME_EN, MUNICIPALITY.NAME_EN)
                .fetch(Records.mapping(ReadinessFigures::new));
    }

    /** How many of the counted groups have done the item (the sum's decimal read as an int). */
    private static Field<Integer> doneBy(Condition item) {
        return DSL.sum(DSL.when(item, 1).else_(0)).coerce(SQLDataType.INTEGER);
    }
}
