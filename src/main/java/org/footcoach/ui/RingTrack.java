package org.footcoach.ui;

import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.FlatteningPathIterator;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The shape of the hold ring: a rounded rectangle, wider than tall, so that large digits fit inside a short, wide
 * space. Its line starts at the top centre and runs clockwise, so a part of it can be filled like a clock hand
 * sweeping round. Coordinates are those of the component it is drawn in; the line is centred on the path, so the
 * path is inset by half the line width from the space it is given.
 */
final class RingTrack {
    private static final double FLATNESS = 0.25;

    private final double lineWidth;
    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final double radius;

    private RingTrack(double lineWidth, double left, double top, double width, double height, double radius) {
        this.lineWidth = lineWidth;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.radius = radius;
    }

    /**
     * The largest track centred in a space of {@code spaceWidth} by {@code spaceHeight}: never taller than wide, and
     * never wider than {@code widestAspect} times its height; its corners are rounded with a radius of
     * {@code cornerShare} of its height (0.5 makes round ends).
     */
    static RingTrack centredIn(double spaceWidth, double spaceHeight, double lineWidth, double cornerShare,
                               double widestAspect) {
        double outerHigh = Math.min(spaceHeight, spaceWidth);
        double outerWide = Math.min(spaceWidth, outerHigh * widestAspect);
        double high = Math.max(0, outerHigh - lineWidth);
        double wide = Math.max(0, outerWide - lineWidth);
        double radius = Math.min(high / 2, cornerShare * outerHigh);
        return new RingTrack(lineWidth, (spaceWidth - wide) / 2, (spaceHeight - high) / 2, wide, high, radius);
    }

    /** The whole line, from the top centre clockwise back to it. */
    Shape line() {
        double right = left + width;
        double bottom = top + height;
        double d = 2 * radius;
        Path2D.Double path = new Path2D.Double();
        path.moveTo(left + width / 2, top);
        path.lineTo(right - radius, top);
        path.append(new Arc2D.Double(right - d, top, d, d, 90, -90, Arc2D.OPEN), true);
        path.lineTo(right, bottom - radius);
        path.append(new Arc2D.Double(right - d, bottom - d, d, d, 0, -90, Arc2D.OPEN), true);
        path.lineTo(left + radius, bottom);
        path.append(new Arc2D.Double(left, bottom - d, d, d, 270, -90, Arc2D.OPEN), true);
        path.lineTo(left, top + radius);
        path.append(new Arc2D.Double(left, top, d, d, 180, -90, Arc2D.OPEN), true);
        path.closePath();
        return path;
    }

    /** The first {@code share} (0 to 1) of the line's length, from the top centre clockwise. */
    Shape part(double share) {
        double wanted = Math.max(0, Math.min(1, share)) * length();
        Path2D.Double part = new Path2D.Double();
        double[] at = new double[6];
        double x = 0;
        double y = 0;
        double gone = 0;
        for (PathIterator it = new FlatteningPathIterator(line().getPathIterator(null), FLATNESS); !it.isDone();
             it.next()) {
            int type = it.currentSegment(at);
            if (type == PathIterator.SEG_MOVETO) {
                x = at[0];
                y = at[1];
                part.moveTo(x, y);
                continue;
            }
            if (type == PathIterator.SEG_CLOSE) {
                break;
            }
            double step = Math.hypot(at[0] - x, at[1] - y);
            if (gone + step >= wanted) {
                double t = step == 0 ? 0 : (wanted - gone) / step;
                part.lineTo(x + t * (at[0] - x), y + t * (at[1] - y));
                return part;
            }
            gone += step;
            x = at[0];
            y = at[1];
            part.lineTo(x, y);
        }
        // The path closes back to its start: the last stretch of a full ring.
        part.closePath();
        return part;
    }

    /** The length of the whole line, measured along the same straight pieces {@link #part} walks. */
    double length() {
        double[] at = new double[6];
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        double total = 0;
        for (PathIterator it = new FlatteningPathIterator(line().getPathIterator(null), FLATNESS); !it.isDone();
             it.next()) {
            int type = it.currentSegment(at);
            if (type == PathIterator.SEG_CLOSE) {
                return total + Math.hypot(startX - x, startY - y);
            }
            if (type == PathIterator.SEG_MOVETO) {
                startX = at[0];
                startY = at[1];
            } else {
                total += Math.hypot(at[0] - x, at[1] - y);
            }
            x = at[0];
            y = at[1];
        }
        return total;
    }

    /** The space inside the line (the line's inner edge). */
    Shape inside() {
        double inner = 2 * Math.max(0, radius - lineWidth / 2);
        return new RoundRectangle2D.Double(left + lineWidth / 2, top + lineWidth / 2,
                Math.max(0, width - lineWidth), Math.max(0, height - lineWidth), inner, inner);
    }

    /** Whether a box centred in the track, with {@code margin} all round it, lies wholly inside the line. */
    boolean holdsCentred(double boxWidth, double boxHeight, double margin) {
        double w = boxWidth + 2 * margin;
        double h = boxHeight + 2 * margin;
        return inside().contains(new Rectangle2D.Double(left + (width - w) / 2, top + (height - h) / 2, w, h));
    }

    /** The track's outer bounds, line included. */
    Rectangle2D outerBounds() {
        return new Rectangle2D.Double(left - lineWidth / 2, top - lineWidth / 2, width + lineWidth,
                height + lineWidth);
    }
}
