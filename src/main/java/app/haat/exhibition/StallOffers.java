package app.haat.exhibition;

import app.haat.core.i18n.LocalizedName;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A kiosk offered to the signed-in group from the waitlist, to accept or decline before a deadline. The allocation
 * feature makes the offers; My stalls shows them (this interface keeps exhibition free of a dependency on allocation).
 */
public interface StallOffers {

    /** The group's offers it may still answer, soonest deadline first. */
    List<OpenOffer> openForMe();

    /** Takes the kiosk: the group is assigned and gets its letter. */
    void acceptOffer(long offerId);

    /** Gives the kiosk up: it goes to the next group; declining counts against nobody. */
    void declineOffer(long offerId);

    record OpenOffer(
            long id,
            long exhibitionId,
            LocalizedName exhibitionTitle,
            String kioskCode,
            int slotSeq,
            LocalDate startsOn,
            LocalDate endsOn,
            OffsetDateTime answerBy) {}
}
