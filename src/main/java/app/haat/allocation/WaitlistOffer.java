package app.haat.allocation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A freed seat offered to a waitlisted group, with the answer it gave (or not) before its deadline. */
public record WaitlistOffer(
        long id,
        long exhibitionId,
        String exhibitionTitle,
        long applicationId,
        long groupId,
        String groupName,
        long kioskId,
        String kioskCode,
        long slotId,
        int slotSeq,
        LocalDate slotStartsOn,
        LocalDate slotEndsOn,
        OfferStatus status,
        OffsetDateTime offeredAt,
        OffsetDateTime expiresAt,
        @Nullable OffsetDateTime answeredAt) {

    /** Open and still before its deadline at that instant: the only state in which the group may answer. */
    public boolean answerableAt(OffsetDateTime now) {
        return status == OfferStatus.OPEN && now.isBefore(expiresAt);
    }
}
