package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.PdfQrCodes;
import app.haat.support.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The UPI ID and the stall cards over real HTTP, each answer checked against the API description: a group keeps its
 * UPI ID and downloads its card; others are refused; an officer prints every kiosk's card of an exhibition, one A5 page
 * a group, a group without a UPI ID on a page that says so.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StallCardApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    AllocationService allocation;

    @Autowired
    ApiContract api;

    @Autowired
    DSLContext dsl;

    @Test
    void aGroupKeepsItsUpiIdAndDownloadsItsCardWhileOthersAreRefused() throws Exception {
        long bally = fx.municipality("Bally");
        long medinipur = fx.municipality("Medinipur");
        String officer = fx.accounts.officer(Set.of(bally));
        String southOfficer = fx.accounts.officer(Set.of(medinipur));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "CRAFT");
        VerifiedGroup other = fx.verifiedGroup(southOfficer, medinipur, "CRAFT");
        String card = "/api/groups/" + group.id() + "/stall-card.pdf";

        // no UPI ID yet: a problem detail saying what to do
        HttpResponse<String> none = text("GET", card, group.mobile(), null);
        assertThat(none.statusCode()).isEqualTo(409);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(none.body()).contains("no UPI ID yet");

        // spaces or two @: refused with the reason, in Bengali when asked
        HttpResponse<String> spaces = text("PUT", upi(group), group.mobile(), "{\"upiId\":\"rina das@ybl\"}");
        assertThat(spaces.statusCode()).isEqualTo(400);
        assertThat(spaces.body()).contains("no spaces");
        HttpResponse<String> twoAts = send(
                "PUT",
                upi(group),
                group.mobile(),
                "{\"upiId\":\"rina@das@ybl\"}",
                "bn",
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(twoAts.statusCode()).isEqualTo(400);
        assertThat(twoAts.body()).contains("ঠিক একটি @");

        HttpResponse<String> saved = text("PUT", upi(group), group.mobile(), "{\"upiId\":\"Rina.Das@YBL\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).isEqualTo("{\"upiId\":\"rina.das@ybl\"}");
        assertThat(text("GET", "/api/groups/" + group.id(), officer, null).body())
                .contains("\"upiId\":\"rina.das@ybl\"");

        // the group's own card, and its officer's copy
        for (String reader : List.of(group.mobile(), officer)) {
            HttpResponse<byte[]> pdf = bytes(card, reader);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth());
                assertThat(new PDFTextStripper().getText(document)).contains("rina.das@ybl");
            }
        }

        // another group, an officer of another zone, centre staff: refused, the card and the ID alike
        for (String intruder : List.of(other.mobile(), southOfficer, fx.accounts.staff())) {
            assertThat(bytes(card, intruder).statusCode()).isIn(403, 404);
            assertThat(text("PUT", upi(group), intruder, "{\"upiId\":\"taken@ybl\"}")
                            .statusCode())
                    .isIn(403, 404);
        }
        assertThat(bytes(card, null).statusCode()).isEqualTo(401);
        assertThat(text("GET", "/api/groups/" + group.id(), officer, null).body())
                .contains("\"upiId\":\"rina.das@ybl\"");
    }

    @Test
    void anOfficerPrintsTheCardsOfEveryKioskOfTheExhibition() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        long exhibition = fx.openExhibition(
                officer, mall, "Card fair", ExhibitionFixtures.mondayAhead(120), 5, SlotLength.WHOLE, 1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(exhibition))
                .getFirst()
                .id();
        List<VerifiedGroup> groups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, bally, "JUTE");
            dsl.update(SHG_GROUP)
                    .set(SHG_GROUP.NAME, "Ekata & Sathi " + group.mobile())
                    .set(SHG_GROUP.UPI_ID, i == 0 ? null : "ekata" + group.mobile() + "@okaxis")
                    .where(SHG_GROUP.ID.eq(group.id()))
                    .execute();
            fx.apply(group, exhibition, slot);
            groups.add(group);
        }
        String path = "/api/exhibitions/" + exhibition + "/stall-cards.pdf";
        // before the allocation nobody holds a kiosk: nothing to print, and the reason
        HttpResponse<String> early = text("GET", path, officer, null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("No group holds a kiosk");

        fx.close(officer, exhibition);
        fx.accounts.as(officer, () -> allocation.run(exhibition, null));
        List<Long> seated = dsl.select(APPLICATION.GROUP_ID)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibition))
                .fetch(APPLICATION.GROUP_ID);
        assertThat(seated).hasSize(2);

        HttpResponse<byte[]> pdf = bytes(path, officer);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(seated.size());
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                assertThat(document.getPage(page).getMediaBox().getHeight()).isEqualTo(PDRectangle.A5.getHeight());
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page + 1);
                stripper.setEndPage(page + 1);
                String text = stripper.getText(document);
                VerifiedGroup group = groups.stream()
                        .filter(g -> text.contains("Ekata & Sathi " + g.mobile()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no seated group's name on page " + text));
                assertThat(seated).contains(group.id());
                assertThat(text).contains("Kiosk K");
                if (group == groups.getFirst()) {
                    assertThat(text).contains("No UPI ID yet");
                } else {
                    assertThat(PdfQrCodes.read(document, page))
                            .isEqualTo("upi://pay?pa=ekata" + group.mobile() + "@okaxis&pn=Ekata%20%26%20Sathi%20"
                                    + group.mobile() + "&cu=INR");
                }
            }
        }

        // an officer of another zone, a seated group, centre staff: refused
        String southOfficer = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        for (String intruder : List.of(southOfficer, groups.get(1).mobile(), fx.accounts.staff())) {
            assertThat(bytes(path, intruder).statusCode()).isIn(403, 404);
        }
    }

    private static String upi(VerifiedGroup group) {
        return "/api/groups/" + group.id() + "/upi-id";
    }

    private HttpResponse<String> text(String method, String path, String user, String body) throws Exception {
        return send(method, path, user, body, "en", HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> bytes(String path, String user) throws Exception {
        return send("GET", path, user, null, "en", HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(
            String method, String path, String user, String body, String language, HttpResponse.BodyHandler<T> handler)
            throws Exception {
        HttpRequest.Builder request = JsonRequests.request(method, "http://localhost:" + port + path, body)
                .header("Accept-Language", language);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (handler != null && path.endsWith(".pdf")) {
            request.setHeader("Accept", "application/pdf, application/problem+json");
        }
        if (user != null) {
            // groups signed up with their own password (the fixtures' sign-up form), the others are test accounts
            String password = user.matches("\\d{10}") ? "long-enough" : TestAccounts.PASSWORD;
            request.header("Authorization", JsonRequests.basic(user, password));
        }
        return api.send(request.build(), handler);
    }
}
