package org.threshold.ui.run.audience;

import java.util.Arrays;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A label on a slide that may wrap between words but never inside one: its narrowest is its
 * longest word. So a slide that is too wide for the screen is drawn smaller rather than showing
 * "Educatio" above "n", and {@link FitPane} knows how narrow each column can go.
 */
final class SlideLabel extends Label {
    private Font measuredFont;
    private String measuredText;
    private double longestWord;

    SlideLabel(String text) {
        super(text);
    }

    @Override
    protected double computeMinWidth(double height) {
        if (!isWrapText()) {
            return super.computeMinWidth(height);
        }
        return snappedLeftInset() + snappedRightInset() + longestWord();
    }

    private double longestWord() {
        if (getFont() != measuredFont || !getText().equals(measuredText)) {
            measuredFont = getFont();
            measuredText = getText();
            Text probe = new Text();
            probe.setFont(measuredFont);
            longestWord = Arrays.stream(measuredText.split("\\s+")).mapToDouble(word -> {
                probe.setText(word);
                return Math.ceil(probe.getLayoutBounds().getWidth());
            }).max().orElse(0);
        }
        return longestWord;
    }
}
