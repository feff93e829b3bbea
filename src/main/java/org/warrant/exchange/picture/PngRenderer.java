package org.warrant.exchange.picture;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The diagram's SVG drawn as PNG by Apache Batik, at twice its size for slides, or smaller when that would pass
 * {@value #MAX_SIDE} pixels a side or {@value #MAX_PIXELS} pixels in all (a PNG that size opens nowhere). Warrant's
 * Vazirmatn font (Latin, Persian, Azerbaijani) is registered with Java's graphics first, so the server needs no fonts.
 */
public final class PngRenderer {

    public static final int MAX_SIDE = 16_000;
    public static final long MAX_PIXELS = 64_000_000L;
    private static final Logger log = LoggerFactory.getLogger(PngRenderer.class);

    static {
        registerFonts();
    }

    private PngRenderer() {
    }

    /** The scale the PNG is drawn at: 2, or less for a drawing that big. */
    public static double scale(double width, double height) {
        return Math.min(2.0, Math.min(MAX_SIDE / Math.max(width, height), Math.sqrt(MAX_PIXELS / (width * height))));
    }

    public static byte[] render(String svg) {
        double[] size = DiagramSvg.size(svg);
        double scale = scale(size[0], size[1]);
        PNGTranscoder png = new PNGTranscoder();
        png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) Math.floor(size[0] * scale));
        png.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) Math.floor(size[1] * scale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            png.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("The diagram could not be drawn as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void registerFonts() {
        for (String file : new String[] {"Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"}) {
            try (InputStream in = PngRenderer.class.getResourceAsStream("/fonts/" + file)) {
                if (in != null) {
                    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            } catch (IOException | FontFormatException e) {
                log.warn("Could not register the font {}; pictures use the system's fonts", file, e);
            }
        }
    }
}
