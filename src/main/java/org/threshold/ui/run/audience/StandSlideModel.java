package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.workshop.Dates;
import org.threshold.workshop.results.Suppression;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.JourneySpread;
import org.threshold.workshop.stand.StandAnalysis;
import org.threshold.workshop.stand.StandAnswers;
import org.threshold.workshop.stand.StandResults;
import org.threshold.workshop.stand.StandStep;
import org.threshold.workshop.stand.StatementResult;

/**
 * What the room sees of "Where we stand" at each step, decided without any JavaFX node so it can
 * be tested: the question and its choices until the facilitator reveals, then the suppressed
 * results; the actions as they are agreed. Nothing for the facilitator only ever appears here.
 *
 * @param prompts     numbered lines shown before the reveal: the stages, or the statements
 * @param journey     the revealed spread, or null
 * @param statements  the revealed distributions, empty before the reveal
 * @param weakest     the weakest statements' words, once the ratings have been revealed
 * @param discussion  the sentence that names agencies placing the partnership furthest apart, or empty
 * @param actions     the actions agreed at this item, with owner and date
 * @param notes       why some answers are not shown, and other plain lines
 */
public record StandSlideModel(String kicker, String heading, List<String> prompts, JourneySpread journey,
                              List<StatementResult> statements, List<String> weakest, String discussion,
                              List<String> actions, List<String> notes) {
    public StandSlideModel {
        prompts = List.copyOf(prompts);
        statements = List.copyOf(statements);
        weakest = List.copyOf(weakest);
        actions = List.copyOf(actions);
        // A figure that left nobody out has no "Not counted" line to give.
        notes = notes.stream().filter(note -> !note.isBlank()).toList();
    }

    public static StandSlideModel of(RunState state, StandAnswers answers, List<Note> notes) {
        return of(state, answers, notes, RoomPhones.NONE);
    }

    /**
     * With phones in the room: before the reveal the room is asked to answer on them, and a
     * revealed figure says how many of its shown answers came from phones, as a decision does.
     *
     * @param answers the typed answers with the phones' beside them
     */
    static StandSlideModel of(RunState state, StandAnswers answers, List<Note> notes, RoomPhones phones) {
        WhereWeStand section = state.pack().whereWeStand();
        StandStep step = StandStep.at(state.position().stageIndex());
        String kicker = state.item().title() + " \u00b7 " + (step.ordinal() + 1) + " of " + StandStep.values().length;
        if (!section.offered()) {
            return new StandSlideModel(kicker, step.heading(), List.of(), null, List.of(), List.of(), "", List.of(),
                    List.of("This workshop's content has no \u201cWhere we stand\u201d section."));
        }
        StandResults results = new StandAnalysis(section, SlideContent.suppression(state)).analyse(answers);
        return switch (step) {
            case JOURNEY -> journey(kicker, section, state, results, phones.on(),
                    StandSources.journey(answers, phones.answers(), state.key(), results.journey()));
            case READINESS -> readiness(kicker, section, state, results, phones.on(),
                    StandSources.readiness(answers, phones.answers(), state.key(), results));
            case ACTIONS -> actions(kicker, section, state, results, notes);
        };
    }

    /**
     * @param phonesOn whether the room may answer on phones
     * @param sources  how the shown answers were given, when phones gave some; empty otherwise
     */
    private static StandSlideModel journey(String kicker, WhereWeStand section, RunState state, StandResults results,
                                           boolean phonesOn, String sources) {
        if (!state.isRevealed()) {
            List<String> stages = new ArrayList<>();
            for (int i = 0; i < section.journey().size(); i++) {
                JourneyStage stage = section.journey().get(i);
                stages.add((i + 1) + ". " + stage.title() + ": " + stage.description());
            }
            return new StandSlideModel(kicker, section.journeyQuestion(), stages, null, List.of(), List.of(), "",
                    List.of(), List.of((phonesOn ? "Answer on your phone." : "Agree one stage at your table.")
                            + " Results stay hidden until everyone has answered."));
        }
        JourneySpread spread = results.journey();
        List<String> notes = new ArrayList<>();
        if (spread.isEmpty()) {
            notes.add("No answers entered yet.");
        }
        notes.add(sources);
        notes.add(Suppression.notCounted(spread.hiddenAgencies(), state.session().anonymityThreshold()));
        return new StandSlideModel(kicker, "Where each agency places us", List.of(), spread.isEmpty() ? null : spread,
                List.of(), List.of(), discussion(spread), List.of(), notes);
    }

    /** The agencies furthest apart, and the question that opens the discussion. */
    static String discussion(JourneySpread spread) {
        String apart = spread.disagreement();
        return spread.furthestApart().isPresent() ? apart + " What does each of you see that the other does not?" : apart;
    }

    /**
     * @param phonesOn whether the room may answer on phones
     * @param sources  how the shown answers were given, when phones gave some; empty otherwise
     */
    private static StandSlideModel readiness(String kicker, WhereWeStand section, RunState state, StandResults results,
                                             boolean phonesOn, String sources) {
        if (!state.isRevealed()) {
            List<String> statements = new ArrayList<>();
            for (int i = 0; i < section.statements().size(); i++) {
                statements.add((i + 1) + ". " + section.statements().get(i).text());
            }
            return new StandSlideModel(kicker, section.readinessQuestion(), statements, null, List.of(), List.of(), "",
                    List.of(), List.of((phonesOn ? "On your phone: " : "")
                            + "1 not in place \u00b7 3 partly \u00b7 5 in place and we can show it \u00b7 ? don't know"));
        }
        List<String> notes = new ArrayList<>();
        if (results.statements().isEmpty()) {
            notes.add("No ratings entered yet.");
        }
        notes.add(sources);
        notes.add(Suppression.notCounted(results.hiddenAgencies(), state.session().anonymityThreshold()));
        return new StandSlideModel(kicker, "How ready we are", List.of(), null, results.statements(), weakest(results), "",
                List.of(), notes);
    }

    private static StandSlideModel actions(String kicker, WhereWeStand section, RunState state, StandResults results,
                                           List<Note> notes) {
        boolean ratingsShown = state.revealed().contains(new DecisionKey(state.item().id(), StandStep.READINESS.ordinal()))
                || state.isRevealed();
        List<String> actions = notes.stream().filter(n -> n.kind() == NoteKind.ACTION && n.agendaItemId() == state.item().id())
                .map(n -> action(n, section, state.agencies())).toList();
        return new StandSlideModel(kicker, "What we will do about the weakest", List.of(), null, List.of(),
                ratingsShown ? weakest(results) : List.of(), "", actions,
                actions.isEmpty() ? List.of("For each: what, who owns it, and by when?") : List.of());
    }

    private static List<String> weakest(StandResults results) {
        return results.weakest().stream().map(StatementResult::text).toList();
    }

    /** "Publish one directory of contacts. Police, by 18 December 2026 (for: Staff can find ...)" */
    static String action(Note action, WhereWeStand section, List<SessionAgency> agencies) {
        StringBuilder line = new StringBuilder(action.text());
        String owner = agencies.stream().filter(a -> a.code().equals(action.ownerAgency())).map(SessionAgency::name)
                .findFirst().orElse(action.ownerAgency());
        if (!owner.isBlank() || action.due() != null) {
            line.append(" \u2014 ").append(owner.isBlank() ? "owner to agree" : owner);
            if (action.due() != null) {
                line.append(", by ").append(Dates.day(action.due()));
            }
        }
        section.statement(action.statementId()).map(ReadinessStatement::text)
                .ifPresent(text -> line.append("\n    for: ").append(text));
        return line.toString();
    }
}
