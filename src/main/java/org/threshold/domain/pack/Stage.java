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
}
