package org.footcoach.speech;

import java.util.List;

/** A least-squares straight line through points {x, y}. */
record Line(double slope, double intercept) {
    static Line fit(List<double[]> points) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            sxy += p[0] * p[1];
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new Line(slope, (sy - slope * sx) / n);
    }
}
