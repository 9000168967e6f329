package app.haat.centre;

import static app.haat.db.Tables.ENROLLMENT;
import static app.haat.db.Tables.TRAINING_CERTIFICATE;
import static app.haat.db.Tables.TRAINING_SESSION;
import static app.haat.db.Tables.TRAINING_TOPIC;
import static org.jooq.Records.mapping;

import app.haat.centre.TrainingRecords.Topic;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Certificates: their random references, and the topics a member attended. */
@Repository
class CertificateRepository {

    private final DSLContext dsl;

    CertificateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> reference(long memberId) {
        return dsl.select(TRAINING_CERTIFICATE.REFERENCE)
                .from(TRAINING_CERTIFICATE)
                .where(TRAINING_CERTIFICATE.MEMBER_ID.eq(memberId))
                .fetchOptional(TRAINING_CERTIFICATE.REFERENCE);
    }

    /** Stores the member's reference unless one is stored already (two downloads at once keep the first). */
    void insertReference(long memberId, String reference, OffsetDateTime now) {
        dsl.insertInto(TRAINING_CERTIFICATE)
                .set(TRAINING_CERTIFICATE.MEMBER_ID, memberId)
                .set(TRAINING_CERTIFICATE.REFERENCE, reference)
                .set(TRAINING_CERTIFICATE.ISSUED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** The member a reference certifies, if any. */
    Optional<Long> memberOf(String reference) {
        return dsl.select(TRAINING_CERTIFICATE.MEMBER_ID)
                .from(TRAINING_CERTIFICATE)
                .where(TRAINING_CERTIFICATE.REFERENCE.eq(reference))
                .fetchOptional(TRAINING_CERTIFICATE.MEMBER_ID);
    }

    /** The topics the member attended (marked present at a session of each, not cancelled), in the topics' order. */
    List<Topic> attendedTopics(long memberId) {
        return dsl.selectDistinct(
                        TRAINING_TOPIC.ID,
                        TRAINING_TOPIC.CODE,
                        TRAINING_TOPIC.NAME_EN,
                        TRAINING_TOPIC.NAME_BN,
                        TRAINING_TOPIC.ERETAIL)
                .from(ENROLLMENT)
                .join(TRAINING_SESSION)
                .on(TRAINING_SESSION.ID.eq(ENROLLMENT.SESSION_ID))
                .join(TRAINING_TOPIC)
                .on(TRAINING_TOPIC.ID.eq(TRAINING_SESSION.TOPIC_ID))
                .where(ENROLLMENT.MEMBER_ID.eq(memberId))
                .and(ENROLLMENT.ATTENDED.isTrue())
                .and(TRAINING_SESSION.STATUS.eq(SessionStatus.SCHEDULED))
                .orderBy(TRAINING_TOPIC.ID)
                .fetch(mapping(Topic::new));
    }
}
