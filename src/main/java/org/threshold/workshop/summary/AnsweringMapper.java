package org.threshold.workshop.summary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.report.SessionSummary;
import org.threshold.report.SessionSummary.AnsweredRow;
import org.threshold.report.Texts;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.run.MeasuresRunner;
import org.threshold.workshop.stand.StandStep;

/**
 * For each question of the day, how many people answered and by which means: typed counts (a
 * show of hands, a table's headcount) and phones, each phone once however often it changed its
 * answer. Open questions come with the answers the facilitator approved.
 */
final class AnsweringMapper {
    private final SessionData data;
    private final Pack pack;
    private final boolean includeNotes;
    private final Map<DecisionKey, Map<String, Integer>> phones;
    /** Grouped once: a long day has tens of thousands of answers over forty decision points. */
    private final Map<DecisionKey, List<Response>> answersByKey;

    AnsweringMapper(SessionData data, Pack pack, boolean includeNotes) {
        this.data = data;
        this.pack = pack;
        this.includeNotes = includeNotes;
        this.phones = DeviceTally.answerers(data.deviceAnswers());
        this.answersByKey = data.responses().stream().collect(Collectors.groupingBy(Response::key));
    }

    SessionSummary.Answering map() {
        List<AnsweredRow> rows = new ArrayList<>();
        List<SessionSummary.OpenQuestion> open = new ArrayList<>();
        for (AgendaItem item : data.agenda()) {
            DecisionKey first = new DecisionKey(item.id(), 0);
            switch (item.kind()) {
                case SCENARIO -> pack.scenario(item.contentRef()).ifPresent(s -> stages(rows, item, s));
                case QUIZ -> myths(rows, item);
                case TRUST_EXERCISE -> rows.add(typed(item.title(), pack.exercises().trustGrid().question(), first,
                        trustPeople(MeasuresRunner.phaseOf(item)), ResponseSource.TABLE_DECISION));
                case CONFIDENCE_CHECK -> rows.add(typed(item.title(), "How confident are you, from 1 to 5?", first,
                        confidencePeople(MeasuresRunner.phaseOf(item)), ResponseSource.SHOW_OF_HANDS));
                case WHERE_WE_STAND -> {
                    if (pack.whereWeStand().offered()) {
                        stand(rows, item);
                    }
                }
                case OPEN_QUESTION -> {
                    rows.add(row(item.title(), item.title(), first, 0, Set.of()));
                    open.add(new SessionSummary.OpenQuestion(item.title(), phoneCount(first),
                            includeNotes ? DeviceTally.approved(data.deviceAnswers(), item.id()) : List.of()));
                }
                default -> {
                    // Welcome, breaks, discussion and cards ask no question of each person.
                }
            }
        }
        return new SessionSummary.Answering(rows, open);
    }

    private void stages(List<AnsweredRow> rows, AgendaItem item, Scenario scenario) {
        for (int s = 0; s < scenario.stages().size(); s++) {
            DecisionKey key = new DecisionKey(item.id(), s);
            Set<ResponseSource> sources = EnumSet.noneOf(ResponseSource.class);
            int typed = 0;
            for (Response r : answersByKey.getOrDefault(key, List.of())) {
                typed += r.count();
                sources.add(r.source());
            }
            Stage stage = scenario.stages().get(s);
            rows.add(row(scenario.title(), Stage.numbered(s + 1, stage.title()), key, typed, sources));
        }
    }

    private void myths(List<AnsweredRow> rows, AgendaItem item) {
        List<MythItem> statements = pack.exercises().mythOrFact();
        for (int s = 0; s < statements.size(); s++) {
            String id = statements.get(s).id();
            int typed = data.myths().stream().filter(m -> m.itemId().equals(id))
                    .mapToInt(m -> m.saidMyth() + m.saidFact()).sum();
            rows.add(typed(item.title(), statements.get(s).statement(), new DecisionKey(item.id(), s), typed,
                    ResponseSource.SHOW_OF_HANDS));
        }
    }

    /** The journey and the readiness statements, each with the people typed (the statement most answered) and phones. */
    private void stand(List<AnsweredRow> rows, AgendaItem item) {
        Set<ResponseSource> placedBy = EnumSet.noneOf(ResponseSource.class);
        int placed = 0;
        for (JourneyPlacement p : data.placements()) {
            if (p.count() > 0) {
                placed += p.count();
                placedBy.add(p.source());
            }
        }
        Set<ResponseSource> ratedBy = EnumSet.noneOf(ResponseSource.class);
        Map<String, Integer> byStatement = new LinkedHashMap<>();
        for (ReadinessRating r : data.ratings()) {
            if (r.count() > 0) {
                byStatement.merge(r.statementId(), r.count(), Integer::sum);
                ratedBy.add(r.source());
            }
        }
        WhereWeStand section = pack.whereWeStand();
        rows.add(row(item.title(), section.journeyQuestion(), new DecisionKey(item.id(), StandStep.JOURNEY.ordinal()),
                placed, placedBy));
        rows.add(row(item.title(), section.readinessQuestion(), new DecisionKey(item.id(), StandStep.READINESS.ordinal()),
                byStatement.values().stream().mapToInt(Integer::intValue).max().orElse(0), ratedBy));
    }

    /** A typed trust rating speaks for its agency's headcount: the people behind the agencies that rated. */
    private int trustPeople(MeasurePhase phase) {
        Map<String, Integer> byRater = new LinkedHashMap<>();
        for (TrustRating r : data.trust()) {
            if (r.phase() == phase) {
                byRater.merge(r.fromAgency(), r.n(), Math::max);
            }
        }
        return byRater.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Everyone scores every statement, so the statement most answered counts the people. */
    private int confidencePeople(MeasurePhase phase) {
        Map<String, Integer> byItem = new LinkedHashMap<>();
        for (ConfidenceRating r : data.confidence()) {
            if (r.phase() == phase) {
                byItem.merge(r.itemId(), r.count(), Integer::sum);
            }
        }
        return byItem.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** A row for a measure typed in one way only: the trust grid by tables, confidence and myth-or-fact as counts. */
    private AnsweredRow typed(String item, String question, DecisionKey key, int typed, ResponseSource source) {
        return row(item, question, key, typed, typed > 0 ? EnumSet.of(source) : EnumSet.noneOf(ResponseSource.class));
    }

    private AnsweredRow row(String item, String question, DecisionKey key, int typed, Set<ResponseSource> typedSources) {
        int phoneCount = phoneCount(key);
        Set<ResponseSource> sources = EnumSet.noneOf(ResponseSource.class);
        sources.addAll(typedSources);
        if (phoneCount > 0) {
            sources.add(ResponseSource.DEVICE);
        }
        List<String> words = sources.stream().map(s -> s == ResponseSource.DEVICE ? "phones" : s.label()).toList();
        String text = words.isEmpty() ? "No answers" : Texts.joinAnd(words);
        return new AnsweredRow(item, question, typed + phoneCount, phoneCount,
                text.substring(0, 1).toUpperCase(java.util.Locale.UK) + text.substring(1));
    }

    private int phoneCount(DecisionKey key) {
        return phones.getOrDefault(key, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }
}
