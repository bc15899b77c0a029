package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the projector shows at one moment, as plain data: a kicker, a heading and the
 * blocks below them, and a corner badge when phones may answer. {@link #BLANK} is the black
 * screen the facilitator asks for with B.
 *
 * @param badge the corner's words, such as how to answer on a phone; empty for none
 */
public record AudienceSlide(String kicker, String heading, List<SlideBlock> blocks, String badge) {
    public static final AudienceSlide BLANK = new AudienceSlide("", "", List.of(), "");

    public AudienceSlide {
        blocks = List.copyOf(blocks);
        badge = badge == null ? "" : badge;
    }

    public AudienceSlide(String kicker, String heading, List<SlideBlock> blocks) {
        this(kicker, heading, blocks, "");
    }

    /** The same slide with a corner badge. */
    public AudienceSlide withBadge(String words) {
        return new AudienceSlide(kicker, heading, blocks, words);
    }

    public boolean blank() {
        return this == BLANK || heading.isEmpty() && kicker.isEmpty() && blocks.isEmpty() && badge.isEmpty();
    }

    /** Every word on the screen, and every word a screen reader would speak for it. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        if (!kicker.isEmpty()) {
            texts.add(kicker);
        }
        if (!heading.isEmpty()) {
            texts.add(heading);
        }
        blocks.forEach(b -> texts.addAll(b.texts()));
        if (!badge.isEmpty()) {
            texts.add(badge);
        }
        return texts;
    }
}
