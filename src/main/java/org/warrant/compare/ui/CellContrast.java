package org.warrant.compare.ui;

/**
 * Which text colour reads better on a matrix cell: the cell is Warrant's blue (35, 94, 168) laid over white at some
 * opacity, and its number is white or near-black, whichever has the higher contrast ratio (WCAG 2.1: at least 4.5:1
 * either way at every opacity; tested).
 */
final class CellContrast {

    static final double[] BLUE = {35, 94, 168};
    static final double[] DARK = {0, 0, 0}; // any lighter and some middle shades would have neither colour at 4.5:1

    private CellContrast() {
    }

    static boolean whiteReadsBetter(double alpha) {
        double cell = luminance(over(alpha));
        return ratio(1.0, cell) >= ratio(cell, luminance(DARK));
    }

    /** The better of the two contrasts at this opacity. */
    static double bestRatio(double alpha) {
        double cell = luminance(over(alpha));
        return Math.max(ratio(1.0, cell), ratio(cell, luminance(DARK)));
    }

    private static double[] over(double alpha) {
        return new double[] {255 + (BLUE[0] - 255) * alpha, 255 + (BLUE[1] - 255) * alpha, 255 + (BLUE[2] - 255) * alpha};
    }

    private static double luminance(double[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double ratio(double lighter, double darker) {
        return (Math.max(lighter, darker) + 0.05) / (Math.min(lighter, darker) + 0.05);
    }
}
