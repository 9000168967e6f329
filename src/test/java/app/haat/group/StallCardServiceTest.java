package app.haat.group;

import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.support.IntegrationTest;
import app.haat.support.PdfQrCodes;
import java.io.File;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A group's UPI ID is kept by the group and its officer, audited; its stall card is an A5 page whose QR code, read
 * back from the rendered page by ZXing's reader, is exactly the group's UPI payment link, Bengali name and all.
 */
class StallCardServiceTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    StallCardService stallCards;

    @Autowired
    DSLContext dsl;

    @Test
    void theCardOfAnEnglishNamedGroupCarriesItsNameProductsAndAQrCodeOfItsExactLink() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "CRAFT");
        String name = "Maa Durga & Sons " + group.mobile();
        rename(group.id(), name);

        // no UPI ID yet: no card, with the reason
        assertThatThrownBy(() -> fx.accounts.as(group.mobile(), () -> stallCards.card(group.id(), Translator.ENGLISH)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("stallCard.error.noUpiId");
        // a broken ID changes nothing; a good one is stored lower-case and audited
        assertThatThrownBy(() -> fx.accounts.as(group.mobile(), () -> stallCards.changeUpiId(group.id(), "a b@ybl")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("group.error.upiSpaces");
        String upi = "Durga" + group.mobile() + "@OKAXIS";
        assertThat(fx.accounts.as(group.mobile(), () -> stallCards.changeUpiId(group.id(), upi)))
                .isEqualTo(upi.toLowerCase());
        assertThat(upiId(group.id())).isEqualTo(upi.toLowerCase());
        assertThat(dsl.fetchExists(
                        AUDIT_LOG,
                        AUDIT_LOG.ENTITY_ID.eq(String.valueOf(group.id())).and(AUDIT_LOG.ACTION.eq("UPI_ID"))))
                .isTrue();

        byte[] pdf = fx.accounts.as(group.mobile(), () -> stallCards.card(group.id(), Translator.ENGLISH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A5.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A5.getHeight());
            // a long name is broken over two lines
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(name, upi.toLowerCase(), "Kantha " + group.mobile(), "Bally", "Scan with any UPI app");
            assertThat(PdfQrCodes.read(document, 0))
                    .isEqualTo("upi://pay?pa=" + upi.toLowerCase() + "&pn=Maa%20Durga%20%26%20Sons%20" + group.mobile()
                            + "&cu=INR");
        }
    }

    @Test
    void theCardOfABengaliNamedGroupEncodesItsNameAsUtf8AndItsOfficerKeepsTheId() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "CRAFT");
        rename(group.id(), "মা দুর্গা & কন্যা");
        fx.accounts.as(officer, () -> stallCards.changeUpiId(group.id(), "৯৮০০০০০০০১@ybl"));

        byte[] pdf = fx.accounts.as(officer, () -> stallCards.card(group.id(), Translator.BENGALI));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("স্টল কার্ড · মা দুর্গা & কন্যা");
            // the ID is plain Latin text under the code
            assertThat(new PDFTextStripper().getText(document)).contains("9800000001@ybl");
            assertThat(PdfQrCodes.read(document, 0))
                    .isEqualTo(
                            "upi://pay?pa=9800000001@ybl&pn=%E0%A6%AE%E0%A6%BE%20%E0%A6%A6%E0%A7%81%E0%A6%B0"
                                    + "%E0%A7%8D%E0%A6%97%E0%A6%BE%20%26%20%E0%A6%95%E0%A6%A8%E0%A7%8D%E0%A6%AF%E0%A6%BE&cu=INR");
            String png = System.getProperty("haat.stallCardPng");
            if (png != null) { // to look at the card: -Dhaat.stallCardPng=/tmp/stall-card.png
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", new File(png));
            }
        }
        // removed by a blank: no card again
        fx.accounts.as(group.mobile(), () -> stallCards.changeUpiId(group.id(), " "));
        assertThat(upiId(group.id())).isNull();
    }

    @Test
    void nobodyElseKeepsTheIdOrPrintsTheCard() {
        long bally = fx.municipality("Bally");
        long medinipur = fx.municipality("Medinipur");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "CRAFT");
        fx.accounts.as(group.mobile(), () -> stallCards.changeUpiId(group.id(), "rina@ybl"));
        String southOfficer = fx.accounts.officer(Set.of(medinipur));
        VerifiedGroup other = fx.verifiedGroup(southOfficer, medinipur, "CRAFT");
        for (String intruder : new String[] {southOfficer, other.mobile(), fx.accounts.staff()}) {
            assertThatThrownBy(() -> fx.accounts.as(intruder, () -> stallCards.card(group.id(), Translator.ENGLISH)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.accounts.as(intruder, () -> stallCards.changeUpiId(group.id(), "x1@ybl")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(upiId(group.id())).isEqualTo("rina@ybl");
    }

    private String upiId(long groupId) {
        return dsl.select(SHG_GROUP.UPI_ID)
                .from(SHG_GROUP)
                .where(SHG_GROUP.ID.eq(groupId))
                .fetchSingle(SHG_GROUP.UPI_ID);
    }

    private void rename(long groupId, String name) {
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.NAME, name)
                .where(SHG_GROUP.ID.eq(groupId))
                .execute();
    }
}
