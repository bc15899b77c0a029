package org.threshold.domain.pack;

import java.util.List;

/** One reveal: what the room is told, what single agencies know, and the decision that follows. */
public record Stage(
        String title,
        String text,
        List<Fragment> fragments,
        Decision decision,
        String facilitatorNotes) {

    public Stage {
        fragments = List.copyOf(fragments);
    }

    /** "Stage 2: Missed reviews", whether or not the pack's title already names the stage. */
    public static String numbered(int number, String title) {
        String prefix = "Stage " + number;
        return title.regionMatches(true, 0, prefix, 0, prefix.length()) ? title : prefix + ": " + title;
    }
}
