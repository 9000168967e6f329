package app.haat.sms;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to bind to the operator's SMSC. {@code sender} is the DLT header (alphanumeric, TON 5 / NPI 0);
 * {@code window} bounds the submit_sm PDUs awaiting their response; {@code ratePerSecond} paces submit_sm (0: as
 * fast as the window allows); {@code entityId} is the DLT principal entity id sent in TLV {@code entityIdTag} (the
 * template id goes in {@code templateIdTag}), tags as the operator documents them.
 */
public record SmppSettings(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        String sender,
        int window,
        Duration responseTimeout,
        Duration enquireLinkInterval,
        double ratePerSecond,
        @Nullable String entityId,
        short entityIdTag,
        short templateIdTag) {

    public static final short DEFAULT_ENTITY_ID_TAG = 0x1400;
    public static final short DEFAULT_TEMPLATE_ID_TAG = 0x1401;

    public SmppSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(systemType, "systemType");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(enquireLinkInterval, "enquireLinkInterval");
        // SMPP 3.4 field sizes (C-octet strings, the NUL not counted): jsmpp refuses longer ones only at bind time
        check(!host.isBlank(), "the SMSC host is empty");
        check(port > 0 && port < 65536, "the SMSC port " + port + " is not a TCP port");
        check(!systemId.isEmpty() && systemId.length() <= 15, "the system id must have 1 to 15 characters");
        check(password.length() <= 8, "the SMPP password must have at most 8 characters");
        check(systemType.length() <= 12, "the system type must have at most 12 characters");
        check(sender.matches("[A-Za-z0-9]{1,11}"), "the sender must be 1 to 11 letters or digits: " + sender);
        check(window >= 1, "the window must be at least 1");
        check(
                responseTimeout.isPositive() && enquireLinkInterval.isPositive(),
                "the response timeout and the enquire_link interval must be positive");
        check(ratePerSecond >= 0 && Double.isFinite(ratePerSecond), "the rate must be 0 (unlimited) or positive");
        check(entityId == null || entityId.matches("\\d{1,30}"), "the DLT entity id must be digits");
    }

    /** The usual settings: window 10, 10 s response timeout, enquire_link every 30 s, no rate limit, no entity id. */
    public static SmppSettings defaults(String host, int port, String systemId, String password, String sender) {
        return new SmppSettings(
                host,
                port,
                systemId,
                password,
                "",
                sender,
                10,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                0,
                null,
                DEFAULT_ENTITY_ID_TAG,
                DEFAULT_TEMPLATE_ID_TAG);
    }

    public SmppSettings withWindow(int newWindow) {
        return tuned(newWindow, responseTimeout, ratePerSecond, entityId);
    }

    public SmppSettings withResponseTimeout(Duration timeout) {
        return tuned(window, timeout, ratePerSecond, entityId);
    }

    public SmppSettings withRatePerSecond(double rate) {
        return tuned(window, responseTimeout, rate, entityId);
    }

    public SmppSettings withEntityId(@Nullable String newEntityId) {
        return tuned(window, responseTimeout, ratePerSecond, newEntityId);
    }

    /** These settings with other tunables: the one copy the withers share. */
    private SmppSettings tuned(int newWindow, Duration timeout, double rate, @Nullable String newEntityId) {
        return new SmppSettings(
                host,
                port,
                systemId,
                password,
                systemType,
                sender,
                newWindow,
                timeout,
                enquireLinkInterval,
                rate,
                newEntityId,
                entityIdTag,
                templateIdTag);
    }

    /** Never the password: settings end up in logs. */
    @Override
    public String toString() {
        return "SmppSettings[" + systemId + "@" + host + ":" + port + ", sender " + sender + ", window " + window
                + ", timeout " + responseTimeout + ", rate " + ratePerSecond + "/s, entity " + entityId + "]";
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
