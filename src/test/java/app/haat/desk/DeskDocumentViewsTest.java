package app.haat.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents on the desk's screens: the group's page says in Bengali that Aadhaar copies must be masked and offers
 * the upload and its declaration; its officer gets no declaration; the staff's case page lists the document as a
 * download and deletes it after asking once more.
 */
class DeskDocumentViewsTest extends ViewTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    DeskDocumentService documents;

    @Test
    void theGroupReadsTheAadhaarRuleAndUploadsAndTheStaffDownloadAndDelete() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long caseId = desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.UDYAM, null));
        long id = desk.accounts.as(
                group.mobile(),
                () -> documents.upload(
                        caseId,
                        "application/pdf",
                        "aadhaar-masked.pdf",
                        true,
                        new ByteArrayInputStream(TestDocuments.pdf(1, "XXXX XXXX 1234"))));

        signInAs(group.mobile());
        navigate("my-requests");
        useLanguage(Translator.BENGALI);
        navigate("my-requests");
        assertThat(_get(Div.class, s -> s.withId("desk-aadhaar-rule-" + caseId))
                        .getElement()
                        .getTextRecursively())
                .contains("শুধু শেষ ৪টি অঙ্ক");
        assertThat(_get(Checkbox.class, s -> s.withId("desk-document-aadhaar-" + caseId))
                        .isVisible())
                .isTrue();
        Upload upload = _get(Upload.class, s -> s.withId("desk-document-upload-" + caseId));
        assertThat(upload.getAcceptedFileTypes()).contains("application/pdf", "image/jpeg", "image/png");
        assertThat(upload.getMaxFileSize()).isEqualTo(documents.maxBytes());
        Anchor link = _get(Anchor.class, s -> s.withId("desk-document-" + id));
        assertThat(link.getText()).isEqualTo("aadhaar-masked.pdf");
        assertThat(link.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("মাস্ক করা আধার কপি");

        signInAs(group.officer());
        navigate("group-requests/" + group.id());
        assertThat(_find(Checkbox.class, s -> s.withId("desk-document-aadhaar-" + caseId)))
                .as("an officer declares no masked Aadhaar copy")
                .isEmpty();
        assertThat(_find(Upload.class, s -> s.withId("desk-document-upload-" + caseId)))
                .isNotEmpty();
        assertThat(_find(Button.class, s -> s.withId("desk-document-delete-" + id)))
                .as("not the officer's upload")
                .isEmpty();

        signInAs(desk.staffOf(desk.northDumDum()));
        navigate("desk/case/" + caseId);
        assertThat(_get(Anchor.class, s -> s.withId("desk-document-" + id)).getText())
                .isEqualTo("aadhaar-masked.pdf");
        _click(_get(Button.class, s -> s.withId("desk-document-delete-" + id)));
        assertThat(_find(Anchor.class, s -> s.withId("desk-document-" + id))).isNotEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Anchor.class, s -> s.withId("desk-document-" + id))).isEmpty();
        assertThat(desk.accounts.as(group.mobile(), () -> documents.list(caseId)))
                .isEmpty();
    }
}
