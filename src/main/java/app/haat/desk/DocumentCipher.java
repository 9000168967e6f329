package app.haat.desk;

import app.haat.core.api.ValidationException;
import app.haat.core.data.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The documents' encryption at rest: AES-256-GCM with a random 12-byte IV per file, written in front of the
 * ciphertext (and its 16-byte tag); the file's key (its name) is the associated data, so a file copied under another
 * document's name does not decrypt. The key is {@code haat.desk.document-key} (base64 of 32 bytes). Demo mode
 * without one derives a fixed development key; a production server without one starts, but refuses uploads and reads
 * with a clear message (and says so in its log) instead of writing documents unencrypted.
 */
@Component
class DocumentCipher {

    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger log = LoggerFactory.getLogger(DocumentCipher.class);
    private final @Nullable SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    DocumentCipher(@Value("${haat.desk.document-key:}") String configured, @Value("${haat.demo:false}") boolean demo) {
        this.key = key(configured, demo);
    }

    private static @Nullable SecretKeySpec key(String configured, boolean demo) {
        String typed = configured.strip();
        if (typed.isEmpty()) {
            if (demo) {
                return new SecretKeySpec(Sha256.of("haat demo document key, never for real documents"), "AES");
            }
            log.warn("haat.desk.document-key is not set: the registration desk refuses document uploads until it is"
                    + " (base64 of 32 random bytes, e.g. `openssl rand -base64 32`)");
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(typed);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            log.error("haat.desk.document-key is not base64 of 32 bytes: document uploads are refused until it is");
            return null;
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether documents can be stored and read here. */
    boolean ready() {
        return key != null;
    }

    /** IV, then ciphertext and tag. */
    byte[] encrypt(String fileKey, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, fileKey);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** The plaintext of a file written by {@link #encrypt}; a changed file or a wrong key fails the tag check. */
    byte[] decrypt(String fileKey, byte[] stored) {
        if (stored.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("document file " + fileKey + " is too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, IV_BYTES), fileKey);
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "document file " + fileKey + " does not decrypt with the configured key", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String fileKey) throws GeneralSecurityException {
        if (key == null) {
            throw new ValidationException("document.error.noKey");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(fileKey.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
