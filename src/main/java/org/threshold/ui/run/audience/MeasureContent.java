package org.threshold.ui.run.audience;

import java.util.Comparator;
import java.util.List;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.AgencyPrompt;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.TrustGridSettings;
import org.threshold.ui.run.audience.SlideBlock.Card;
import org.threshold.ui.run.audience.SlideBlock.Cards;
import org.threshold.ui.run.audience.SlideBlock.Verdict;
import org.threshold.workshop.results.Asymmetry;
import org.threshold.workshop.results.ConfidenceShift;
import org.threshold.workshop.results.MeasureAnalysis;
import org.threshold.workshop.results.MythBreakdown;
import org.threshold.workshop.results.Suppression;
import org.threshold.workshop.results.TrustAnalysis;
import org.threshold.workshop.results.TrustResults;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.MeasuresRunner;
import org.threshold.workshop.run.RunState;

/**
 * The trust grid, confidence check, myth-or-fact and agency cards on the projector: the
 * question until the facilitator presses R, then the room's answers, after suppression.
 */
final class MeasureContent {
    static final int GAPS = 3;

    private MeasureContent() {
    }

    static AudienceSlide trust(RunState state, Measures measures, Suppression suppression) {
        AgendaItem item = state.item();
        TrustGridSettings grid = state.pack().exercises().trustGrid();
        if (!state.isRevealed()) {
            return new SlideText("Trust grid", grid.question())
                    .body("Rate every other agency from " + grid.scaleMin() + " (" + grid.lowLabel() + ") to "
                            + grid.scaleMax() + " (" + grid.highLabel() + ").")
                    .note(item.title()).slide();
        }
        MeasurePhase phase = MeasuresRunner.phaseOf(item);
        // The baseline slide shows the baseline even when the follow-up has been entered since.
        List<TrustRating> ratings = phase == MeasurePhase.BASELINE ? measures.trust(MeasurePhase.BASELINE) : measures.trust();
        TrustResults results = new TrustAnalysis(state.agencies(), suppression).analyse(ratings);
        SlideText slide = new SlideText(item.title(), phase == MeasurePhase.BASELINE
                ? "How far each agency trusts the others" : "How trust between agencies changed today");
        if (results.isEmpty()) {
            return slide.note("No ratings entered yet.").slide();
        }
        slide.summary(TrustContent.average(results, phase));
        slide.add(TrustContent.heatmap(results, phase, grid));
        List<Asymmetry> gaps = results.asymmetries().stream().filter(a -> a.phase() == phase && a.gap() >= 1)
                .sorted(Comparator.comparingDouble(Asymmetry::gap).reversed()).limit(GAPS).toList();
        if (!gaps.isEmpty()) {
            slide.note(SlideText.bullets(gaps.stream().map(TrustContent::gap).toList()));
        }
        // Counted for the phase on screen only: the follow-up slide would otherwise count each hidden cell twice.
        int hidden = phase == MeasurePhase.BASELINE ? results.hiddenRatings()
                : new TrustAnalysis(state.agencies(), suppression).analyse(measures.trust(MeasurePhase.FOLLOW_UP))
                .hiddenRatings();
        if (hidden > 0) {
            slide.note("Not shown: " + (hidden == 1 ? "1 rating" : hidden + " ratings") + " from agencies with fewer than "
                    + suppression.threshold() + " people, too few to stay anonymous.");
        }
        return slide.slide();
    }

    static AudienceSlide confidence(RunState state, Measures measures, Suppression suppression) {
        AgendaItem item = state.item();
        Exercises exercises = state.pack().exercises();
        if (!state.isRevealed()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < exercises.confidenceItems().size(); i++) {
                text.append(i + 1).append(". ").append(exercises.confidenceItems().get(i).text()).append('\n');
            }
            return new SlideText(item.title(), "How confident are you, from 1 to 5?").body(text.toString().strip()).slide();
        }
        MeasurePhase phase = MeasuresRunner.phaseOf(item);
        List<ConfidenceRating> ratings = phase == MeasurePhase.BASELINE ? measures.confidence().stream()
                .filter(r -> r.phase() == MeasurePhase.BASELINE).toList() : measures.confidence();
        List<ConfidenceShift> shifts = new MeasureAnalysis(suppression).confidence(exercises.confidenceItems(), ratings);
        SlideText slide = new SlideText(item.title(), phase == MeasurePhase.BASELINE ? "How confident we are"
                : "How our confidence moved today");
        if (shifts.isEmpty()) {
            return slide.note("No answers entered yet.").slide();
        }
        slide.note(phase == MeasurePhase.BASELINE
                ? "How many of us gave each score, from 1 (not confident) to 5 (very confident)."
                : "How many of us gave each score now, from 1 to 5, and how far the average moved since the start.");
        slide.add(TrustContent.confidence(shifts, phase, suppression.threshold()));
        int hidden = shifts.stream().mapToInt(ConfidenceShift::hiddenAgencies).max().orElse(0);
        return slide.note(Suppression.notCounted(hidden, suppression.threshold())).slide();
    }

    static AudienceSlide myth(RunState state, MythItem myth, Measures measures, Suppression suppression) {
        int index = state.position().stageIndex();
        SlideText slide = new SlideText("Myth or fact \u00b7 " + (index + 1) + " of "
                + state.pack().exercises().mythOrFact().size(), myth.statement());
        if (!state.isRevealed()) {
            return slide.note("Myth or fact? Agree at your table.").slide();
        }
        // The round this item runs: the room sees its own answers before the day's work, or after it.
        MythBreakdown answers = MythBreakdown.of(myth, measures.myths(MeasuresRunner.phaseOf(state.item())),
                suppression);
        boolean none = answers.agencies().isEmpty() && answers.hiddenAgencies() == 0;
        slide.add(new Verdict(myth.isMyth() ? "Myth" : "Fact", myth.explanation(),
                none ? null : ChartContent.myth(answers, state.session().anonymityThreshold())));
        return slide.note("Source: " + SlideContent.sources(state.pack(), myth.references())).slide();
    }

    static AudienceSlide cards(RunState state, Measures measures) {
        AgendaItem item = state.item();
        List<AgencyPrompt> prompts = state.pack().exercises().agencyPrompts();
        if (!state.isRevealed() || measures.cards().isEmpty()) {
            SlideText slide = new SlideText(item.title(), "What I need you to know about my agency")
                    .body(SlideText.bullets(prompts.stream().map(AgencyPrompt::text).toList()));
            return (state.isRevealed() ? slide.note("No cards entered yet.") : slide).slide();
        }
        List<String> headings = prompts.size() == 3 ? prompts.stream().map(AgencyPrompt::text).toList()
                : List.of("What we can share", "What we cannot share, and why", "How to reach us");
        List<Card> cards = measures.cards().stream().sorted(Comparator.comparingInt(c -> order(state, c)))
                .map(c -> card(c, state.agencies(), headings)).toList();
        return new SlideText(item.title(), "What we need you to know about us").add(new Cards(cards)).slide();
    }

    private static Card card(AgencyCard card, List<SessionAgency> agencies, List<String> headings) {
        String name = agencies.stream().filter(a -> a.code().equals(card.agencyCode())).map(SessionAgency::name)
                .findFirst().orElse(card.agencyCode());
        String[] texts = {card.canShare(), card.cannotShare(), card.reachUs()};
        List<String> shownHeadings = new java.util.ArrayList<>();
        List<String> shownTexts = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isBlank()) {
                shownHeadings.add(headings.get(i));
                shownTexts.add(texts[i]);
            }
        }
        return new Card(card.agencyCode(), name, shownHeadings, shownTexts);
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
