package app.haat.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.sms.SmsEncoding;
import app.haat.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Filling the registered texts: values cut to DLT's 30 characters, digits, links on the portal's domain. */
class SmsTemplatesTest extends IntegrationTest {

    @Autowired
    SmsTemplates templates;

    @Test
    void everyTypeThatGoesBySmsHasATextInBothLanguagesThatFitsTwoSegmentsWithTheLongestValues() {
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            for (MessageType type : MessageType.values()) {
                for (String language : new String[] {"en", "bn"}) {
                    var template = templates.find(type, language);
                    softly.assertThat(template.isPresent())
                            .as(type + " " + language)
                            .isEqualTo(type.goesBySms());
                    template.ifPresent(t -> {
                        softly.assertThat(SmsTemplates.placeholders(t.body()))
                                .as(type + " " + language)
                                .isEqualTo(t.variables().size());
                        softly.assertThat(templates.worstCaseSegments(t.body(), t.variables()))
                                .as(type + " " + language)
                                .isLessThanOrEqualTo(2);
                    });
                }
            }
        });
    }

    @Test
    void valuesAreCutToThirtyCharactersAndBengaliTextsGetBengaliDigitsButNotInLinksOrCodes() {
        var template = templates.find(MessageType.APPLICATIONS_CLOSED, "bn").orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("exhibition", "Winter Haat 2026 at the City Centre Mall, Salt Lake Sector 1");
        model.put("seedShort", "2ceb42ccbf3a5c6e");
        model.put("exhibitionId", 42);
        String text = templates.fill(template, model);
        assertThat(text)
                .contains("Winter Haat ২০২৬ at the City…")
                .contains("2ceb42ccbf3a5c6e")
                .contains("/d/42");
        assertThat(SmsEncoding.segments(text)).isLessThanOrEqualTo(2);
    }

    @Test
    void aBengaliNameInAnEnglishTextIsShortenedUntilTheMessageFitsTwoSegments() {
        var template = templates.find(MessageType.ASSIGNMENT, "en").orElseThrow();
        Map<String, Object> model = new HashMap<>(MessageSamples.of(MessageType.ASSIGNMENT, "en"));
        model.put("groupName", "মা সারদা স্বনির্ভর গোষ্ঠী, উত্তর দমদম পৌরসভা");
        model.put("venue", "সিটি সেন্টার মল, সল্টলেক সেক্টর ১");
        String text = templates.fill(template, model);
        assertThat(SmsEncoding.isGsm(text)).isFalse();
        assertThat(SmsEncoding.segments(text)).isEqualTo(2);
        assertThat(text).contains("K-03").contains("/my-stalls").contains("…");
    }
}
