package app.haat.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts ("Upload Files...", "Drop files here", errors) in the reader's language. */
public final class UploadTexts {

    private UploadTexts() {}

    public static void apply(Upload upload) {
        UI ui = UI.getCurrent();
        UploadI18N texts = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(ui.getTranslation("upload.addOne"))
                        .setMany(ui.getTranslation("upload.addMany")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(ui.getTranslation("upload.dropOne"))
                        .setMany(ui.getTranslation("upload.dropMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(ui.getTranslation("upload.tooMany"))
                        .setFileIsTooBig(ui.getTranslation("upload.tooBig"))
                        .setIncorrectFileType(ui.getTranslation("upload.wrongType")))
                .setFile(new UploadI18N.File()
                        .setRetry(ui.getTranslation("upload.retry"))
                        .setStart(ui.getTranslation("upload.start"))
                        .setRemove(ui.getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(ui.getTranslation("upload.connecting"))
                                .setStalled(ui.getTranslation("upload.stalled"))
                                .setProcessing(ui.getTranslation("upload.processing"))
                                .setHeld(ui.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(ui.getTranslation("upload.remaining"))
                                .setUnknown(ui.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(ui.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(ui.getTranslation("upload.serverError"))
                                .setForbidden(ui.getTranslation("upload.forbidden"))
                                .setFileTooLarge(ui.getTranslation("upload.tooBig"))));
        upload.setI18n(texts);
    }
}
