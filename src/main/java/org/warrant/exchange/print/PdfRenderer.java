package org.warrant.exchange.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML to PDF with openhtmltopdf: the HTML parsed by jsoup (so any HTML will do), Warrant's Vazirmatn font embedded
 * (Latin, Persian and Azerbaijani letters), right-to-left runs ordered and Arabic-script letters joined with ICU4J,
 * inline SVG drawn by Batik. Nothing is fetched: the page may refer to nothing outside itself.
 */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    public static byte[] render(String html, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
            builder.useFont(() -> font("Vazirmatn-Regular.ttf"), "Vazirmatn", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("Vazirmatn-Bold.ttf"), "Vazirmatn", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useUriResolver((base, uri) -> null); // nothing from outside the page
            builder.withProducer("Warrant");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of “" + title + "” could not be written", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        return in;
    }
}
