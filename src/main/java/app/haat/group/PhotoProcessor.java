package app.haat.group;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Checks and re-encodes an uploaded product photo. The content decides, never the file name: JPEG, PNG or WebP by
 * their magic bytes; the pixel count is read from the header before anything is decoded (a 20,000 × 20,000 "photo"
 * is refused without allocating 1.6 GB); the result is re-encoded as JPEG, which drops EXIF and GPS data. The
 * registration desk's scanned documents go through the same decoding and re-encoding ({@link #reencode}).
 */
public final class PhotoProcessor {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 2000;
    static final int THUMBNAIL_SIDE = 320;

    record Processed(byte[] original, byte[] thumbnail, int width, int height) {}

    /** Why a photo is refused; the key is a translation key. */
    public static final class Rejected extends Exception {
        private final String key;

        Rejected(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private PhotoProcessor() {}

    static Processed process(InputStream input) throws Rejected, IOException {
        byte[] bytes = input.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Rejected("photo.error.tooLarge");
        }
        BufferedImage image = decode(bytes);
        BufferedImage original = fit(image, MAX_SIDE);
        return new Processed(
                jpeg(original, 0.88f),
                jpeg(fit(image, THUMBNAIL_SIDE), 0.8f),
                original.getWidth(),
                original.getHeight());
    }

    /**
     * An image already read (within the caller's own size limit) decoded and re-encoded as a JPEG that fits
     * {@code side} pixels: nothing of the file but its pixels survives (no EXIF, GPS, comments or appended bytes).
     */
    public static byte[] reencode(byte[] bytes, int side) throws Rejected, IOException {
        return jpeg(fit(decode(bytes), side), 0.88f);
    }

    private static BufferedImage decode(byte[] bytes) throws Rejected {
        String format = sniff(bytes);
        if (format == null) {
            throw new Rejected("photo.error.notImage");
        }
        BufferedImage image;
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(stream, format);
            try {
                reader.setInput(stream, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Rejected("photo.error.tooManyPixels");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Rejected("photo.error.unreadable");
        }
        return image;
    }

    /** JPEG, PNG or WebP by the first bytes of the file; null for anything else (an executable, a PDF...). */
    public static @Nullable String sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    private static ImageReader readerFor(ImageInputStream stream, String format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getFormatName().toLowerCase(Locale.ROOT).contains(format.equals("jpeg") ? "jp" : format)) {
                return reader;
            }
        }
        throw new IOException("no reader for " + format);
    }

    /** Scales down to fit a square of {@code side}, on white (JPEG has no transparency). */
    private static BufferedImage fit(BufferedImage image, int side) {
        double scale = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
