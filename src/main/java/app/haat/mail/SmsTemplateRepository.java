package app.haat.mail;

import static app.haat.db.Tables.SMS_TEMPLATE;

import app.haat.db.tables.records.SmsTemplateRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class SmsTemplateRepository {

    private final DSLContext dsl;

    SmsTemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<SmsTemplateRecord> all() {
        return dsl.selectFrom(SMS_TEMPLATE)
                .orderBy(SMS_TEMPLATE.MESSAGE_TYPE, SMS_TEMPLATE.LANGUAGE)
                .fetch();
    }

    Optional<SmsTemplateRecord> find(MessageType type, String language) {
        return dsl.selectFrom(SMS_TEMPLATE)
                .where(SMS_TEMPLATE.MESSAGE_TYPE.eq(type).and(SMS_TEMPLATE.LANGUAGE.eq(language)))
                .fetchOptional();
    }

    /** Adds a type's text unless it is there already (two nodes starting together both try). */
    void insertMissing(MessageType type, String language, String variables, String body) {
        dsl.insertInto(SMS_TEMPLATE)
                .set(SMS_TEMPLATE.MESSAGE_TYPE, type)
                .set(SMS_TEMPLATE.LANGUAGE, language)
                .set(SMS_TEMPLATE.VARIABLES, variables)
                .set(SMS_TEMPLATE.BODY, body)
                .onConflictDoNothing()
                .execute();
    }

    int update(
            MessageType type,
            String language,
            String body,
            @Nullable String templateId,
            String by,
            OffsetDateTime now) {
        return dsl.update(SMS_TEMPLATE)
                .set(SMS_TEMPLATE.BODY, body)
                .set(SMS_TEMPLATE.TEMPLATE_ID, templateId)
                .set(SMS_TEMPLATE.UPDATED_BY, by)
                .set(SMS_TEMPLATE.UPDATED_AT, now)
                .where(SMS_TEMPLATE.MESSAGE_TYPE.eq(type).and(SMS_TEMPLATE.LANGUAGE.eq(language)))
                .execute();
    }

    /** Demo mode: sample ids where none is set. */
    int fillMissingIds(String prefix) {
        int changed = 0;
        for (SmsTemplateRecord r : all()) {
            if (r.getTemplateId() == null) {
                String id = prefix
                        + String.format("%02d%d", r.getMessageType().ordinal(), "bn".equals(r.getLanguage()) ? 1 : 0);
                changed += dsl.update(SMS_TEMPLATE)
                        .set(SMS_TEMPLATE.TEMPLATE_ID, id)
                        .where(SMS_TEMPLATE
                                .MESSAGE_TYPE
                                .eq(r.getMessageType())
                                .and(SMS_TEMPLATE.LANGUAGE.eq(r.getLanguage())))
                        .execute();
            }
        }
        return changed;
    }
}
