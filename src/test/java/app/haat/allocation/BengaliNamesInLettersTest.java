package app.haat.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionForm;
import app.haat.exhibition.SlotLength;
import app.haat.mail.AllotmentLetter;
import app.haat.mail.CalendarAttachment;
import app.haat.mail.MailRenderer;
import app.haat.mail.MessageType;
import app.haat.mail.SmsTemplates;
import app.haat.support.IntegrationTest;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import app.haat.venue.VenueService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Names that exist in English and Bengali reach each group in its own language: a Bengali group's letter, mail, SMS
 * and calendar entry name the venue, its address and the exhibition in Bengali; an English group's in English.
 */
class BengaliNamesInLettersTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    AllocationMessages messages;

    @Autowired
    AllotmentLetter letter;

    @Autowired
    MailRenderer renderer;

    @Autowired
    SmsTemplates templates;

    @Autowired
    CalendarAttachment calendar;

    @Test
    void aBengaliGroupReadsTheBengaliNamesAndAnEnglishGroupTheEnglishOnes() throws Exception {
        long contai = fx.municipality("Contai");
        String officer = fx.accounts.officer(Set.of(contai));
        String venueName = unique("Contai Bazar Mall ");
        long venueId = fx.accounts.as(
                officer,
                () -> fx.venues.create(new VenueForm(
                                VenueKind.MALL,
                                venueName,
                                contai,
                                "Station Road, Contai",
                                1,
                                6,
                                3,
                                null,
                                null,
                                List.of(new KioskForm("K1", 0, 0, 0, null, null, 4, false, false, false)))
                        .withBengali("কাঁথি বাজার মল", "স্টেশন রোড, কাঁথি")));
        LocalDate start = ExhibitionFixtures.mondayAhead(30);
        OffsetDateTime now = OffsetDateTime.now();
        long exhibitionId = fx.accounts.as(
                officer,
                () -> fx.exhibitions.create(new ExhibitionForm(
                                venueId,
                                "Contai Spring Fair",
                                start,
                                start.plusDays(6),
                                SlotLength.WHOLE,
                                4,
                                null,
                                List.of(),
                                now.minusMinutes(1),
                                now.plusDays(7))
                        .withTitleBn("কাঁথি বসন্ত মেলা")));
        Exhibition exhibition = fx.accounts.as(officer, () -> fx.exhibitions.get(exhibitionId));
        VenueService.PublicVenue place = fx.venues.publicView(venueId);
        AllocationRepository.Outcome outcome = new AllocationRepository.Outcome(
                1L,
                2L,
                ApplicationStatus.ASSIGNED,
                null,
                null,
                null,
                "রিনা দাস",
                "কারিগর গোষ্ঠী",
                "K1",
                0,
                0,
                0,
                77L,
                start,
                start.plusDays(6),
                null);

        Map<String, Object> bengali = messages.letterModel(exhibition, place, outcome, "bn");
        assertThat(bengali.get("venue")).isEqualTo("কাঁথি বাজার মল");
        assertThat(bengali.get("address").toString()).startsWith("স্টেশন রোড, কাঁথি");
        assertThat(bengali.get("exhibition")).isEqualTo("কাঁথি বসন্ত মেলা");
        assertThat(bengali.get("eventSummary").toString()).contains("কাঁথি বাজার মল");
        Map<String, Object> english = messages.letterModel(exhibition, place, outcome, "en");
        assertThat(english.get("venue")).isEqualTo(venueName);
        assertThat(english.get("address").toString()).startsWith("Station Road, Contai");
        assertThat(english.get("exhibition")).isEqualTo("Contai Spring Fair");

        // the mail, the SMS, the calendar entry and the PDF letter say what the model says
        assertThat(renderer.render(MessageType.ASSIGNMENT, "bn", bengali).text())
                .contains("কাঁথি বাজার মল", "কাঁথি বসন্ত মেলা")
                .doesNotContain(venueName)
                .doesNotContain("Contai Spring Fair");
        assertThat(renderer.render(MessageType.ASSIGNMENT, "en", english).text())
                .contains(venueName, "Contai Spring Fair")
                .doesNotContain("কাঁথি বাজার মল");
        String sms = templates.fill(templates.find(MessageType.ASSIGNMENT, "bn").orElseThrow(), bengali);
        assertThat(sms).contains("কাঁথি বাজার মল").doesNotContain("Contai Bazar");
        assertThat(templates.fill(templates.find(MessageType.ASSIGNMENT, "en").orElseThrow(), english))
                .contains("Contai Bazar");
        String ics = new String(calendar.render(bengali), StandardCharsets.UTF_8);
        assertThat(ics).contains("কাঁথি বাজার মল").doesNotContain("Contai Bazar");
        try (PDDocument document = Loader.loadPDF(letter.render(english, Translator.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document)).contains(venueName, "Station Road, Contai");
        }
        try (PDDocument document = Loader.loadPDF(letter.render(bengali, Translator.BENGALI))) {
            assertThat(new PDFTextStripper().getText(document))
                    .doesNotContain("Contai Bazar")
                    .doesNotContain("Contai Spring Fair");
        }
    }
}
