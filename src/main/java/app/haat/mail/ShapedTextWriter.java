package app.haat.mail;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes Bengali correctly into PDFs. PDFBox maps characters to glyphs one by one, which breaks conjuncts and
 * vowel signs; Java's text layout shapes the text with the font's OpenType rules (HarfBuzz inside the JDK), and the
 * shaped glyphs are written by glyph id into the embedded, subset font. Runs of plain Latin text (dates, kiosk codes)
 * are written as ordinary text, so they extract exactly.
 */
final class ShapedTextWriter {

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    /** A parsed font, reusable across documents (parsing is the slow part). */
    static final class FontFace {
        private final byte[] bytes;
        private final Font awtFont;

        FontFace(String resource) {
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

        PDType0Font embedInto(PDDocument document) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                return PDType0Font.load(document, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final PDPageContentStream stream;
    private final PDType0Font pdfFont;
    private final Font awtFont;
    private final float size;

    ShapedTextWriter(PDPageContentStream stream, PDType0Font pdfFont, FontFace face, float size) {
        this.stream = stream;
        this.pdfFont = pdfFont;
        this.awtFont = face.awtFont.deriveFont(size);
        this.size = size;
    }

    /** Writes one line starting at (x, y) (PDF coordinates) and answers its width in points. */
    float write(String text, float x, float y) throws IOException {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        stream.beginText();
        stream.setFont(pdfFont, size);
        float width;
        if (isPlainLatin(text)) {
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            width = pdfFont.getStringWidth(text) / 1000 * size;
        } else {
            char[] chars = text.toCharArray();
            GlyphVector glyphs = awtFont.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
            Set<Integer> used = new HashSet<>();
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                int glyph = glyphs.getGlyphCode(i);
                if (glyph == 0xFFFF || glyph == 0xFFFE) {
                    continue; // invisible glyphs (e.g. zero-width joiners) that layout leaves in
                }
                used.add(glyph);
                Point2D position = glyphs.getGlyphPosition(i);
                stream.setTextMatrix(Matrix.getTranslateInstance(x + (float) position.getX(),
                        y - (float) position.getY()));
                stream.appendRawCommands("<" + HexFormat.of().formatHex(pdfFont.encodeGlyphId(glyph)) + "> Tj\n");
            }
            pdfFont.addGlyphsToSubset(used);
            width = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
        }
        stream.endText();
        return width;
    }

    static boolean isPlainLatin(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }
}
