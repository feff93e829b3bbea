package org.warrant.compare;

import java.util.Arrays;

/**
 * The assignment problem, solved exactly (Kuhn–Munkres with potentials, O(n²m)): the one-to-one pairing of
 * rows with columns that maximises the total weight. Used on the small blocks of nodes that could match at
 * all, so its cubic cost stays small.
 */
final class Hungarian {

    private Hungarian() {
    }

    /** For each row, the column it is paired with (-1 when there are more rows than columns and it got none). */
    static int[] maximise(double[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        if (rows == 0 || cols == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows > cols) {
            int[] byCol = maximise(transpose(weight));
            int[] byRow = new int[rows];
            Arrays.fill(byRow, -1);
            for (int c = 0; c < cols; c++) {
                if (byCol[c] >= 0) {
                    byRow[byCol[c]] = c;
                }
            }
            return byRow;
        }
        // rows <= cols; 1-based arrays, column 0 is the virtual start
        double[] u = new double[rows + 1];
        double[] v = new double[cols + 1];
        int[] rowOfCol = new int[cols + 1];
        int[] way = new int[cols + 1];
        for (int r = 1; r <= rows; r++) {
            rowOfCol[0] = r;
            int col0 = 0;
            double[] minv = new double[cols + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[cols + 1];
            do {
                used[col0] = true;
                int r0 = rowOfCol[col0];
                double delta = Double.POSITIVE_INFINITY;
                int col1 = 0;
                for (int c = 1; c <= cols; c++) {
                    if (!used[c]) {
                        double cur = -weight[r0 - 1][c - 1] - u[r0] - v[c];
                        if (cur < minv[c]) {
                            minv[c] = cur;
                            way[c] = col0;
                        }
                        if (minv[c] < delta) {
                            delta = minv[c];
                            col1 = c;
                        }
                    }
                }
                for (int c = 0; c <= cols; c++) {
                    if (used[c]) {
                        u[rowOfCol[c]] += delta;
                        v[c] -= delta;
                    } else {
                        minv[c] -= delta;
                    }
                }
                col0 = col1;
            } while (rowOfCol[col0] != 0);
            do {
                int col1 = way[col0];
                rowOfCol[col0] = rowOfCol[col1];
                col0 = col1;
            } while (col0 != 0);
        }
        int[] colOfRow = new int[rows];
        Arrays.fill(colOfRow, -1);
        for (int c = 1; c <= cols; c++) {
            if (rowOfCol[c] != 0) {
                colOfRow[rowOfCol[c] - 1] = c - 1;
            }
        }
        return colOfRow;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }
}
