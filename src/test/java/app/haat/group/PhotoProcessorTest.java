package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

public class PhotoProcessorTest {

    static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8a, 0x2b, 0x0f));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment (as phones write, with the GPS position) right after the start marker. */
    public static byte[] jpegWithExif() throws Exception {
        byte[] jpeg = image("jpeg", 800, 600);
        byte[] exif = "Exif\0\0GPS 22.5880N 88.4086E".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xff);
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Only a PNG signature and a header claiming 20,000 × 20,000 pixels: a decompression bomb's shape. */
    static byte[] hugePngHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(20_000);
        data.writeInt(20_000);
        data.write(new byte[] {8, 2, 0, 0, 0});
        byte[] body = chunk.toByteArray();
        DataOutputStream file = new DataOutputStream(out);
        file.writeInt(13);
        file.write(body);
        CRC32 crc = new CRC32();
        crc.update(body);
        file.writeInt((int) crc.getValue());
        file.write(new byte[64]);
        return out.toByteArray();
    }

    @Test
    void exifAndLocationAreStrippedAndAThumbnailIsMade() throws Exception {
        byte[] upload = jpegWithExif();
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif");
        PhotoProcessor.Processed photo = PhotoProcessor.process(new ByteArrayInputStream(upload));
        assertThat(new String(photo.original(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain("GPS");
        assertThat(photo.width()).isEqualTo(800);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);
    }

    @Test
    void pngsAreAcceptedAndLargeOnesScaledDown() throws Exception {
        PhotoProcessor.Processed photo = PhotoProcessor.process(new ByteArrayInputStream(image("png", 3000, 1500)));
        assertThat(photo.width()).isEqualTo(2000);
        assertThat(photo.height()).isEqualTo(1000);
        assertThat(PhotoProcessor.sniff(photo.original())).isEqualTo("jpeg");
    }

    /** The smallest lossless WebP (1 × 1 px); no WebP encoder is available here to make a bigger one. */
    static final byte[] TINY_WEBP = {
        'R',
        'I',
        'F',
        'F',
        0x1a,
        0,
        0,
        0,
        'W',
        'E',
        'B',
        'P',
        'V',
        'P',
        '8',
        'L',
        0x0d,
        0,
        0,
        0,
        0x2f,
        0,
        0,
        0,
        0x10,
        0x07,
        0x10,
        0x11,
        0x11,
        (byte) 0x88,
        (byte) 0x88,
        (byte) 0xfe,
        0x07,
        0
    };

    @Test
    void webpIsAcceptedAndStoredAsJpeg() throws Exception {
        assertThat(PhotoProcessor.sniff(TINY_WEBP)).isEqualTo("webp");
        PhotoProcessor.Processed photo = PhotoProcessor.process(new ByteArrayInputStream(TINY_WEBP));
        assertThat(photo.width()).isEqualTo(1);
        assertThat(photo.height()).isEqualTo(1);
        assertThat(PhotoProcessor.sniff(photo.original())).isEqualTo("jpeg");
    }

    @Test
    void aHugeWebpIsRefusedFromItsHeaderAlone() {
        // an extended-format header announcing a 20,000 × 20,000 canvas, and no picture data
        int side = 20_000 - 1;
        byte[] header = {
            'R',
            'I',
            'F',
            'F',
            22,
            0,
            0,
            0,
            'W',
            'E',
            'B',
            'P',
            'V',
            'P',
            '8',
            'X',
            10,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            (byte) side,
            (byte) (side >> 8),
            (byte) (side >> 16),
            (byte) side,
            (byte) (side >> 8),
            (byte) (side >> 16)
        };
        assertThatThrownBy(() -> PhotoProcessor.process(new ByteArrayInputStream(header)))
                .isInstanceOfSatisfying(
                        PhotoProcessor.Rejected.class, e -> assertThat(e.key()).isEqualTo("photo.error.tooManyPixels"));
    }

    @Test
    void theContentDecidesNotTheName() {
        byte[] executable =
                "MZ\u0090\0\3\0\0\0 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PhotoProcessor.process(new ByteArrayInputStream(executable)))
                .isInstanceOfSatisfying(
                        PhotoProcessor.Rejected.class, e -> assertThat(e.key()).isEqualTo("photo.error.notImage"));
    }

    @Test
    void aHugePictureIsRefusedFromItsHeaderAlone() throws Exception {
        assertThatThrownBy(() -> PhotoProcessor.process(new ByteArrayInputStream(hugePngHeader())))
                .isInstanceOfSatisfying(
                        PhotoProcessor.Rejected.class, e -> assertThat(e.key()).isEqualTo("photo.error.tooManyPixels"));
    }

    @Test
    void overFiveMegabytesIsRefusedWithoutReadingFurther() {
        byte[] big = new byte[PhotoProcessor.MAX_BYTES + 10];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThatThrownBy(() -> PhotoProcessor.process(new ByteArrayInputStream(big)))
                .isInstanceOfSatisfying(
                        PhotoProcessor.Rejected.class, e -> assertThat(e.key()).isEqualTo("photo.error.tooLarge"));
    }

    @Test
    void aDamagedJpegIsRefusedClearly() {
        byte[] damaged = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1};
        assertThatThrownBy(() -> PhotoProcessor.process(new ByteArrayInputStream(damaged)))
                .isInstanceOfSatisfying(
                        PhotoProcessor.Rejected.class, e -> assertThat(e.key()).isEqualTo("photo.error.unreadable"));
    }
}
