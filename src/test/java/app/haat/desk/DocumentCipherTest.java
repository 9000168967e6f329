package app.haat.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The documents' encryption without a Spring context: a configured key round-trips and detects a changed file or a
 * file moved under another name; no key (outside demo mode) or a key of the wrong length refuses with a clear message
 * instead of storing anything.
 */
class DocumentCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aConfiguredKeyEncryptsWithAFreshIvAndDetectsTampering() {
        DocumentCipher cipher = new DocumentCipher(KEY, false);
        byte[] plain = "%PDF-1.7 resolution".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = cipher.encrypt("k1", plain);
        assertThat(sealed).hasSize(plain.length + 12 + 16);
        assertThat(cipher.encrypt("k1", plain)).isNotEqualTo(sealed);
        assertThat(cipher.decrypt("k1", sealed)).isEqualTo(plain);
        assertThatThrownBy(() -> cipher.decrypt("k2", sealed)).isInstanceOf(IllegalStateException.class);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("k1", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new DocumentCipher(Base64.getEncoder().encodeToString(new byte[32 - 1]), false)
                        .decrypt("k1", cipher.encrypt("k1", plain)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void withoutAKeyAServerRefusesUploadsAndDemoModeUsesItsDevelopmentKey() {
        DocumentCipher none = new DocumentCipher(" ", false);
        assertThat(none.ready()).isFalse();
        assertThatThrownBy(() -> none.encrypt("k", new byte[] {1}))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("document.error.noKey");
        assertThat(new DocumentCipher("not base64!", false).ready()).isFalse();
        DocumentCipher demo = new DocumentCipher("", true);
        assertThat(demo.ready()).isTrue();
        assertThat(new DocumentCipher("", true).decrypt("k", demo.encrypt("k", new byte[] {7})))
                .containsExactly(7);
    }
}
