package org.threshold.ui.run.audience;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.threshold.domain.pack.OptionKind;
import org.threshold.workshop.results.ThresholdRow;

/** For each agency, what its majority would do at each stage, and the stage at which it would first share. */
final class ThresholdChartView extends GridPane {
    ThresholdChartView(List<ThresholdRow> rows, int stages) {
        getStyleClass().add("threshold-chart");
        add(Slide.label("", "chart-head"), 0, 0);
        for (int s = 0; s < stages; s++) {
            add(Slide.label("Stage " + (s + 1), "chart-head"), s + 1, 0);
        }
        add(Slide.label("Would share from", "chart-head"), stages + 1, 0);
        int row = 1;
        for (ThresholdRow agency : rows) {
            add(Slide.label(agency.label(), "results-agency"), 0, row);
            for (int s = 0; s < stages && s < agency.kinds().size(); s++) {
                OptionKind kind = agency.kinds().get(s);
                Label cell = Slide.label(word(kind), "chart-cell");
                if (kind != null) {
                    cell.getStyleClass().add("kind-" + kind.code().toLowerCase(Locale.ROOT));
                }
                add(cell, s + 1, row);
            }
            add(Slide.label(agency.neverShared() ? "Did not share" : "Stage " + (agency.firstShareStage() + 1),
                    "chart-first"), stages + 1, row);
            row++;
        }
    }

    /** Words, not colours, say what each cell means; the colour only helps the eye. */
    static String word(OptionKind kind) {
        if (kind == null) {
            return "\u2013";
        }
        return switch (kind) {
            case SHARE -> "Share";
            case WITHHOLD -> "Not yet";
            case SEEK_ADVICE -> "Advice";
            case SEEK_CONSENT -> "Consent";
        };
    }
}
