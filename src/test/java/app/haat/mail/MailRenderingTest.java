package app.haat.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every template in both languages, the calendar file and the allotment letter, from sample data. */
class MailRenderingTest {

    private final Translator translator = new Translator();
    private final MailRenderer renderer = new MailRenderer(new CalendarAttachment(), new AllotmentLetter(translator));

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyTypeRendersInBothLanguages(MessageType type) throws Exception {
        for (String language : List.of("bn", "en")) {
            RenderedMail mail = renderer.render(type, language, MessageSamples.of(type, language));
            // For a person to look at in a browser: target/mail-previews/<type>_<language>.html
            Path preview = Path.of("target", "mail-previews", type.name().toLowerCase() + "_" + language + ".html");
            Files.createDirectories(preview.getParent());
            Files.writeString(preview, mail.html());
            assertThat(mail.subject()).isNotBlank().startsWith("bn".equals(language) ? "হাট" : "Haat");
            String name = (String) MessageSamples.of(type, language).get("name");
            assertThat(mail.html()).contains(name).contains("lang=\"" + language + "\"");
            assertThat(mail.text()).contains(name).doesNotContain("<p").doesNotContain("th:");
            if ("bn".equals(language)) {
                assertThat(mail.text()
                                .codePoints()
                                .filter(c -> c >= 0x0980 && c <= 0x09FF)
                                .count())
                        .isGreaterThan(20);
            }
        }
    }

    /** Issue 18: the opening, the reminder and the receipt name the exhibition and its last day, and link to apply. */
    @ParameterizedTest
    @EnumSource(
            value = MessageType.class,
            names = {"APPLICATIONS_OPEN", "APPLICATIONS_CLOSING", "APPLICATION_RECEIVED"})
    void applicationMessagesNameTheExhibitionAndTheClosingDateAndLinkToTheStalls(MessageType type) {
        RenderedMail bn = renderer.render(type, "bn", MessageSamples.of(type, "bn"));
        assertThat(bn.text()).contains("শীতের হাট, সিটি সেন্টার", "১৫/১১/২০২৬", "প্রদর্শনী");
        assertThat(bn.html()).contains("href=\"http://localhost:8080/my-stalls\"");
        RenderedMail en = renderer.render(type, "en", MessageSamples.of(type, "en"));
        assertThat(en.text()).contains("Winter Haat, City Centre", "15/11/2026", "Maa Sarada Swanirbhar Gosthi");
        assertThat(en.html()).contains("href=\"http://localhost:8080/my-stalls\"");
    }

    @Test
    void userTextIsEscapedNeverInterpreted() {
        Map<String, Object> model = new HashMap<>(MessageSamples.of(MessageType.GROUP_VERIFIED, "en"));
        model.put("groupName", "<script>alert(1)</script>");
        RenderedMail mail = renderer.render(MessageType.GROUP_VERIFIED, "en", model);
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void theAssignmentAndTheNewDatesGiveTheSameSeatDetails() {
        for (String language : List.of("en", "bn")) {
            for (MessageType type : List.of(MessageType.ASSIGNMENT, MessageType.EXHIBITION_POSTPONED)) {
                Map<String, Object> model = MessageSamples.of(type, language);
                RenderedMail mail = renderer.render(type, language, model);
                assertThat(mail.text())
                        .as(type + " " + language)
                        .contains(String.valueOf(model.get("kiosk")), String.valueOf(model.get("whatToBring")))
                        .contains(String.valueOf(model.get("venue")));
            }
        }
    }

    @Test
    void assignmentCarriesACalendarEntryAndTheLetter() {
        RenderedMail mail =
                renderer.render(MessageType.ASSIGNMENT, "en", MessageSamples.of(MessageType.ASSIGNMENT, "en"));
        assertThat(mail.attachments())
                .extracting(RenderedMail.Attachment::fileName)
                .containsExactly("haat.ics", "allotment-HAAT-2026-000123.pdf");
        ICalendar calendar =
                Biweekly.parse(new String(mail.attachments().get(0).content())).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo("assignment-sample@haat");
        assertThat(event.getDateStart().getValue().hasTime()).isFalse();
        assertThat(event.getDateStart()
                        .getValue()
                        .toInstant()
                        .atZone(ZoneId.systemDefault())
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(event.getSummary().getValue()).contains("K-03");
    }

    @Test
    void trainingCalendarEntryIsAtIndiaTime() {
        RenderedMail mail = renderer.render(
                MessageType.TRAINING_ENROLLMENT, "bn", MessageSamples.of(MessageType.TRAINING_ENROLLMENT, "bn"));
        VEvent event = Biweekly.parse(new String(mail.attachments().get(0).content()))
                .first()
                .getEvents()
                .get(0);
        assertThat(event.getDateStart().getValue().toInstant().toString()).isEqualTo("2026-12-09T05:30:00Z");
    }

    @Test
    void bengaliLetterEmbedsItsFontAndLatinFieldsExtractExactly() throws Exception {
        byte[] pdf = new AllotmentLetter(translator)
                .render(MessageSamples.of(MessageType.ASSIGNMENT, "bn"), Translator.BENGALI);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("NotoSansBengali");
            });
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("K-03", "০১/১২/২০২৬", "০৭/১২/২০২৬", "HAAT/2026/000123", "২৬/১১/২০২৬");

            // For a person to look at: target/letters/allotment-bn.png (conjuncts and vowel signs must be joined).
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "letters", "allotment-bn.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            assertThat(darkPixels(image)).isGreaterThan(2000); // something is drawn
        }
        assertThat(pdf.length).isLessThan(150_000); // the font is subset, not embedded whole
    }

    @Test
    void englishLetterHasTheSameFields() throws Exception {
        byte[] pdf = new AllotmentLetter(translator)
                .render(MessageSamples.of(MessageType.ASSIGNMENT, "en"), Translator.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Stall allotment letter",
                            "Maa Sarada Swanirbhar Gosthi",
                            "K-03",
                            "City Centre Mall, Salt Lake",
                            "01/12/2026");
        }
    }

    private static int darkPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (brightness < 200) {
                    count++;
                }
            }
        }
        return count;
    }
}
