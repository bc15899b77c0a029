package org.threshold.ui.run.audience;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
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
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.results.DecisionAnalysis;
import org.threshold.workshop.results.DecisionResult;
import org.threshold.workshop.results.Divergence;
import org.threshold.workshop.results.ThresholdChart;

/** What the audience display shows at each step of the agenda. Results appear only once revealed. */
final class Slides {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    static final String GROUND_RULES = """
            Every case today is fictional; discuss the decision, never a real person.
            What is said in the room stays in the room.
            There are no wrong answers: we are here to see how each agency decides, and why.
            Results stay hidden until everyone has answered.""";

    private Slides() {
    }

    static Node forState(RunState state, List<Response> itemAnswers, List<Note> notes, Instant itemStartedAt,
                         Measures measures) {
        AgendaItem item = state.item();
        return switch (item.kind()) {
            case WELCOME -> new Slide(Dates.spoken(state.session().date()) + venue(state), state.session().title())
                    .add(Slide.label("Welcome. Our ground rules for today:", "slide-question"))
                    .body(GROUND_RULES.lines().map(line -> "\u2022 " + line).collect(Collectors.joining("\n")));
            case SCENARIO -> state.scenario().map(s -> state.isDebrief() ? debrief(state, s, itemAnswers)
                    : stage(state, s, itemAnswers)).orElseGet(() -> missing(item));
            case QUIZ -> state.myth().map(m -> MeasureSlides.myth(state, m, measures)).orElseGet(() -> missing(item));
            case TRUST_EXERCISE -> MeasureSlides.trust(state, measures);
            case CONFIDENCE_CHECK -> MeasureSlides.confidence(state, measures);
            case AGENCY_CARDS -> MeasureSlides.cards(state, measures);
            case BREAK -> new Slide("Break", item.title())
                    .body("Back at " + CLOCK.format(itemStartedAt.plusSeconds(60L * item.plannedMinutes())) + ".");
            case DISCUSSION -> new Slide("Discussion", item.title());
            case OPEN_QUESTION -> new Slide("Open question", item.title());
            case CLOSE -> close(item, notes);
        };
    }

    private static String venue(RunState state) {
        return state.session().venue().isBlank() ? "" : " \u00b7 " + state.session().venue();
    }

    private static Slide stage(RunState state, Scenario scenario, List<Response> answers) {
        int index = state.position().stageIndex();
        Stage stage = scenario.stages().get(index);
        Slide slide = new Slide(scenario.title() + " \u00b7 Stage " + (index + 1) + " of " + scenario.stages().size(),
                Stage.numbered(index + 1, stage.title())).body(stage.text());
        slide.add(Slide.label(stage.decision().question(), "slide-question"));
        if (state.isRevealed()) {
            slide.add(new ResultsChart(analysis(state).analyse(state.key(), scenario, forKey(state, answers))));
        } else {
            VBox options = new VBox();
            options.getStyleClass().add("slide-options");
            for (int i = 0; i < stage.decision().options().size(); i++) {
                options.getChildren().add(Slide.label(Slide.letter(i) + "   " + stage.decision().options().get(i).label(),
                        "slide-option"));
            }
            slide.add(options);
        }
        return slide;
    }

    private static Slide debrief(RunState state, Scenario scenario, List<Response> answers) {
        List<DecisionResult> stages = new ArrayList<>();
        DecisionAnalysis analysis = analysis(state);
        for (int s = 0; s < scenario.stages().size(); s++) {
            DecisionKey key = new DecisionKey(state.item().id(), s);
            stages.add(analysis.analyse(key, scenario, answers.stream().filter(r -> r.key().equals(key)).toList()));
        }
        Slide slide = new Slide(scenario.title(), "Debrief");
        if (state.isRevealed()) {
            slide.body(scenario.modelAnswer().text())
                    .muted("Sources: " + sources(state.pack(), scenario.modelAnswer().references()));
            return slide;
        }
        slide.add(new ThresholdChartView(ThresholdChart.of(stages), scenario.stages().size()));
        List<DecisionResult> divergent = Divergence.top(stages, 1);
        if (!divergent.isEmpty()) {
            DecisionResult most = divergent.get(0);
            slide.add(Slide.label("Agencies differed most at " + Stage.numbered(most.stageIndex() + 1, most.stageTitle()),
                    "slide-question"));
        }
        slide.body(scenario.debriefQuestions().stream().map(q -> "\u2022 " + q).collect(Collectors.joining("\n")));
        return slide;
    }

    private static Slide close(AgendaItem item, List<Note> notes) {
        List<String> actions = notes.stream().filter(n -> n.kind() == NoteKind.ACTION).map(n -> "\u2022 " + n.text()).toList();
        Slide slide = new Slide(item.title(), "What we will do next");
        return actions.isEmpty() ? slide.body("What will you do differently when you are back at work?")
                : slide.body(String.join("\n", actions));
    }

    private static Slide missing(AgendaItem item) {
        return new Slide(item.kind().label(), item.title())
                .muted("This item's content is not in the pack this workshop was planned with.");
    }

    static DecisionAnalysis analysis(RunState state) {
        return new DecisionAnalysis(state.agencies(), state.session().anonymityThreshold());
    }

    static List<Response> forKey(RunState state, List<Response> answers) {
        return answers.stream().filter(r -> r.key().equals(state.key())).toList();
    }

    static String sources(Pack pack, List<String> ids) {
        return ids.stream().map(id -> pack.reference(id).map(Slides::cite).orElse(id)).collect(Collectors.joining("; "));
    }

    private static String cite(Reference reference) {
        return reference.title() + " (" + reference.publisher() + ", " + reference.version() + ")";
    }
}
