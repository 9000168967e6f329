package app.haat.sms;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.jsmpp.SMPPConstant;

/** SMPP command_status values by name (ESME_RTHROTTLED…), for messages an admin can look up. */
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
}
