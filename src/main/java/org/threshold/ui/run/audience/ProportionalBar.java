package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A bar of labelled segments, each as wide as its share of the bar, but never narrower than its
 * own words: a count of 1 in a row of 12 still reads "Fact 1", and the segments the room can
 * read in full keep their proportions between them.
 */
final class ProportionalBar extends Region {
    private final List<Double> shares = new ArrayList<>();

    void add(Node segment, double share) {
        getChildren().add(segment);
        shares.add(Math.max(0, share));
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + getChildren().stream().mapToDouble(n -> n.prefWidth(-1)).sum();
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset()
                + getChildren().stream().mapToDouble(n -> n.prefHeight(-1)).max().orElse(0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        List<Node> segments = getChildren();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double[] widths = widths(segments, width);
        double x = snappedLeftInset();
        for (int i = 0; i < segments.size(); i++) {
            segments.get(i).resizeRelocate(x, snappedTopInset(), widths[i], height);
            x += widths[i];
        }
    }

    /** Segments too narrow for their words get their words' width; the rest share what is left in proportion. */
    private double[] widths(List<Node> segments, double width) {
        int n = segments.size();
        double[] widths = new double[n];
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            double room = width;
            double share = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    room -= widths[i];
                } else {
                    share += shares.get(i);
                }
            }
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                double proportional = share <= 0 ? 0 : room * shares.get(i) / share;
                double needed = segments.get(i).prefWidth(-1);
                if (proportional < needed) {
                    widths[i] = needed;
                    fixed[i] = true;
                    changed = true;
                } else {
                    widths[i] = proportional;
                }
            }
        }
        return widths;
    }
}
