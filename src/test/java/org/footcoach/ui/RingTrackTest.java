package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class RingTrackTest {
    private final RingTrack track = RingTrack.centredIn(1000, 600, 20, 0.3, 1.8);

    @Test
    void theTrackIsWiderThanTallAndCentredInItsSpace() {
        Rectangle2D outer = track.outerBounds();
        assertThat(outer.getHeight()).isCloseTo(600, within(0.01));
        assertThat(outer.getWidth()).isCloseTo(1000, within(0.01));
        assertThat(outer.getCenterX()).isCloseTo(500, within(0.01));

        Rectangle2D capped = RingTrack.centredIn(2000, 600, 20, 0.3, 1.8).outerBounds();
        assertThat(capped.getWidth()).as("never wider than the widest aspect").isCloseTo(1080, within(0.01));
        assertThat(capped.getCenterX()).isCloseTo(1000, within(0.01));

        Rectangle2D narrow = RingTrack.centredIn(400, 900, 20, 0.3, 1.8).outerBounds();
        assertThat(narrow.getHeight()).as("never taller than wide").isCloseTo(400, within(0.01));
        assertThat(narrow.getCenterY()).isCloseTo(450, within(0.01));
    }

    @Test
    void theFillStartsAtTheTopCentreAndRunsClockwise() {
        Point2D.Double[] ends = ends(track.part(0.05));
        assertThat(ends[0].x).isCloseTo(500, within(0.01));
        assertThat(ends[0].y).isCloseTo(10, within(0.01));
        assertThat(ends[1].x).as("first to the right").isGreaterThan(ends[0].x);
        assertThat(ends[1].y).isCloseTo(10, within(0.01));
    }

    @Test
    void halfTheFillEndsAtTheBottomCentreAndAllOfItGoesRound() {
        Point2D.Double half = ends(track.part(0.5))[1];
        assertThat(half.x).isCloseTo(500, within(0.5));
        assertThat(half.y).isCloseTo(590, within(0.5));

        Point2D.Double quarter = ends(track.part(0.25))[1];
        assertThat(quarter.x).as("a quarter is on the right side").isCloseTo(990, within(0.5));
        assertThat(quarter.y).isCloseTo(300, within(0.5));

        Point2D.Double whole = ends(track.part(1))[1];
        assertThat(whole.x).isCloseTo(500, within(0.01));
        assertThat(whole.y).isCloseTo(10, within(0.01));
    }

    @Test
    void theLengthIsThatOfTheStraightSidesAndTheRoundedCorners() {
        double radius = 0.3 * 600;
        double straight = 2 * (980 - 2 * radius) + 2 * (580 - 2 * radius);
        assertThat(track.length()).isCloseTo(straight + 2 * Math.PI * radius, within(1.0));
    }

    @Test
    void aBoxIsHeldOnlyWhenItClearsTheLineAndItsCorners() {
        assertThat(track.holdsCentred(800, 400, 10)).isTrue();
        assertThat(track.holdsCentred(950, 100, 10)).as("wider than the inside").isFalse();
        assertThat(track.holdsCentred(100, 570, 10)).as("taller than the inside").isFalse();
        assertThat(track.holdsCentred(940, 540, 0)).as("fits the straight sides but not the round corners")
                .isFalse();
    }

    /** The first and the last point of a path. */
    private static Point2D.Double[] ends(Shape path) {
        double[] at = new double[6];
        Point2D.Double first = null;
        Point2D.Double last = null;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(at);
            if (type == PathIterator.SEG_CLOSE) {
                last = first;
                continue;
            }
            int n = type == PathIterator.SEG_CUBICTO ? 4 : type == PathIterator.SEG_QUADTO ? 2 : 0;
            Point2D.Double point = new Point2D.Double(at[n], at[n + 1]);
            if (first == null) {
                first = point;
            }
            last = point;
        }
        return new Point2D.Double[] {first, last};
    }
}
