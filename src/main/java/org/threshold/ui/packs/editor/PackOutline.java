package org.threshold.ui.packs.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threshold.domain.pack.Pack;
import org.threshold.ui.packs.editor.OutlineItem.Kind;

/** The editor's outline of a pack: its items, what each is called, and where a problem line points. */
final class PackOutline {
    private static final Pattern SCENARIO_PLACE = Pattern.compile("^scenarios\\[(\\d+)](?:\\.stages\\[(\\d+)])?");

    private PackOutline() {
    }

    /** Details, each scenario followed by its stages, then references, confidence and myth items. */
    static List<OutlineItem> items(Pack pack) {
        List<OutlineItem> items = new ArrayList<>();
        if (pack != null) {
            items.add(OutlineItem.of(Kind.DETAILS));
            for (int s = 0; s < pack.scenarios().size(); s++) {
                items.add(OutlineItem.scenario(s));
                for (int t = 0; t < pack.scenarios().get(s).stages().size(); t++) {
                    items.add(OutlineItem.stage(s, t));
                }
            }
            items.add(OutlineItem.of(Kind.REFERENCES));
            items.add(OutlineItem.of(Kind.CONFIDENCE));
            items.add(OutlineItem.of(Kind.MYTHS));
        }
        return items;
    }

    /** What the outline shows for an item of the pack. */
    static String label(Pack pack, OutlineItem item) {
        if (pack == null || item == null) {
            return "";
        }
        switch (item.kind()) {
            case DETAILS:
                return "Pack details";
            case REFERENCES:
                return "References (" + pack.references().size() + ")";
            case CONFIDENCE:
                return "Confidence statements (" + pack.exercises().confidenceItems().size() + ")";
            case MYTHS:
                return "Myth or fact (" + pack.exercises().mythOrFact().size() + ")";
            case SCENARIO:
                return (item.scenario() + 1) + ". " + orUntitled(pack.scenarios().get(item.scenario()).title());
            default:
                return orUntitled(pack.scenarios().get(item.scenario()).stages().get(item.stage()).title());
        }
    }

    /** The part of the pack a validator line such as {@code scenarios[2].stages[1]...} names, if any. */
    static Optional<OutlineItem> problemTarget(String line) {
        if (line.startsWith("references")) {
            return Optional.of(OutlineItem.of(Kind.REFERENCES));
        } else if (line.startsWith("metadata")) {
            return Optional.of(OutlineItem.of(Kind.DETAILS));
        } else if (line.startsWith("exercises.confidenceItems")) {
            return Optional.of(OutlineItem.of(Kind.CONFIDENCE));
        } else if (line.startsWith("exercises.mythOrFact")) {
            return Optional.of(OutlineItem.of(Kind.MYTHS));
        }
        Matcher m = SCENARIO_PLACE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int scenario = Integer.parseInt(m.group(1));
        return Optional.of(m.group(2) == null ? OutlineItem.scenario(scenario)
                : OutlineItem.stage(scenario, Integer.parseInt(m.group(2))));
    }

    private static String orUntitled(String title) {
        return title == null || title.isBlank() ? "(untitled)" : title;
    }
}
