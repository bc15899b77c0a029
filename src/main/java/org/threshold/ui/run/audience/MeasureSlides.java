package org.threshold.ui.run.audience;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.AgencyPrompt;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.TrustGridSettings;
import org.threshold.workshop.results.Asymmetry;
import org.threshold.workshop.results.ConfidenceShift;
import org.threshold.workshop.results.MeasureAnalysis;
import org.threshold.workshop.results.MythBreakdown;
import org.threshold.workshop.results.TrustAnalysis;
import org.threshold.workshop.results.TrustResults;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.MeasuresRunner;
import org.threshold.workshop.run.RunState;

/**
 * The trust grid, confidence check, myth-or-fact and agency cards on the projector: the
 * question until the facilitator presses R, then the room's answers, after suppression.
 */
final class MeasureSlides {
    static final int GAPS = 3;

    private MeasureSlides() {
    }

    static Slide trust(RunState state, Measures measures) {
        AgendaItem item = state.item();
        TrustGridSettings grid = state.pack().exercises().trustGrid();
        if (!state.isRevealed()) {
            return new Slide("Trust grid", grid.question())
                    .body("Rate every other agency from " + grid.scaleMin() + " (" + grid.lowLabel() + ") to "
                            + grid.scaleMax() + " (" + grid.highLabel() + ").")
                    .muted(item.title());
        }
        MeasurePhase phase = MeasuresRunner.phaseOf(item);
        // The baseline slide shows the baseline even when the follow-up has been entered since.
        List<TrustRating> ratings = phase == MeasurePhase.BASELINE ? measures.trust(MeasurePhase.BASELINE) : measures.trust();
        TrustResults results = new TrustAnalysis(state.agencies(), state.session().anonymityThreshold()).analyse(ratings);
        Slide slide = new Slide(item.title(), phase == MeasurePhase.BASELINE ? "How far each agency trusts the others"
                : "How trust between agencies changed today");
        if (results.isEmpty()) {
            return slide.muted("No ratings entered yet.");
        }
        slide.add(Slide.label(average(results, phase), "trust-average"));
        slide.add(legend(grid, phase));
        slide.add(new TrustHeatmap(results, phase));
        List<Asymmetry> gaps = results.asymmetries().stream().filter(a -> a.phase() == phase && a.gap() >= 1)
                .sorted(Comparator.comparingDouble(Asymmetry::gap).reversed()).limit(GAPS).toList();
        if (!gaps.isEmpty()) {
            slide.add(Slide.label(gaps.stream().map(MeasureSlides::gap).collect(Collectors.joining("\n")), "trust-gaps"));
        }
        // Counted for the phase on screen only: the follow-up slide would otherwise count each hidden cell twice.
        int hidden = phase == MeasurePhase.BASELINE ? results.hiddenRatings()
                : new TrustAnalysis(state.agencies(), state.session().anonymityThreshold())
                        .analyse(measures.trust(MeasurePhase.FOLLOW_UP)).hiddenRatings();
        if (hidden > 0) {
            slide.muted(hidden + (hidden == 1 ? " rating" : " ratings") + " not shown: too few people to stay anonymous.");
        }
        return slide;
    }

    private static String average(TrustResults results, MeasurePhase phase) {
        if (phase == MeasurePhase.BASELINE || results.meanBaseline() == null || results.meanFollowUp() == null) {
            Double mean = phase == MeasurePhase.BASELINE ? results.meanBaseline() : results.meanFollowUp();
            return mean == null ? "" : "Average trust: " + TrustHeatmap.mean(mean);
        }
        return "Average trust: " + TrustHeatmap.mean(results.meanBaseline()) + " at the start, "
                + TrustHeatmap.mean(results.meanFollowUp()) + " now (" + TrustHeatmap.change(
                results.meanFollowUp() - results.meanBaseline()) + ")";
    }

    private static HBox legend(TrustGridSettings grid, MeasurePhase phase) {
        HBox legend = new HBox();
        legend.getStyleClass().add("trust-legend");
        for (int score = 1; score <= 5; score++) {
            String words = score == 1 ? " " + grid.lowLabel() : score == 5 ? " " + grid.highLabel() : "";
            legend.getChildren().add(Slide.label(score + words, "legend-item"));
            legend.getChildren().get(score - 1).getStyleClass().add("ramp-" + score);
        }
        if (phase == MeasurePhase.FOLLOW_UP) {
            legend.getChildren().add(Slide.label(TrustHeatmap.UP + " up  " + TrustHeatmap.DOWN + " down  since the start",
                    "trust-key"));
        }
        return legend;
    }

    /** "Police trusts Housing 4; Housing trusts Police only 2." The higher side first. */
    static String gap(Asymmetry a) {
        boolean aHigher = a.aToB() >= a.bToA();
        String high = aHigher ? a.aLabel() : a.bLabel();
        String low = aHigher ? a.bLabel() : a.aLabel();
        return "\u2022 " + high + " trusts " + low + " " + TrustHeatmap.number(Math.max(a.aToB(), a.bToA())) + "; "
                + low + " trusts " + high + " only " + TrustHeatmap.number(Math.min(a.aToB(), a.bToA())) + ".";
    }

    static Slide confidence(RunState state, Measures measures) {
        AgendaItem item = state.item();
        Exercises exercises = state.pack().exercises();
        if (!state.isRevealed()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < exercises.confidenceItems().size(); i++) {
                text.append(i + 1).append(". ").append(exercises.confidenceItems().get(i).text()).append('\n');
            }
            return new Slide(item.title(), "How confident are you, from 1 to 5?").body(text.toString().strip());
        }
        MeasurePhase phase = MeasuresRunner.phaseOf(item);
        int threshold = state.session().anonymityThreshold();
        List<ConfidenceRating> ratings = phase == MeasurePhase.BASELINE ? measures.confidence().stream()
                .filter(r -> r.phase() == MeasurePhase.BASELINE).toList() : measures.confidence();
        List<ConfidenceShift> shifts = new MeasureAnalysis(threshold).confidence(exercises.confidenceItems(), ratings);
        Slide slide = new Slide(item.title(), phase == MeasurePhase.BASELINE ? "How confident we are"
                : "How our confidence moved today");
        if (shifts.isEmpty()) {
            return slide.muted("No answers entered yet.");
        }
        slide.muted("How many of us gave each score, from 1 (not confident) to 5 (very confident).");
        return slide.add(new ConfidenceShiftView(shifts, phase, threshold));
    }

    static Slide myth(RunState state, MythItem myth, Measures measures) {
        int index = state.position().stageIndex();
        Slide slide = new Slide("Myth or fact \u00b7 " + (index + 1) + " of " + state.pack().exercises().mythOrFact().size(),
                myth.statement());
        if (!state.isRevealed()) {
            return slide.muted("Myth or fact? Agree at your table.");
        }
        VBox answer = new VBox();
        answer.getStyleClass().add("myth-answer");
        answer.getChildren().addAll(Slide.label(myth.isMyth() ? "Myth" : "Fact", "slide-verdict"),
                Slide.label(myth.explanation(), "slide-body"));
        List<MythAnswer> round = measures.myths(MeasuresRunner.phaseOf(state.item()));
        MythBreakdown answers = MythBreakdown.of(myth, round, state.agencies(), state.session().anonymityThreshold());
        if (answers.agencies().isEmpty()) {
            slide.add(answer);
        } else {
            MythAnswersView room = new MythAnswersView(answers);
            HBox.setHgrow(room, Priority.ALWAYS);
            HBox columns = new HBox(answer, room);
            columns.getStyleClass().add("myth-columns");
            slide.add(columns);
        }
        // Sources can run to several lines: across the whole width they take the fewest.
        return slide.muted("Source: " + Slides.sources(state.pack(), myth.references()));
    }

    static Slide cards(RunState state, Measures measures) {
        AgendaItem item = state.item();
        List<AgencyPrompt> prompts = state.pack().exercises().agencyPrompts();
        if (!state.isRevealed() || measures.cards().isEmpty()) {
            Slide slide = new Slide(item.title(), "What I need you to know about my agency")
                    .body(prompts.stream().map(p -> "\u2022 " + p.text()).collect(Collectors.joining("\n")));
            return state.isRevealed() ? slide.muted("No cards entered yet.") : slide;
        }
        List<String> headings = prompts.size() == 3 ? prompts.stream().map(AgencyPrompt::text).toList()
                : List.of("What we can share", "What we cannot share, and why", "How to reach us");
        List<AgencyCard> ordered = measures.cards().stream().sorted(Comparator.comparingInt(c -> order(state, c))).toList();
        return new Slide(item.title(), "What we need you to know about us")
                .add(new AgencyCardsView(ordered, state.agencies(), headings));
    }

    private static int order(RunState state, AgencyCard card) {
        List<SessionAgency> agencies = state.agencies();
        for (int i = 0; i < agencies.size(); i++) {
            if (agencies.get(i).code().equals(card.agencyCode())) {
                return i;
            }
        }
        return agencies.size();
    }
}
