package org.threshold.report;

import java.time.LocalDate;
import java.util.List;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.OptionKind;

/**
 * What a session summary says, already analysed and suppressed for small numbers: every writer
 * renders this and nothing else, so the PDF, Word, HTML, Markdown and CSV exports agree. Text
 * is as the facilitator typed it; each writer escapes it for its own format.
 */
public record SessionSummary(
        Cover cover,
        List<AgendaRow> agenda,
        List<ScenarioSection> scenarios,
        List<DivergencePoint> divergences,
        Notes notes,
        Trust trust,
        List<ConfidenceRow> confidence,
        List<MythRow> myths,
        List<KnowledgeRow> knowledge,
        List<CardRow> agencyCards,
        Answering answering,
        StandSummary stand) {

    public SessionSummary {
        knowledge = List.copyOf(knowledge);
        agencyCards = List.copyOf(agencyCards);
        agenda = List.copyOf(agenda);
        scenarios = List.copyOf(scenarios);
        divergences = List.copyOf(divergences);
        confidence = List.copyOf(confidence);
        myths = List.copyOf(myths);
        stand = stand == null ? StandSummary.NONE : stand;
    }

    /** A summary with no "Where we stand" part. */
    public SessionSummary(Cover cover, List<AgendaRow> agenda, List<ScenarioSection> scenarios,
                          List<DivergencePoint> divergences, Notes notes, Trust trust, List<ConfidenceRow> confidence,
                          List<MythRow> myths, List<KnowledgeRow> knowledge, List<CardRow> agencyCards,
                          Answering answering) {
        this(cover, agenda, scenarios, divergences, notes, trust, confidence, myths, knowledge, agencyCards, answering,
                StandSummary.NONE);
    }

    /** Who, where and when; agencies with headcounts, never participants' names. */
    public record Cover(String title, LocalDate date, String dateText, String venue, String facilitators,
                        List<AgencyCount> agencies, String content, String sessionUid, int anonymityThreshold,
                        boolean notesIncluded, String generatedOn) {
        public Cover {
            agencies = List.copyOf(agencies);
        }

        public int participants() {
            return agencies.stream().mapToInt(AgencyCount::headcount).sum();
        }
    }

    public record AgencyCount(String name, int headcount) {
    }

    /** An agenda item as run: times are local clock times such as "09:30", empty when not run. */
    public record AgendaRow(String title, String kind, int plannedMinutes, String started, String ended,
                            Integer actualMinutes) {
    }

    public record ScenarioSection(String title, String summary, List<StageSection> stages,
                                  List<ChartRow> thresholdChart, String modelAnswer, List<NoteLine> debrief) {
        public ScenarioSection {
            stages = List.copyOf(stages);
            thresholdChart = List.copyOf(thresholdChart);
            debrief = List.copyOf(debrief);
        }
    }

    /**
     * One decision point.
     *
     * @param totals         answers per option over the rows shown (hidden agencies never included)
     * @param hiddenNote     why some answers are not shown, or empty
     * @param appropriate    the option labels the content calls appropriate here, joined; may be empty
     * @param guidanceBases  the answers the debrief expects to each legal question; empty when the
     *                       content does not say
     * @param requester      who asked, when the stage is about what to tell them; empty otherwise
     * @param decidedBy      the agency the question is about, when every agency said what it would want
     *                       that agency to do; empty otherwise
     * @param reasons        table decisions from agencies shown on their own; their free-text rationale is
     *                       empty when free text is left out
     */
    public record StageSection(int number, String title, String question, List<OptionHeading> options,
                               List<AgencyRow> rows, List<Integer> totals, String hiddenNote, double divergence,
                               String appropriate, List<BasisAnswer> guidanceBases, String requester, String decidedBy,
                               List<Reason> reasons) {
        public StageSection {
            options = List.copyOf(options);
            rows = List.copyOf(rows);
            totals = List.copyOf(totals);
            guidanceBases = List.copyOf(guidanceBases);
            reasons = List.copyOf(reasons);
        }

        public int totalAnswers() {
            return totals.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** @param kind null when the option is no longer in the content */
    public record OptionHeading(String label, OptionKind kind) {
    }

    /**
     * @param majority the leading option's label, or "Tie: X and Y" naming every option tied
     * @param leaders  the leading option's place among the options (0-based), or every tied option's
     */
    public record AgencyRow(String agency, boolean combined, List<Integer> counts, int total, String majority,
                            OptionKind majorityKind, List<Integer> leaders) {
        public AgencyRow {
            counts = List.copyOf(counts);
            leaders = List.copyOf(leaders);
        }
    }

    /** An answer to one legal question of a decision, e.g. the lawful basis "Public task". */
    public record BasisAnswer(BasisLayerKind layer, String choice) {
        @Override
        public String toString() {
            return layer.shortLabel() + ": " + choice;
        }
    }

    /** @param bases the table's answer to each legal question it answered */
    public record Reason(String agency, String option, String withWhom, List<BasisAnswer> bases, String rationale) {
        public Reason {
            bases = List.copyOf(bases);
        }
    }

    /**
     * A threshold chart row: the majority kind at each stage (null where not shown or split), the
     * stages (1-based) where the agency tied between kinds, and the first stage at which it was to
     * share (1-based), or 0 for never.
     */
    public record ChartRow(String agency, List<OptionKind> kinds, List<Integer> splitStages, int firstShareStage) {
        public ChartRow {
            kinds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(kinds));
            splitStages = List.copyOf(splitStages);
        }
    }

    public record DivergencePoint(String scenario, int stage, String stageTitle, double divergence, String split) {
    }

    /** Notes by kind; all empty when the facilitator chose to leave free text out. */
    public record Notes(List<NoteLine> keyLearning, List<NoteLine> discussion, List<NoteLine> actions,
                        List<NoteLine> barriers, List<NoteLine> parkingLot) {
        public Notes {
            keyLearning = List.copyOf(keyLearning);
            discussion = List.copyOf(discussion);
            actions = List.copyOf(actions);
            barriers = List.copyOf(barriers);
            parkingLot = List.copyOf(parkingLot);
        }

        public static Notes none() {
            return new Notes(List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /** @param where the agenda item it was taken in, or "Whole session"; @param owner for actions */
    public record NoteLine(String text, String where, String owner) {
    }

    /**
     * @param dontKnowBefore people, over the shown cells, who said "don't know / no contact" at the start
     * @param comments       what would raise trust, per pair; free text, so empty when notes are left out
     */
    public record Trust(String question, List<String> raters, List<String> rated, List<TrustRow> cells,
                        List<TrustGap> asymmetries, Double meanBefore, Double meanAfter, int dontKnowBefore,
                        int dontKnowAfter, String hiddenNote, List<TrustComment> comments) {
        public Trust {
            raters = List.copyOf(raters);
            rated = List.copyOf(rated);
            cells = List.copyOf(cells);
            asymmetries = List.copyOf(asymmetries);
            comments = List.copyOf(comments);
        }

        public java.util.Optional<TrustRow> cell(String from, String to) {
            return cells.stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst();
        }
    }

    /** @param dontKnowBefore people who said "don't know / no contact": never part of a mean */
    public record TrustRow(String from, String to, Double before, Double after, Double change, int nBefore, int nAfter,
                           int dontKnowBefore, int dontKnowAfter) {
    }

    public record TrustGap(String a, String b, double aToB, double bToA, String phase) {
    }

    /** What would raise {@code from}'s trust in {@code to}, as typed in the grid; {@code phase} is "Before" or "After". */
    public record TrustComment(String from, String to, String phase, String text) {
    }

    /**
     * @param before     people per score 1-5 (index 0 is score 1), over the agencies that may be shown
     * @param hiddenNote which agencies the figures leave out, or empty
     */
    public record ConfidenceRow(String item, List<Integer> before, List<Integer> after, int nBefore, int nAfter,
                                Double meanBefore, Double meanAfter, Double shift, boolean suppressed,
                                int hiddenAgencies, String hiddenNote) {
        public ConfidenceRow {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** An agency's "what I need you to know about my agency" card; free text, so left out with the notes. */
    public record CardRow(String agency, String canShare, String cannotShare, String reachUs) {
    }

    /**
     * Right answers in one round, over the agencies that may be shown: the same figure as on the
     * projector. {@code share} is null when no agency could be shown or none answered.
     *
     * @param hiddenAgencies agencies that answered but are left out, too small to show even combined
     */
    public record MythScore(int correct, int total, Double share, int hiddenAgencies) {
        public boolean ran() {
            return total > 0 || hiddenAgencies > 0;
        }
    }

    /**
     * A myth-or-fact statement in the round before the day's work and the round after.
     *
     * @param hiddenNote which agencies the figures leave out, or empty
     */
    public record MythRow(String statement, boolean isMyth, MythScore before, MythScore after, Double change,
                          String explanation, String hiddenNote) {
    }

    /** One agency's (or the combined small agencies') right answers over every statement, before and after. */
    public record KnowledgeRow(String agency, boolean combined, MythScore before, MythScore after, Double change) {
    }

    /**
     * How the room answered: for each question, how many people answered and through which
     * sources; and each open question with the answers the facilitator approved.
     */
    public record Answering(List<AnsweredRow> questions, List<OpenQuestion> openQuestions) {
        public Answering {
            questions = List.copyOf(questions);
            openQuestions = List.copyOf(openQuestions);
        }
    }

    /**
     * @param people  everyone who answered: typed counts (a table counts as its headcount) and phones
     * @param phones  how many of them answered on their own phone, each phone once
     * @param sources in words: "Show of hands, phones"
     */
    public record AnsweredRow(String item, String question, int people, int phones, String sources) {
    }

    /** @param approved the answers the room saw; empty when free text is left out of the export */
    public record OpenQuestion(String question, int answered, List<String> approved) {
        public OpenQuestion {
            approved = List.copyOf(approved);
        }
    }
}
