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
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The diagram's SVG drawn as PNG by Apache Batik, at twice its size for slides, or smaller when that would pass
 * {@value #MAX_SIDE} pixels a side or {@value #MAX_PIXELS} pixels in all (about a 2,000-node map at its own size: larger
 * images are slow to make and few programs open them), then written by the JDK's PNG encoder at a fast setting. Warrant's
 * Vazirmatn font (Latin, Persian, Azerbaijani) is registered with Java's graphics first, so the server needs no fonts.
 */
public final class PngRenderer {

    public static final int MAX_SIDE = 16_000;
    public static final long MAX_PIXELS = 32_000_000L;
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
        Rasterizer raster = new Rasterizer();
        raster.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) Math.floor(size[0] * scale));
        raster.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, (float) Math.floor(size[1] * scale));
        raster.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        try {
            raster.transcode(new TranscoderInput(new StringReader(svg)), null);
            return encode(raster.image);
        } catch (TranscoderException | IOException e) {
            throw new IllegalStateException("The diagram could not be drawn as PNG: " + e.getMessage(), e);
        }
    }

    /** PNG with fast compression: a diagram is mostly flat colour, which deflates well at any level. */
    private static byte[] encode(java.awt.image.BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f); // deflate level 1 of 9: twice as fast as the default, hardly larger
        try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Batik's image transcoder, keeping the image it drew instead of writing it. */
    private static final class Rasterizer extends ImageTranscoder {
        private java.awt.image.BufferedImage image;

        @Override
        public java.awt.image.BufferedImage createImage(int width, int height) {
            return new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        }

        @Override
        public void writeImage(java.awt.image.BufferedImage drawn, TranscoderOutput output) {
            this.image = drawn;
        }
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
