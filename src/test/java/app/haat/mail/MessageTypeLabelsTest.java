package app.haat.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.TranslationBundlesTest;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every kind of message has its name in both languages: the Messages page and its filter show it. */
class MessageTypeLabelsTest {

    @Test
    void everyMessageTypeIsNamedInBothLanguages() throws IOException {
        for (String language : new String[] {"en", "bn"}) {
            Properties texts = TranslationBundlesTest.load(language);
            for (MessageType type : MessageType.values()) {
                assertThat(texts.getProperty("mail.type." + type.name()))
                        .as(language + " mail.type." + type.name())
                        .isNotBlank();
            }
        }
    }
}
