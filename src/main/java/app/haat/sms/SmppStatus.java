package app.haat.sms;

import app.haat.sms.SmsException.Kind;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;

/** What SMPP errors mean for us: command_status values by name (ESME_RTHROTTLED…), refused binds. */
final class SmppStatus {

    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        // jsmpp keeps them as constants STAT_ESME_… only: read them once
        for (Field field : SMPPConstant.class.getFields()) {
            if (field.getName().startsWith("STAT_ESME_")
                    && field.getType() == int.class
                    && Modifier.isStatic(field.getModifiers())) {
                try {
                    NAMES.putIfAbsent(field.getInt(null), field.getName().substring("STAT_".length()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private SmppStatus() {}

    /** For example "ESME_RINVDSTADR (0x0000000B)", or just the hex for a vendor-specific status. */
    static String describe(int status) {
        String name = NAMES.get(status);
        String hex = String.format("0x%08X", status);
        return name == null ? hex : name + " (" + hex + ")";
    }

    /**
     * What a failed connectAndBind means: refused credentials (BIND_REFUSED, the settings must change) or a gateway
     * that cannot be reached or will not take us now (UNAVAILABLE, try again later).
     */
    static SmsException bindFailure(SmppSettings settings, IOException e) {
        String where = settings.host() + ":" + settings.port();
        if (e.getCause() instanceof NegativeResponseException refused) {
            int status = refused.getCommandStatus();
            if (status == SMPPConstant.STAT_ESME_RINVPASWD
                    || status == SMPPConstant.STAT_ESME_RINVSYSID
                    || status == SMPPConstant.STAT_ESME_RBINDFAIL
                    || status == SMPPConstant.STAT_ESME_RINVSYSTYP) {
                return new SmsException(
                        Kind.BIND_REFUSED,
                        "the SMS gateway refused the sign-in (system id " + settings.systemId() + ", "
                                + describe(status) + "): check HAAT_SMPP_SYSTEM_ID / HAAT_SMPP_PASSWORD",
                        e);
            }
            return new SmsException(
                    Kind.UNAVAILABLE,
                    "the SMS gateway at " + where + " did not take the sign-in now: " + describe(status),
                    e);
        }
        if (e instanceof UnknownHostException) {
            return new SmsException(
                    Kind.UNAVAILABLE,
                    "the SMS gateway host " + settings.host() + " is unknown: check HAAT_SMPP_HOST",
                    e);
        }
        if (e.getCause() instanceof ResponseTimeoutException) {
            return new SmsException(
                    Kind.UNAVAILABLE,
                    "the SMS gateway at " + where + " did not answer the sign-in within " + settings.responseTimeout(),
                    e);
        }
        return new SmsException(
                Kind.UNAVAILABLE, "the SMS gateway at " + where + " cannot be reached: " + e.getMessage(), e);
    }
}
