package org.warrant.exchange.picture;

import java.util.List;
import java.util.Locale;

/**
 * A square table of scores from 0 to 1 as an SVG heatmap: darker where higher, and each cell's number written in it,
 * so it reads in black and white too. Rows and columns are labelled; an empty cell (the diagonal) is grey.
 */
public final class HeatmapSvg {

    private static final int CELL = 58;
    private static final int LABEL = 150;

    private HeatmapSvg() {
    }

    /** {@code scores[i][j]} for the labels' pairs; NaN for none. */
    public static String write(String title, List<String> labels, double[][] scores) {
        int n = labels.size();
        int width = LABEL + n * CELL + 20;
        int height = LABEL / 2 + n * CELL + 20;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"").append(DiagramSvg.FONT)
                .append("\" font-size=\"11\" role=\"img\"><title>").append(Xml.text(title)).append("</title>\n");
        int top = LABEL / 2;
        for (int j = 0; j < n; j++) {
            out.append("<text x=\"").append(LABEL + j * CELL + CELL / 2).append("\" y=\"").append(top - 8)
                    .append("\" text-anchor=\"middle\">").append(Xml.text(shortened(labels.get(j), 9))).append("</text>\n");
        }
        for (int i = 0; i < n; i++) {
            out.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(top + i * CELL + CELL / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(Xml.text(shortened(labels.get(i), 22))).append("</text>\n");
            for (int j = 0; j < n; j++) {
                double s = scores[i][j];
                boolean none = Double.isNaN(s);
                double v = none ? 0 : Math.max(0, Math.min(1, s)); // from light (#f2f6fb) to dark blue (#1d3f63)
                String fill = none ? "#ebebeb" : String.format(Locale.ROOT, "#%02x%02x%02x", mix(242, 29, v), mix(246, 63, v), mix(251, 99, v));
                out.append("<rect x=\"").append(LABEL + j * CELL).append("\" y=\"").append(top + i * CELL).append("\" width=\"").append(CELL)
                        .append("\" height=\"").append(CELL).append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n");
                if (!none) {
                    out.append("<text x=\"").append(LABEL + j * CELL + CELL / 2).append("\" y=\"").append(top + i * CELL + CELL / 2 + 4)
                            .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"").append(v > 0.55 ? "#ffffff" : "#111111").append("\">")
                            .append(String.format(Locale.ROOT, "%.2f", s)).append("</text>\n");
                }
            }
        }
        return out.append("</svg>\n").toString();
    }

    private static int mix(int from, int to, double v) {
        return (int) Math.round(from + (to - from) * v);
    }

    private static String shortened(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }
}
