package app.haat.core.export;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;

/** Exports over HTTP: the file streams into the response as the service writes it. */
public final class Exports {

    /** Exports running at once: each holds a database connection while it streams to a maybe slow phone. */
    static final int AT_ONCE = 4;

    private static final java.util.concurrent.Semaphore RUNNING = new java.util.concurrent.Semaphore(AT_ONCE, true);

    private Exports() {}

    /**
     * Runs an export when fewer than {@link #AT_ONCE} are running, waiting up to 20 s for a turn; refused as busy
     * after that, so that downloads never take every database connection from the portal.
     */
    public static void gated(Body body, OutputStream out) throws IOException {
        boolean turn;
        try {
            turn = RUNNING.tryAcquire(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for an export's turn");
        }
        if (!turn) {
            throw new app.haat.core.api.ConflictException("export.error.busy");
        }
        try {
            body.write(out);
        } finally {
            RUNNING.release();
        }
    }

    /** The body of an export, written by a service to the stream it is given. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Streams an export as an attachment. The headers are set with the first byte: a service that refuses (scope,
     * bad filter) before writing leaves the response free for the usual problem answer.
     */
    public static void stream(HttpServletResponse response, ExportFormat format, String subject, Body body)
            throws IOException {
        stream(response, format.contentType(), format.fileName(subject, LocalDate.now(Formats.INDIA)), body);
    }

    /** Streams a PDF as an attachment, such as {@code haat-dashboard-2026-11-26.pdf}. */
    public static void pdf(HttpServletResponse response, String subject, Body body) throws IOException {
        stream(response, "application/pdf", pdfName(subject), body);
    }

    public static String pdfName(String subject) {
        return "haat-" + subject + "-" + LocalDate.now(Formats.INDIA) + ".pdf";
    }

    private static void stream(HttpServletResponse response, String contentType, String fileName, Body body)
            throws IOException {
        OutputStream lazy = new OutputStream() {
            private @Nullable OutputStream target;

            private OutputStream target() throws IOException {
                if (target == null) {
                    response.setContentType(contentType);
                    response.setHeader(
                            "Content-Disposition",
                            ContentDisposition.attachment()
                                    .filename(fileName)
                                    .build()
                                    .toString());
                    response.setHeader("Cache-Control", "no-store");
                    target = response.getOutputStream();
                }
                return target;
            }

            @Override
            public void write(int b) throws IOException {
                target().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                target().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (target != null) {
                    target.flush();
                }
            }

            @Override
            public void close() throws IOException {
                target().close();
            }
        };
        gated(body, lazy);
    }

    /** Bengali when the client asks for it in {@code Accept-Language}, English otherwise. */
    public static Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Translator.ENGLISH
                : Translator.supported(request.getLocale());
    }
}
