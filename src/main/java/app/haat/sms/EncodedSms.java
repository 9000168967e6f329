package app.haat.sms;

import java.util.List;

/**
 * A text ready for submit_sm: its data_coding (0 GSM 03.38 unpacked, 8 UCS-2) and one short_message per segment;
 * when {@code concatenated}, each part starts with its UDH (esm_class UDHI).
 */
public record EncodedSms(byte dataCoding, List<byte[]> parts, boolean concatenated) {

    public EncodedSms {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an SMS has at least one part");
        }
    }

    public int segments() {
        return parts.size();
    }
}
