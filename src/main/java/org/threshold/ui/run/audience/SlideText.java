package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;
import org.threshold.ui.run.audience.SlideBlock.Text;
import org.threshold.ui.run.audience.SlideBlock.TextStyle;

/** Builds one slide: a kicker, a heading, then blocks in reading order. */
final class SlideText {
    private final String kicker;
    private final String heading;
    private final List<SlideBlock> blocks = new ArrayList<>();

    /** A kicker that only repeats the heading ("Break" over "Break") is left out. */
    SlideText(String kicker, String heading) {
        this.heading = heading == null ? "" : heading;
        this.kicker = kicker == null || kicker.equals(this.heading) ? "" : kicker;
    }

    SlideText body(String text) {
        return add(new Text(text, TextStyle.BODY));
    }

    SlideText question(String text) {
        return add(new Text(text, TextStyle.QUESTION));
    }

    SlideText note(String text) {
        return text == null || text.isBlank() ? this : add(new Text(text, TextStyle.NOTE));
    }

    SlideText summary(String text) {
        return text == null || text.isBlank() ? this : add(new Text(text, TextStyle.SUMMARY));
    }

    SlideText add(SlideBlock block) {
        blocks.add(block);
        return this;
    }

    AudienceSlide slide() {
        return new AudienceSlide(kicker, heading, blocks);
    }

    /** "• first\n• second": one line per point. */
    static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(line -> "\u2022 " + line).toList());
    }

    /** Option letters: the room answers "B" rather than reading a label back. */
    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
