package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.Topic;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** A certificate lists the topics attended, carries a random reference, and its QR code opens its public page. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertificateTest extends CentreIntegrationTest {

    private static final Pattern REFERENCE = Pattern.compile("TRN-[0-9A-F]{20}");

    @LocalServerPort
    int port;

    @Test
    void theCertificateListsWhatWasAttendedAndItsQrCodeOpensItsPublicRecord() throws Exception {
        LeaderGroup group = group(true, 1);
        long member = group.member(0);
        List<Long> attended = new ArrayList<>(fx.accounts.as(staff, () -> setup.topics()).stream()
                .filter(Topic::eretail)
                .map(Topic::id)
                .toList());
        attended.add(topic("BOOKKEEPING"));
        for (int i = 0; i < attended.size(); i++) {
            long topicId = attended.get(i);
            int day = i;
            long session = fx.accounts
                    .as(
                            staff,
                            () -> schedule.createSeries(new SeriesForm(
                                    topicId,
                                    room,
                                    trainer,
                                    tuesday.plusDays(day),
                                    LocalTime.of(10, 0),
                                    60,
                                    1,
                                    10,
                                    "bn")))
                    .sessionIds()
                    .getFirst();
            Enrollment enrolled = fx.accounts
                    .as(group.mobile(), () -> enrollments.enroll(session, List.of(member)))
                    .getFirst();
            HeldSessions.held(dsl, session);
            fx.accounts.as(staff, () -> {
                attendance.markAttendance(enrolled.id(), true);
                return null;
            });
        }
        // a new e-retail topic after the member was trained: not on the certificate
        fx.accounts.as(
                staff,
                () -> setup.addTopic(
                        unique("LATER").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""),
                        "Later topic",
                        "পরের বিষয়",
                        true));

        byte[] pdf = fx.accounts.as(group.mobile(), () -> attendance.certificate(member, Locale.ENGLISH));
        String text;
        BufferedImage page;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        assertThat(text)
                .contains("Member 0")
                .contains("Bookkeeping")
                .contains("Taking e-payments")
                .doesNotContain("Later topic");
        Matcher found = REFERENCE.matcher(text);
        assertThat(found.find()).as(text).isTrue();
        String reference = found.group();
        // the same reference on every download; another member's is another
        byte[] again = fx.accounts.as(staff, () -> attendance.certificate(member, Locale.ENGLISH));
        try (var document = Loader.loadPDF(again)) {
            assertThat(new PDFTextStripper().getText(document)).contains(reference);
        }
        assertThat(CertificateService.newReference()).matches(REFERENCE).isNotEqualTo(reference);

        // the QR code read back from the printed page is the public page's address
        String qr = new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                                page.getWidth(),
                                page.getHeight(),
                                page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth())))),
                        Map.of(DecodeHintType.TRY_HARDER, true))
                .getText();
        assertThat(qr).endsWith("/certificates/" + reference);

        // which anyone opens without signing in, in Bengali first
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> bengali = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/certificates/" + reference))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(bengali.statusCode()).isEqualTo(200);
        assertThat(bengali.body())
                .contains("Member 0")
                .contains("হিসাব রাখা")
                .contains("শংসাপত্র")
                .doesNotContain("পরের বিষয়");
        HttpResponse<String> english = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/certificates/" + reference + "?lang=en"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(english.body()).contains("Bookkeeping").contains("Certificate of e-retail training");
        HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/certificates/TRN-0000000000"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Member 0");
    }
}
