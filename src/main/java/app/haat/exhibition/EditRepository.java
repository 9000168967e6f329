package app.haat.exhibition;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_CATCHMENT;
import static app.haat.db.Tables.EXHIBITION_CATEGORY;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.core.data.TextInput;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Writes an exhibition's edit: its terms, catchment and categories, and the flags on applications it left outside. */
@Repository
class EditRepository {

    private final DSLContext dsl;

    EditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The new terms, if it still has the version and state the officer saw; answers whether it did. */
    boolean update(
            long id,
            int version,
            ExhibitionStatus from,
            String title,
            @Nullable String titleBn,
            String catchmentLabel,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt) {
        return dsl.update(EXHIBITION)
                        .set(EXHIBITION.TITLE, title)
                        .set(EXHIBITION.TITLE_BN, TextInput.blankToNull(titleBn))
                        .set(EXHIBITION.CATCHMENT_LABEL, catchmentLabel)
                        .set(EXHIBITION.APPLICATIONS_OPEN_AT, opensAt)
                        .set(EXHIBITION.APPLICATIONS_CLOSE_AT, closesAt)
                        .set(EXHIBITION.VERSION, EXHIBITION.VERSION.plus(1))
                        .where(EXHIBITION
                                .ID
                                .eq(id)
                                .and(EXHIBITION.VERSION.eq(version))
                                .and(EXHIBITION.STATUS.eq(from)))
                        .execute()
                == 1;
    }

    void clearCatchment(long id) {
        dsl.deleteFrom(EXHIBITION_CATCHMENT)
                .where(EXHIBITION_CATCHMENT.EXHIBITION_ID.eq(id))
                .execute();
    }

    void clearCategories(long id) {
        dsl.deleteFrom(EXHIBITION_CATEGORY)
                .where(EXHIBITION_CATEGORY.EXHIBITION_ID.eq(id))
                .execute();
    }

    /**
     * Flags the active applications whose group the exhibition's terms now leave out (its municipality outside the
     * catchment, none of its categories allowed) and unflags those they take in again; answers how many are newly
     * flagged. The same rules applying checks: {@link ApplicationRepository#inCatchment} and {@code categoryAllowed}.
     */
    int flagOutsideTerms(long id) {
        Field<Long> exhibition = DSL.val(id);
        Condition outside = APPLICATION.GROUP_ID.in(DSL.select(SHG_GROUP.ID)
                .from(SHG_GROUP)
                .where(DSL.not(ApplicationRepository.inCatchment(exhibition)
                        .and(ApplicationRepository.categoryAllowed(exhibition)))));
        Condition active = APPLICATION.EXHIBITION_ID.eq(id).and(APPLICATION.ACTIVE.isTrue());
        dsl.update(APPLICATION)
                .set(APPLICATION.OUTSIDE_TERMS, false)
                .where(active.and(APPLICATION.OUTSIDE_TERMS.isTrue()).and(DSL.not(outside)))
                .execute();
        return dsl.update(APPLICATION)
                .set(APPLICATION.OUTSIDE_TERMS, true)
                .where(active.and(APPLICATION.OUTSIDE_TERMS.isFalse()).and(outside))
                .execute();
    }
}
