package org.threshold.ui.run.audience;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.workshop.Dates;
import org.threshold.workshop.results.DecisionAnalysis;
import org.threshold.workshop.results.DecisionResult;
import org.threshold.workshop.results.Divergence;
import org.threshold.workshop.results.Suppression;
import org.threshold.workshop.results.ThresholdChart;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;

/**
 * What the room sees at each step of the agenda, decided from the saved data alone. The rules
 * the room relies on live here: a step's results appear only while that step is revealed; what
 * only one agency knows (a stage's fragments) and the facilitator's notes are never read; a
 * blanked display shows nothing; and every figure goes through {@link Suppression}.
 */
public final class SlideContent {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    static final String GROUND_RULES = """
            Every case today is fictional; discuss the decision, never a real person.
            What is said in the room stays in the room.
            There are no wrong answers: we are here to see how each agency decides, and why.
            Results stay hidden until everyone has answered.""";

    private SlideContent() {
    }

    public static AudienceSlide of(AudienceInput input) {
        if (input.blanked() || input.state() == null) {
            return AudienceSlide.BLANK;
        }
        return PhoneContent.decorate(slide(input), input);
    }

    private static AudienceSlide slide(AudienceInput input) {
        RunState state = input.state();
        AgendaItem item = state.item();
        Measures measures = PhoneContent.measures(input);
        Suppression measured = PhoneContent.measureSuppression(input, suppression(state));
        return switch (item.kind()) {
            case WELCOME -> new SlideText(Dates.spoken(state.session().date()) + venue(state), state.session().title())
                    .question("Welcome. Our ground rules for today:")
                    .body(SlideText.bullets(GROUND_RULES.lines().toList())).slide();
            case SCENARIO -> state.scenario().map(s -> state.isDebrief() ? debrief(state, s, PhoneContent.answers(input))
                    : stage(input, s)).orElseGet(() -> missing(item));
            case QUIZ -> state.myth().map(m -> MeasureContent.myth(state, m, measures, measured)).orElseGet(() -> missing(item));
            case TRUST_EXERCISE -> MeasureContent.trust(state, measures, measured);
            case CONFIDENCE_CHECK -> MeasureContent.confidence(state, measures, measured);
            case AGENCY_CARDS -> MeasureContent.cards(state, measures);
            case BREAK -> new SlideText("Break", item.title()).body("Back at " + CLOCK.format(input.itemStartedAt()
                    .plusSeconds(60L * item.plannedMinutes()).atZone(input.zone())) + ".").slide();
            case DISCUSSION -> new SlideText("Discussion", item.title()).slide();
            case OPEN_QUESTION -> PhoneContent.openQuestion(input);
            case WHERE_WE_STAND -> StandContent.slide(StandSlideModel.of(state, PhoneContent.stand(input), input.notes(),
                    input.phones()));
            case CLOSE -> close(item, input.notes());
        };
    }

    private static String venue(RunState state) {
        return state.session().venue().isBlank() ? "" : " \u00b7 " + state.session().venue();
    }

    private static AudienceSlide stage(AudienceInput input, Scenario scenario) {
        RunState state = input.state();
        List<Response> answers = PhoneContent.answers(input);
        int index = state.position().stageIndex();
        Stage stage = scenario.stages().get(index);
        SlideText slide = new SlideText(scenario.title() + " \u00b7 Stage " + (index + 1) + " of " + scenario.stages().size(),
                Stage.numbered(index + 1, stage.title())).body(stage.text()).question(stage.decision().question());
        if (state.isRevealed()) {
            DecisionResult result = analysis(state).analyse(state.key(), scenario,
                    answers.stream().filter(r -> r.key().equals(state.key())).toList());
            return slide.add(ChartContent.decision(result, state.session().anonymityThreshold()))
                    .note(PhoneContent.sources(input, result)).slide();
        }
        List<String> letters = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < stage.decision().options().size(); i++) {
            letters.add(SlideText.letter(i));
            labels.add(stage.decision().options().get(i).label());
        }
        return slide.add(new SlideBlock.Options(letters, labels)).slide();
    }

    /**
     * Before R: the threshold chart and where agencies differed, from the stages revealed so far
     * (a stage never revealed stays out), and the questions. After R: the model answer.
     */
    private static AudienceSlide debrief(RunState state, Scenario scenario, List<Response> answers) {
        SlideText slide = new SlideText(scenario.title(), "Debrief");
        if (state.isRevealed()) {
            return slide.body(scenario.modelAnswer().text())
                    .note("Sources: " + sources(state.pack(), scenario.modelAnswer().references())).slide();
        }
        List<DecisionResult> stages = new ArrayList<>();
        DecisionAnalysis analysis = analysis(state);
        for (int s = 0; s < scenario.stages().size(); s++) {
            DecisionKey key = new DecisionKey(state.item().id(), s);
            List<Response> shown = state.revealed().contains(key)
                    ? answers.stream().filter(r -> r.key().equals(key)).toList() : List.of();
            stages.add(analysis.analyse(key, scenario, shown));
        }
        if (stages.stream().anyMatch(d -> !d.agencies().isEmpty())) {
            slide.add(ChartContent.threshold(ThresholdChart.of(stages), stages));
        }
        List<DecisionResult> divergent = Divergence.top(stages, 1);
        if (!divergent.isEmpty()) {
            DecisionResult most = divergent.get(0);
            slide.question("Agencies differed most at " + Stage.numbered(most.stageIndex() + 1, most.stageTitle()));
        }
        return slide.body(SlideText.bullets(scenario.debriefQuestions())).slide();
    }

    private static AudienceSlide close(AgendaItem item, List<Note> notes) {
        List<String> actions = notes.stream().filter(n -> n.kind() == NoteKind.ACTION).map(Note::text).toList();
        SlideText slide = new SlideText(item.title(), "What we will do next");
        return (actions.isEmpty() ? slide.body("What will you do differently when you are back at work?")
                : slide.body(SlideText.bullets(actions))).slide();
    }

    private static AudienceSlide missing(AgendaItem item) {
        return new SlideText(item.kind().label(), item.title())
                .note("This item's content is not in the pack this workshop was planned with.").slide();
    }

    static Suppression suppression(RunState state) {
        return Suppression.byHeadcount(state.agencies(), state.session().anonymityThreshold());
    }

    private static DecisionAnalysis analysis(RunState state) {
        return new DecisionAnalysis(suppression(state));
    }

    static String sources(Pack pack, List<String> ids) {
        return ids.stream().map(id -> pack.reference(id).map(SlideContent::cite).orElse(id))
                .collect(Collectors.joining("; "));
    }

    private static String cite(Reference reference) {
        return reference.title() + " (" + reference.publisher() + ", " + reference.version() + ")";
    }
}
