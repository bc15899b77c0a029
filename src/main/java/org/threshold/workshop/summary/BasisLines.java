package org.threshold.workshop.summary;

import java.util.ArrayList;
import java.util.List;
import org.threshold.domain.BasisChoices;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.Pack;
import org.threshold.report.SessionSummary;
import org.threshold.workshop.results.DecisionResult;

/**
 * The legal answers of a decision in words, one per layer (the lawful basis "Public task"), in
 * a fixed order, for the summary: what each table chose, and what the debrief expects.
 */
final class BasisLines {
    private final Pack pack;

    BasisLines(Pack pack) {
        this.pack = pack;
    }

    /** A table's stored answers; an id the content no longer offers is shown as it was stored. */
    List<SessionSummary.BasisAnswer> chosen(String stored) {
        BasisChoices choices = BasisChoices.parse(stored);
        List<SessionSummary.BasisAnswer> lines = new ArrayList<>();
        for (BasisLayerKind layer : BasisLayerKind.values()) {
            choices.choice(layer).ifPresent(id -> lines.add(line(layer, List.of(id))));
        }
        return lines;
    }

    /** What the stage's guidance expects, layer by layer; empty when it does not say. */
    List<SessionSummary.BasisAnswer> expected(DecisionResult d) {
        List<SessionSummary.BasisAnswer> lines = new ArrayList<>();
        pack.scenario(d.scenarioId()).map(s -> s.stages().get(d.stageIndex()).decision().guidance())
                .ifPresent(g -> g.bases().forEach((layer, ids) -> lines.add(line(layer, ids))));
        return lines;
    }

    private SessionSummary.BasisAnswer line(BasisLayerKind layer, List<String> ids) {
        return new SessionSummary.BasisAnswer(layer, String.join(" or ",
                ids.stream().map(id -> pack.basisLabel(layer, id)).toList()));
    }
}
