package org.threshold.workshop.phones;

import java.util.List;
import java.util.Optional;
import org.threshold.domain.DecisionKey;

/**
 * The question on the phones now, as the room sees it: nothing a single agency holds, nothing
 * from the facilitator's notes, no results.
 *
 * @param key      the decision point answers are saved against; null when there is nothing to answer
 * @param heading  where the room is, such as "Scenario title · Stage 2 of 4"
 * @param prompt   the question itself
 * @param body     the text the room has just been shown, when the phone should repeat it
 * @param options  the answers to pick from (decision options, myth or fact)
 * @param withWhom the agencies the pack asks "with whom" about; empty when it does not ask
 * @param bases    the lawful bases the pack offers; empty when it does not ask
 * @param parts    the rows of a many-part question: agencies to rate, or statements to score
 * @param scale    the 1-5 scale's words at each end, for trust and confidence
 */
public record RoomQuestion(DecisionKey key, QuestionKind kind, String heading, String prompt, String body,
                           List<Choice> options, List<Choice> withWhom, List<Choice> bases, List<Choice> parts,
                           Scale scale) {
    /** Longest reason or open answer a phone may send, in characters. */
    public static final int MAX_TEXT = 280;

    public static final RoomQuestion NOTHING = new RoomQuestion(null, QuestionKind.NONE, "", "", "", List.of(),
            List.of(), List.of(), List.of(), null);

    public RoomQuestion {
        options = List.copyOf(options);
        withWhom = List.copyOf(withWhom);
        bases = List.copyOf(bases);
        parts = List.copyOf(parts);
        body = body == null ? "" : body;
    }

    /** A thing to pick, by id, with the words shown for it. */
    public record Choice(String id, String label) {
    }

    /** The ends of a 1-5 scale in words. */
    public record Scale(int min, int max, String low, String high) {
    }

    public boolean asksAnything() {
        return key != null && kind != QuestionKind.NONE;
    }

    public Optional<Choice> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The id phones send back to say which question they answered: "item.stage". */
    public String id() {
        return key == null ? "" : key.agendaItemId() + "." + key.stageIndex();
    }
}
