package app.haat.desk;

import static app.haat.db.Tables.DESK_CASE;
import static app.haat.db.Tables.DESK_DOCUMENT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The documents' rows; their files are {@link DocumentFiles}'. */
@Repository
class DocumentRepository {

    private final DSLContext dsl;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static SelectField<DeskDocument> document() {
        return DSL.row(
                        DESK_DOCUMENT.ID,
                        DESK_DOCUMENT.CASE_ID,
                        DESK_DOCUMENT.ORIGINAL_NAME,
                        DESK_DOCUMENT.CONTENT_TYPE,
                        DESK_DOCUMENT.SIZE_BYTES,
                        DESK_DOCUMENT.PAGES,
                        DESK_DOCUMENT.MASKED_AADHAAR,
                        DESK_DOCUMENT.UPLOADED_BY,
                        DESK_DOCUMENT.UPLOADED_AT,
                        DESK_DOCUMENT.FILE_KEY)
                .mapping(DeskDocument.class, DeskDocument::new);
    }

    List<DeskDocument> ofCase(long caseId) {
        return dsl.select(document())
                .from(DESK_DOCUMENT)
                .where(DESK_DOCUMENT.CASE_ID.eq(caseId))
                .orderBy(DESK_DOCUMENT.UPLOADED_AT, DESK_DOCUMENT.ID)
                .fetch(Record1::value1);
    }

    Optional<DeskDocument> find(long caseId, long documentId) {
        return dsl.select(document())
                .from(DESK_DOCUMENT)
                .where(DESK_DOCUMENT.ID.eq(documentId), DESK_DOCUMENT.CASE_ID.eq(caseId))
                .fetchOptional(Record1::value1);
    }

    long insert(
            long caseId,
            String key,
            String name,
            String contentType,
            int size,
            @Nullable Integer pages,
            boolean maskedAadhaar,
            String by,
            OffsetDateTime at) {
        return Objects.requireNonNull(dsl.insertInto(DESK_DOCUMENT)
                .set(DESK_DOCUMENT.CASE_ID, caseId)
                .set(DESK_DOCUMENT.FILE_KEY, key)
                .set(DESK_DOCUMENT.ORIGINAL_NAME, name)
                .set(DESK_DOCUMENT.CONTENT_TYPE, contentType)
                .set(DESK_DOCUMENT.SIZE_BYTES, size)
                .set(DESK_DOCUMENT.PAGES, pages)
                .set(DESK_DOCUMENT.MASKED_AADHAAR, maskedAadhaar)
                .set(DESK_DOCUMENT.UPLOADED_BY, by)
                .set(DESK_DOCUMENT.UPLOADED_AT, at)
                .returning(DESK_DOCUMENT.ID)
                .fetchOne(DESK_DOCUMENT.ID));
    }

    /** The documents of the cases closed (obtained, refused, declined) before the cut-off. */
    List<DeskDocument> closedBefore(OffsetDateTime cutOff) {
        return where(DESK_DOCUMENT.CASE_ID.in(DSL.select(DESK_CASE.ID)
                .from(DESK_CASE)
                .where(
                        DESK_CASE.STATUS.in(CaseStatus.OBTAINED, CaseStatus.REFUSED, CaseStatus.DECLINED),
                        DESK_CASE.UPDATED_AT.lt(cutOff))));
    }

    List<DeskDocument> ofGroup(long groupId) {
        return where(DESK_DOCUMENT.CASE_ID.in(
                DSL.select(DESK_CASE.ID).from(DESK_CASE).where(DESK_CASE.GROUP_ID.eq(groupId))));
    }

    private List<DeskDocument> where(Condition condition) {
        return dsl.select(document()).from(DESK_DOCUMENT).where(condition).fetch(Record1::value1);
    }

    int delete(Collection<Long> ids) {
        return ids.isEmpty()
                ? 0
                : dsl.deleteFrom(DESK_DOCUMENT).where(DESK_DOCUMENT.ID.in(ids)).execute();
    }
}
