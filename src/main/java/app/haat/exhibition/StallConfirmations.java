package app.haat.exhibition;

import java.util.List;

/**
 * An assigned group confirms it will come, when its exhibition asks it a few days before its first day. The allocation
 * feature keeps the rule and the answers; My stalls asks (this interface keeps exhibition free of allocation).
 */
public interface StallConfirmations {

    /** The signed-in group's applications whose confirmation is asked today and not yet given. */
    List<Long> awaitingMine();

    /** The group says it will come: only its own assigned application, only before its first day. */
    void confirm(long applicationId);
}
