package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the projector shows at one moment, as plain data: a kicker, a heading and the
 * blocks below them. {@link #BLANK} is the black screen the facilitator asks for with B.
 */
public record AudienceSlide(String kicker, String heading, List<SlideBlock> blocks) {
    public static final AudienceSlide BLANK = new AudienceSlide("", "", List.of());

    public AudienceSlide {
        blocks = List.copyOf(blocks);
    }

    public boolean blank() {
        return this == BLANK || heading.isEmpty() && kicker.isEmpty() && blocks.isEmpty();
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
        return texts;
    }
}
