package app.haat.core.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes Bengali correctly into PDFs. PDFBox maps characters to glyphs one by one, which breaks conjuncts and
 * vowel signs; Java's text layout shapes the text with the font's OpenType rules (HarfBuzz inside the JDK), and the
 * shaped glyphs are written by glyph id into the embedded, subset font. Runs of plain Latin text (dates, kiosk codes)
 * are written as ordinary text, so they extract exactly.
 */
public final class ShapedTextWriter {

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    /** A parsed font, reusable across documents (parsing is the slow part). */
    public static final class FontFace {
        private final byte[] bytes;
        private final Font awtFont;

        public FontFace(String resource) {
            try (InputStream in = ShapedTextWriter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing font " + resource);
                }
                bytes = in.readAllBytes();
                awtFont = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException("cannot load font " + resource, e);
            }
        }

        /** Parsing the font file is the slow part of a letter; each thread parses it once and reuses it. */
        private final ThreadLocal<TrueTypeFont> parsed = ThreadLocal.withInitial(this::parse);

        private TrueTypeFont parse() {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private final Map<String, ShapedRun> shaped = new ConcurrentHashMap<>();

        ShapedRun shape(String text, Font sized, float size) {
            if (shaped.size() > 10_000) {
                shaped.clear(); // bounded: names and addresses vary, labels repeat
            }
            return shaped.computeIfAbsent(size + "|" + text, key -> layout(text, sized));
        }

        public PDType0Font embedInto(PDDocument document) {
            try {
                return PDType0Font.load(document, parsed.get(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final PDPageContentStream stream;
    private final PDType0Font pdfFont;
    private final FontFace face;
    private final Font awtFont;
    private final float size;
    private final boolean bold;

    /**
     * @param bold drawn as filled and stroked outlines: one embedded font serves both weights, which halves the
     *             font subsetting, the slowest part of making a letter
     */
    public ShapedTextWriter(PDPageContentStream stream, PDType0Font pdfFont, FontFace face, float size, boolean bold) {
        this.stream = stream;
        this.pdfFont = pdfFont;
        this.face = face;
        this.awtFont = face.awtFont.deriveFont(size);
        this.size = size;
        this.bold = bold;
    }

    /** Writes one line starting at (x, y) (PDF coordinates) and answers its width in points. */
    public float write(String text, float x, float y) throws IOException {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        stream.beginText();
        stream.setFont(pdfFont, size);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setLineWidth(size * 0.04f);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        float width;
        if (isPlainLatin(text)) {
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            width = pdfFont.getStringWidth(text) / 1000 * size;
        } else {
            ShapedRun run = face.shape(text, awtFont, size);
            Set<Integer> used = new HashSet<>();
            for (int i = 0; i < run.glyphs().length; i++) {
                used.add(run.glyphs()[i]);
                stream.setTextMatrix(Matrix.getTranslateInstance(x + run.x()[i], y - run.y()[i]));
                stream.appendRawCommands(
                        "<" + HexFormat.of().formatHex(pdfFont.encodeGlyphId(run.glyphs()[i])) + "> Tj\n");
            }
            pdfFont.addGlyphsToSubset(used);
            width = run.width();
        }
        stream.endText();
        return width;
    }

    /** The width in points {@link #write} would give this line, for centring it before it is written. */
    public float width(String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return isPlainLatin(text)
                ? pdfFont.getStringWidth(text) / 1000 * size
                : face.shape(text, awtFont, size).width();
    }

    /** Writes one line centred on {@code centre}; answers its width. */
    public float writeCentred(String text, float centre, float y) throws IOException {
        return write(text, centre - width(text) / 2, y);
    }

    /** The text broken at spaces into lines no wider than {@code maxWidth} (a longer word stands alone). */
    public List<String> wrap(String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Glyph ids and positions of a shaped line; cached, as letters repeat the same labels thousands of times. */
    record ShapedRun(int[] glyphs, float[] x, float[] y, float width) {}

    static ShapedRun layout(String text, Font font) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = 0;
        int[] glyphs = new int[vector.getNumGlyphs()];
        float[] xs = new float[glyphs.length];
        float[] ys = new float[glyphs.length];
        for (int i = 0; i < vector.getNumGlyphs(); i++) {
            int glyph = vector.getGlyphCode(i);
            if (glyph == 0xFFFF || glyph == 0xFFFE) {
                continue; // invisible glyphs (e.g. zero-width joiners) that layout leaves in
            }
            Point2D position = vector.getGlyphPosition(i);
            glyphs[count] = glyph;
            xs[count] = (float) position.getX();
            ys[count] = (float) position.getY();
            count++;
        }
        return new ShapedRun(Arrays.copyOf(glyphs, count), Arrays.copyOf(xs, count), Arrays.copyOf(ys, count), (float)
                vector.getGlyphPosition(vector.getNumGlyphs()).getX());
    }

    static boolean isPlainLatin(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }
}
