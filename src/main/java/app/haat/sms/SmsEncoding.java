package app.haat.sms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Text to SMS segments: the GSM 03.38 default alphabet, one octet per character (unpacked, data_coding 0) when every
 * character is in it, else the whole text as UCS-2 big-endian (data_coding 8). Longer texts are cut into parts with
 * an 8-bit concatenation UDH; a part never ends between an escape and its character or inside a surrogate pair,
 * since a phone would show garbage at the seam.
 */
public final class SmsEncoding {

    public static final byte DATA_CODING_GSM = 0;
    public static final byte DATA_CODING_UCS2 = 8;
    public static final int MAX_PARTS = 255;

    private static final int GSM_SINGLE = 160;
    private static final int GSM_PART = 153;
    private static final int UCS2_SINGLE = 70;
    private static final int UCS2_PART = 67;
    private static final int UDH_LENGTH = 6;
    private static final byte ESC = 0x1B;

    /** GSM 03.38 default alphabet by code; 0x1B is the escape to the extension table, never a character. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    /** The extension table (after ESC): form feed, ^ { } \ [ ~ ] | and €. */
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";

    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    /** Code by character for characters below U+0400 (all GSM characters but €), -1 when not in the table. */
    private static final byte[] BASIC_CODE = new byte[0x400];

    private static final byte[] EXTENSION_CODE = new byte[0x400];

    static {
        Arrays.fill(BASIC_CODE, (byte) -1);
        Arrays.fill(EXTENSION_CODE, (byte) -1);
        for (int code = 0; code < BASIC.length(); code++) {
            if (code != ESC) {
                BASIC_CODE[BASIC.charAt(code)] = (byte) code;
            }
        }
        for (int i = 0; i < EXTENSION_CHARS.length(); i++) {
            char c = EXTENSION_CHARS.charAt(i);
            if (c < 0x400) {
                EXTENSION_CODE[c] = EXTENSION_CODES[i];
            }
        }
    }

    private SmsEncoding() {}

    /** Whether every character of the text is in the GSM 03.38 default alphabet or its extension table. */
    public static boolean isGsm(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (gsmUnits(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The number of segments the text takes, without encoding it. */
    public static int segments(String text) {
        Objects.requireNonNull(text, "text");
        return ends(text, isGsm(text)).size();
    }

    /**
     * The text as submit_sm short messages; {@code reference} (its low 8 bits) ties the parts of a long text together
     * and should differ between consecutive long texts to the same phone.
     */
    public static EncodedSms encode(String text, int reference) {
        Objects.requireNonNull(text, "text");
        boolean gsm = isGsm(text);
        List<Integer> ends = ends(text, gsm);
        if (ends.size() > MAX_PARTS) {
            throw new IllegalArgumentException(
                    "the text needs " + ends.size() + " SMS parts, more than " + MAX_PARTS + " cannot be joined");
        }
        byte dataCoding = gsm ? DATA_CODING_GSM : DATA_CODING_UCS2;
        if (ends.size() == 1) {
            return new EncodedSms(dataCoding, List.of(bytes(text, gsm)), false);
        }
        List<byte[]> parts = new ArrayList<>(ends.size());
        int start = 0;
        for (int i = 0; i < ends.size(); i++) {
            byte[] body = bytes(text.substring(start, ends.get(i)), gsm);
            byte[] part = new byte[UDH_LENGTH + body.length];
            // IEI 00: concatenated short message, 8-bit reference; length 3: reference, total, sequence (from 1)
            part[0] = 0x05;
            part[1] = 0x00;
            part[2] = 0x03;
            part[3] = (byte) reference;
            part[4] = (byte) ends.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(body, 0, part, UDH_LENGTH, body.length);
            parts.add(part);
            start = ends.get(i);
        }
        return new EncodedSms(dataCoding, parts, true);
    }

    /** A received short_message as text, its UDH (when the esm_class says there is one) left out. */
    public static String decode(byte dataCoding, byte[] shortMessage, boolean hasUdh) {
        Objects.requireNonNull(shortMessage, "shortMessage");
        int offset = 0;
        if (hasUdh && shortMessage.length > 0) {
            offset = 1 + (shortMessage[0] & 0xFF);
            if (offset > shortMessage.length) {
                throw new IllegalArgumentException("the UDH is longer than the short message");
            }
        }
        int length = shortMessage.length - offset;
        return switch (dataCoding) {
            case DATA_CODING_GSM -> decodeGsm(shortMessage, offset);
            case DATA_CODING_UCS2 -> new String(shortMessage, offset, length, StandardCharsets.UTF_16BE);
            case 1 -> new String(shortMessage, offset, length, StandardCharsets.US_ASCII);
            case 3 -> new String(shortMessage, offset, length, StandardCharsets.ISO_8859_1);
            default -> throw new IllegalArgumentException(String.format("data_coding 0x%02X is not text", dataCoding));
        };
    }

    /** 1 for a default-alphabet character, 2 for an extension character (escape + code), -1 outside GSM 03.38. */
    private static int gsmUnits(char c) {
        if (c < 0x400) {
            return BASIC_CODE[c] >= 0 ? 1 : EXTENSION_CODE[c] >= 0 ? 2 : -1;
        }
        return c == '€' ? 2 : -1;
    }

    /** Where each segment ends (exclusive char index); one entry for a text that fits a single SMS. */
    private static List<Integer> ends(String text, boolean gsm) {
        int length = text.length();
        if (gsm) {
            int units = 0;
            for (int i = 0; i < length; i++) {
                units += gsmUnits(text.charAt(i));
            }
            if (units <= GSM_SINGLE) {
                return List.of(length);
            }
            List<Integer> ends = new ArrayList<>();
            int used = 0;
            for (int i = 0; i < length; i++) {
                int u = gsmUnits(text.charAt(i));
                if (used + u > GSM_PART) { // an escape pair that does not fit moves whole to the next part
                    ends.add(i);
                    used = 0;
                }
                used += u;
            }
            ends.add(length);
            return ends;
        }
        if (length <= UCS2_SINGLE) {
            return List.of(length);
        }
        List<Integer> ends = new ArrayList<>();
        int start = 0;
        while (length - start > UCS2_PART) {
            int end = start + UCS2_PART;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // keep the surrogate pair together
            }
            ends.add(end);
            start = end;
        }
        ends.add(length);
        return ends;
    }

    private static byte[] bytes(String text, boolean gsm) {
        if (!gsm) {
            return text.getBytes(StandardCharsets.UTF_16BE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (gsmUnits(c) == 1) {
                out.write(BASIC_CODE[c]);
            } else {
                out.write(ESC);
                out.write(c == '€' ? 0x65 : EXTENSION_CODE[c]);
            }
        }
        return out.toByteArray();
    }

    private static String decodeGsm(byte[] octets, int offset) {
        StringBuilder text = new StringBuilder(octets.length - offset);
        for (int i = offset; i < octets.length; i++) {
            int code = octets[i] & 0x7F;
            if (code == ESC && i + 1 < octets.length) {
                int next = octets[++i] & 0x7F;
                int index = -1;
                for (int e = 0; e < EXTENSION_CODES.length; e++) {
                    if (EXTENSION_CODES[e] == next) {
                        index = e;
                    }
                }
                // an unknown escape shows the default-alphabet character (GSM 03.38 6.2.1.1)
                text.append(index >= 0 ? EXTENSION_CHARS.charAt(index) : next == ESC ? ' ' : BASIC.charAt(next));
            } else {
                text.append(code == ESC ? ' ' : BASIC.charAt(code));
            }
        }
        return text.toString();
    }
}
