package app.haat.allocation;

import app.haat.core.i18n.LocalizedName;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A freed seat offered to a waitlisted group, with the answer it gave (or not) before its deadline. */
public record WaitlistOffer(
        long id,
        long exhibitionId,
        String exhibitionTitle,
        @Nullable String exhibitionTitleBn,
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

    /** The exhibition's title for this reader. */
    public String exhibitionTitle(boolean bengali) {
        return LocalizedName.pick(exhibitionTitle, exhibitionTitleBn, bengali);
    }

    /** Open and still before its deadline at that instant: the only state in which the group may answer. */
    public boolean answerableAt(OffsetDateTime now) {
        return status == OfferStatus.OPEN && now.isBefore(expiresAt);
    }
}
