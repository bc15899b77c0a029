package org.threshold.ui.run.audience;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Fills the projector with one slide. The slide is laid out on a screen 1080 units high (as wide
 * as the real one's shape makes it) and scaled to the real screen, so 1366x768, 1920x1080 and
 * 3840x2160 show the same layout, line for line. Within that, the slide grows to the largest size
 * that fits, up to 1.75 times what the font-size setting asks for, and shrinks when it must,
 * but never so far that its smallest text falls below 28 units: 28 pixels at 1080p.
 */
final class FitPane extends Region {
    static final double DESIGN_HEIGHT = 1080;
    static final double MIN_TEXT = 28;
    static final double MAX_GROWTH = 1.75;
    /** Narrower than 4:3 (a window dragged thin), the width decides the scale instead of the height. */
    private static final double NARROWEST = 4.0 / 3;
    private static final double MARGIN_X = 72;
    private static final double MARGIN_Y = 48;
    private static final int STEPS = 12;
    private static final double WIDTH_STEP = 16;

    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper growth = new ReadOnlyDoubleWrapper(this, "growth", 1);
    private Node content;

    FitPane() {
        getStyleClass().add("audience-fit");
    }

    void setContent(Node node) {
        if (content != null) {
            content.getTransforms().remove(scale);
        }
        content = node;
        if (node == null) {
            getChildren().clear();
        } else {
            node.getTransforms().setAll(scale);
            getChildren().setAll(node);
        }
    }

    /** How much larger (or smaller) than the font-size setting the slide is drawn, before the screen's own scale. */
    ReadOnlyDoubleProperty growthProperty() {
        return growth.getReadOnlyProperty();
    }

    /** The window decides the size; the slide never asks for more. */
    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        if (content == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double screen = Math.min(getHeight() / DESIGN_HEIGHT, getWidth() / (DESIGN_HEIGHT * NARROWEST));
        // Whole steps of the design width, so 1366x768 (a hair wider than 16:9) lays out exactly as 1920x1080.
        double width = Math.floor(getWidth() / screen / WIDTH_STEP) * WIDTH_STEP - 2 * MARGIN_X;
        double height = getHeight() / screen - 2 * MARGIN_Y;
        double floor = MIN_TEXT / smallestText(content);
        double chosen = floor;
        if (fits(floor, width, height)) {
            double low = floor;
            double high = Math.max(floor, MAX_GROWTH);
            if (fits(high, width, height)) {
                low = high;
            }
            for (int i = 0; i < STEPS && high - low > 0.005; i++) {
                double mid = (low + high) / 2;
                if (fits(mid, width, height)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            chosen = low;
        }
        double laidWidth = width / chosen;
        double laidHeight = Math.max(height / chosen, content.prefHeight(laidWidth));
        content.resizeRelocate(0, 0, laidWidth, laidHeight);
        content.setLayoutX(MARGIN_X * screen);
        content.setLayoutY(MARGIN_Y * screen);
        scale.setX(screen * chosen);
        scale.setY(screen * chosen);
        growth.set(chosen);
    }

    /** Whether the slide, drawn {@code growth} times its set size, fits the space without cutting anything short. */
    private boolean fits(double growth, double width, double height) {
        double laidWidth = width / growth;
        return content.minWidth(-1) <= laidWidth && content.prefHeight(laidWidth) <= height / growth;
    }

    /** The smallest font on the slide, in units of the design screen at its set size. */
    static double smallestText(Node node) {
        double smallest = smallestFont(node);
        return smallest == Double.MAX_VALUE ? MIN_TEXT : smallest;
    }

    private static double smallestFont(Node node) {
        double smallest = Double.MAX_VALUE;
        if (node instanceof Labeled labeled && node.isVisible() && labeled.getText() != null
                && !labeled.getText().isEmpty()) {
            smallest = labeled.getFont().getSize();
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                smallest = Math.min(smallest, smallestFont(child));
            }
        }
        return smallest;
    }
}
