package org.threshold.workshop.phones;

import java.util.List;
import java.util.Map;
import org.threshold.domain.BasisChoices;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.BasisLayer;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.domain.pack.TrustGridSettings;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.workshop.phones.RoomQuestion.Choice;
import org.threshold.workshop.phones.RoomQuestion.Scale;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.StandStep;

/** Which question the phones show at each step of a running workshop. Pure: the same step always gives the same question. */
public final class RoomQuestions {
    private RoomQuestions() {
    }

    public static RoomQuestion of(RunState state) {
        AgendaItem item = state.item();
        return switch (item.kind()) {
            case SCENARIO -> state.stage().map(stage -> decision(state, stage)).orElse(RoomQuestion.NOTHING);
            case QUIZ -> state.myth().map(myth -> new RoomQuestion(state.key(), QuestionKind.MYTH,
                    "Myth or fact \u00b7 " + (state.position().stageIndex() + 1) + " of "
                            + state.pack().exercises().mythOrFact().size(), myth.statement(), "",
                    List.of(new Choice(DeviceAnswerRules.MYTH, "Myth"), new Choice(DeviceAnswerRules.FACT, "Fact")),
                    List.of(), List.of(), List.of(), null)).orElse(RoomQuestion.NOTHING);
            case TRUST_EXERCISE -> trust(state);
            case CONFIDENCE_CHECK -> new RoomQuestion(state.key(), QuestionKind.CONFIDENCE, item.title(),
                    "How confident are you, from 1 to 5?", "", List.of(), List.of(), List.of(),
                    state.pack().exercises().confidenceItems().stream().map(c -> new Choice(c.id(), c.text())).toList(),
                    new Scale(1, 5, "not confident", "very confident"));
            case WHERE_WE_STAND -> stand(state);
            case OPEN_QUESTION -> new RoomQuestion(state.key(), QuestionKind.OPEN, "Open question", item.title(), "",
                    List.of(), List.of(), List.of(), List.of(), null);
            default -> RoomQuestion.NOTHING;
        };
    }

    private static RoomQuestion decision(RunState state, Stage stage) {
        Scenario scenario = state.scenario().orElseThrow();
        Decision decision = stage.decision();
        int index = state.position().stageIndex();
        Pack pack = state.pack();
        List<Choice> withWhom = decision.withWhom().stream()
                .map(id -> new Choice(id, pack.agency(id).map(a -> a.name()).orElse(id))).toList();
        return new RoomQuestion(state.key(), QuestionKind.DECISION,
                scenario.title() + " \u00b7 " + Stage.numbered(index + 1, stage.title()), decision.question(), stage.text(),
                decision.options().stream().map(o -> new Choice(o.id(), o.label())).toList(), withWhom, bases(pack),
                List.of(), null);
    }

    /**
     * The pack's first legal layer (the lawful basis) on a phone; ids are as a table decision
     * stores its basis ("article-6=public-task"), so phone and table answers read alike.
     */
    private static List<Choice> bases(Pack pack) {
        if (pack.basisLayers().isEmpty()) {
            return List.of();
        }
        BasisLayer layer = pack.basisLayers().get(0);
        return layer.choices().stream().map(b -> new Choice(new BasisChoices(Map.of(layer.kind(), b.id())).stored(),
                b.label())).toList();
    }

    /**
     * "Where we stand" asks its first two steps, the journey and the readiness statements; the
     * actions are agreed aloud. Stage and statement ids are the pack's, so phone and typed answers read alike.
     */
    private static RoomQuestion stand(RunState state) {
        WhereWeStand section = state.pack().whereWeStand();
        String heading = state.item().title();
        return switch (StandStep.at(state.position().stageIndex())) {
            case JOURNEY -> section.journey().isEmpty() ? RoomQuestion.NOTHING
                    : new RoomQuestion(state.key(), QuestionKind.JOURNEY, heading, section.journeyQuestion(), "",
                    section.journey().stream().map(s -> new Choice(s.id(), s.title() + ": " + s.description())).toList(),
                    List.of(), List.of(), List.of(), null);
            case READINESS -> section.statements().isEmpty() ? RoomQuestion.NOTHING
                    : new RoomQuestion(state.key(), QuestionKind.READINESS, heading, section.readinessQuestion(), "",
                    List.of(), List.of(), List.of(), section.statements().stream().map(s -> new Choice(s.id(), s.text()))
                    .toList(), new Scale(1, 5, "not in place", "in place and we can show it"));
            case ACTIONS -> RoomQuestion.NOTHING;
        };
    }

    private static RoomQuestion trust(RunState state) {
        TrustGridSettings grid = state.pack().exercises().trustGrid();
        List<Choice> agencies = state.agencies().stream().map(RoomQuestions::choice).toList();
        return new RoomQuestion(state.key(), QuestionKind.TRUST, state.item().title(), grid.question(), "", List.of(),
                List.of(), List.of(), agencies, new Scale(grid.scaleMin(), grid.scaleMax(), grid.lowLabel(), grid.highLabel()));
    }

    private static Choice choice(SessionAgency agency) {
        return new Choice(agency.code(), agency.name());
    }
}
