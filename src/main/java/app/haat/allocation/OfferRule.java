package app.haat.allocation;

import org.jspecify.annotations.Nullable;

/**
 * An exhibition's offer rule: how many hours a waitlisted group has to answer an offer, and how many days before its
 * slot an assigned group is asked to confirm it will come (none: not asked).
 */
public record OfferRule(int replyHours, @Nullable Integer confirmDays) {

    public static final int MIN_REPLY_HOURS = 1;
    public static final int MAX_REPLY_HOURS = 168;
    public static final int MIN_CONFIRM_DAYS = 1;
    public static final int MAX_CONFIRM_DAYS = 14;
}
