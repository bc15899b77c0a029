package org.threshold.workshop.summary;

import java.util.List;
import java.util.function.Function;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.Pack;
import org.threshold.report.SessionSummary;
import org.threshold.report.Texts;
import org.threshold.workshop.results.ConfidenceShift;
import org.threshold.workshop.results.KnowledgeChange;
import org.threshold.workshop.results.MythResult;
import org.threshold.workshop.results.MythRound;
import org.threshold.workshop.results.Suppression;
import org.threshold.workshop.results.TrustCell;
import org.threshold.workshop.results.TrustResults;

/** The measured exercises in the report's terms. */
final class MeasuresMapper {
    private MeasuresMapper() {
    }

    /**
     * @param ratings the ratings as saved, for their comments
     * @param agency  an agency's name from its code
     */
    static SessionSummary.Trust trust(TrustResults trust, List<TrustRating> ratings, Pack pack, int threshold,
                                      boolean includeNotes, Function<String, String> agency) {
        String question = pack.exercises().trustGrid() == null ? ""
                : pack.exercises().trustGrid().question();
        List<SessionSummary.TrustRow> cells = trust.cells().stream().map(c -> new SessionSummary.TrustRow(c.fromLabel(),
                c.toLabel(), c.baseline(), c.followUp(), c.change(), c.baselineN(), c.followUpN(), c.baselineDontKnow(),
                c.followUpDontKnow())).toList();
        List<SessionSummary.TrustGap> gaps = trust.asymmetries().stream().map(a -> new SessionSummary.TrustGap(
                a.aLabel(), a.bLabel(), a.aToB(), a.bToA(), a.phase().label())).toList();
        String hidden = trust.hiddenRatings() == 0 ? "" : Texts.plural(trust.hiddenRatings(), "rating", "ratings")
                + " from agencies with fewer than " + threshold + " people, even combined, are not shown.";
        List<SessionSummary.TrustComment> comments = includeNotes ? comments(trust, ratings, agency) : List.of();
        return new SessionSummary.Trust(question, trust.raters().stream().map(TrustResults.AgencyLabel::label).toList(),
                trust.rated().stream().map(TrustResults.AgencyLabel::label).toList(), cells, gaps,
                trust.meanBaseline(), trust.meanFollowUp(), trust.dontKnow(MeasurePhase.BASELINE),
                trust.dontKnow(MeasurePhase.FOLLOW_UP), hidden, comments);
    }

    /** Comments only from raters shown on their own in that cell: a small agency's words could identify it. */
    private static List<SessionSummary.TrustComment> comments(TrustResults trust, List<TrustRating> ratings,
                                                              Function<String, String> agency) {
        return ratings.stream().filter(r -> !r.comment().isBlank())
                .filter(r -> trust.cell(r.fromAgency(), r.toAgency()).map(c -> shown(c, r.phase())).orElse(false))
                .map(r -> new SessionSummary.TrustComment(agency.apply(r.fromAgency()), agency.apply(r.toAgency()),
                        r.phase().label(), r.comment()))
                .toList();
    }

    private static boolean shown(TrustCell cell, MeasurePhase phase) {
        return (phase == MeasurePhase.BASELINE ? cell.baseline() : cell.followUp()) != null;
    }

    static List<SessionSummary.ConfidenceRow> confidence(List<ConfidenceShift> shifts, int threshold) {
        return shifts.stream().map(s -> new SessionSummary.ConfidenceRow(s.text(), s.before(), s.after(), s.nBefore(),
                s.nAfter(), s.meanBefore(), s.meanAfter(), s.shift(), s.suppressed(), s.hiddenAgencies(),
                Suppression.notCounted(s.hiddenAgencies(), threshold))).toList();
    }

    static List<SessionSummary.MythRow> myths(List<MythResult> myths, int threshold) {
        return myths.stream().map(m -> new SessionSummary.MythRow(m.statement(), m.isMyth(), score(m.before()),
                score(m.after()), m.change(), m.explanation(), Suppression.notCounted(
                        Math.max(m.before().hiddenAgencies(), m.after().hiddenAgencies()), threshold))).toList();
    }

    static List<SessionSummary.KnowledgeRow> knowledge(List<KnowledgeChange> knowledge) {
        return knowledge.stream().map(k -> new SessionSummary.KnowledgeRow(k.label(), k.combined(), score(k.before()),
                score(k.after()), k.change())).toList();
    }

    private static SessionSummary.MythScore score(MythRound round) {
        return new SessionSummary.MythScore(round.correct(), round.total(), round.share(), round.hiddenAgencies());
    }
}
