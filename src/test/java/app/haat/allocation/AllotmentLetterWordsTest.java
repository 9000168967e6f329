package app.haat.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.mail.AllotmentLetter;
import app.haat.mail.MailRenderer;
import app.haat.mail.MessageType;
import app.haat.mail.RenderedMail;
import app.haat.support.IntegrationTest;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import app.haat.venue.VenueService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The allotment letter and its mail in the group's words: the ground floor by its name, dates in Bengali digits for a
 * Bengali group, and whom to call and who signs at the bottom. References and kiosk codes keep their Latin digits.
 */
class AllotmentLetterWordsTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    AllocationMessages messages;

    @Autowired
    AllotmentLetter letter;

    @Autowired
    MailRenderer renderer;

    @Autowired
    UserService users;

    @Test
    void theLetterNamesTheGroundFloorWritesBengaliDigitsAndSaysWhomToCall() throws Exception {
        long egra = fx.municipality("Egra");
        String officer = fx.accounts.officer(Set.of(egra));
        String name = "সুমিতা ঘোষ " + unique("o");
        SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                unique("officer-egra"),
                "long-enough-password",
                name,
                null,
                Role.MUNICIPAL_OFFICER,
                Set.of(egra),
                "bn",
                "9830012345",
                true,
                false,
                false)));
        long venueId = fx.mall(officer, egra, 3);
        LocalDate start = ExhibitionFixtures.mondayAhead(6);
        long exhibitionId = fx.exhibition(officer, venueId, start, List.of());
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
                "K2",
                0,
                1,
                0,
                123L,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 7),
                null);

        Map<String, Object> bengali = messages.letterModel(exhibition, place, outcome, "bn");
        assertThat(bengali.get("floor")).isEqualTo("নিচতলা");
        assertThat(bengali.get("dateFrom")).isEqualTo("০১/১২/২০২৬");
        assertThat(bengali.get("dateTo")).isEqualTo("০৭/১২/২০২৬");
        assertThat(bengali.get("issuedOn").toString()).matches("[০-৯]{2}/[০-৯]{2}/[০-৯]{4}");
        assertThat(bengali.get("reference")).isEqualTo("HAAT/2026/123");
        assertThat(bengali.get("kiosk")).isEqualTo("K2");
        assertThat((List<?>) bengali.get("contacts"))
                .anySatisfy(line -> assertThat(line.toString()).contains(name).contains("৯৮৩০০১২৩৪৫"));
        Map<String, Object> english = messages.letterModel(exhibition, place, outcome, "en");
        assertThat(english.get("floor")).isEqualTo("Ground floor");
        assertThat(english.get("dateFrom")).isEqualTo("01/12/2026");
        assertThat((List<?>) english.get("contacts"))
                .anySatisfy(line -> assertThat(line.toString()).contains("9830012345"));

        // the mail and the PDF show those values: no Latin digits in the Bengali text but the reference and codes
        RenderedMail mail = renderer.render(MessageType.ASSIGNMENT, "bn", bengali);
        assertThat(mail.text()).contains("নিচতলা", "০১/১২/২০২৬").doesNotContain("01/12/2026");
        // what the group reads but the officer wrote (the venue's name and the exhibition's title) aside
        String ours = mail.text()
                .replaceAll("https?://\\S+", "")
                .replace(place.venue().name(), "")
                .replace(exhibition.title(), "")
                .replace("HAAT/2026/123", "")
                .replaceAll("K[0-9]+", "");
        assertThat(ours).doesNotContainPattern("(?<![\\w/.-])[0-9]{2,}(?![\\w/.-])");
        try (PDDocument document = Loader.loadPDF(letter.render(bengali, Translator.BENGALI))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("HAAT/2026/123", "K2").doesNotContain("01/12/2026");
        }
        try (PDDocument document = Loader.loadPDF(letter.render(english, Translator.ENGLISH))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Ground floor", "Contact", "9830012345", "Signature of the issuing officer")
                    .contains("Municipal officer, Egra")
                    .doesNotContain("Floor 0");
        }
    }
}
