package org.threshold.workshop.phones;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.Moderation;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.TrustRating;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.MeasuresRunner;
import org.threshold.workshop.stand.StandAnswers;
import org.threshold.workshop.stand.StandStep;

/**
 * Phone answers in the shapes the typed answers have, so the two combine per agency: each phone
 * counts as one person, next to a show of hands' counts and a table's headcount. Pure.
 */
public final class DeviceTally {
    private final Map<Long, AgendaItem> items = new LinkedHashMap<>();

    public DeviceTally(List<AgendaItem> agenda) {
        agenda.forEach(item -> items.put(item.id(), item));
    }

    /** Decisions at scenario stages: one response of count 1 per phone, with its source, reasons and all. */
    public List<Response> responses(List<DeviceAnswer> answers) {
        List<Response> responses = new ArrayList<>();
        for (DeviceAnswer a : of(answers, AgendaItemKind.SCENARIO)) {
            responses.add(new Response(a.key(), a.agencyCode(), 0, a.value(), 1, ResponseSource.DEVICE, a.withWhom(),
                    a.basis(), a.confidence(), a.text()));
        }
        return responses;
    }

    /** Trust rows: one rating per phone and agency rated, for one person; "don't know" kept as such, never a score. */
    public List<TrustRating> trust(List<DeviceAnswer> answers) {
        List<TrustRating> ratings = new ArrayList<>();
        for (DeviceAnswer a : of(answers, AgendaItemKind.TRUST_EXERCISE)) {
            if (!a.part().equals(a.agencyCode())) {
                int score = isScore(a.value()) ? Integer.parseInt(a.value()) : TrustRating.DONT_KNOW;
                ratings.add(new TrustRating(phase(a), a.agencyCode(), a.part(), score, 1, ""));
            }
        }
        return ratings;
    }

    /** Confidence checks: counts per agency, statement and score. */
    public List<ConfidenceRating> confidence(List<DeviceAnswer> answers) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, DeviceAnswer> first = new LinkedHashMap<>();
        for (DeviceAnswer a : of(answers, AgendaItemKind.CONFIDENCE_CHECK)) {
            if (isScore(a.value())) {
                String k = phase(a) + "\u0000" + a.part() + "\u0000" + a.agencyCode();
                counts.computeIfAbsent(k, x -> new int[5])[Integer.parseInt(a.value()) - 1]++;
                first.putIfAbsent(k, a);
            }
        }
        List<ConfidenceRating> ratings = new ArrayList<>();
        counts.forEach((k, c) -> {
            DeviceAnswer a = first.get(k);
            for (int score = 1; score <= 5; score++) {
                if (c[score - 1] > 0) {
                    ratings.add(new ConfidenceRating(phase(a), a.part(), a.agencyCode(), score, c[score - 1]));
                }
            }
        });
        return ratings;
    }

    /** Myth-or-fact: per round, statement and agency, how many phones said myth and how many fact. */
    public List<MythAnswer> myths(List<DeviceAnswer> answers, List<String> statementIds) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, DeviceAnswer> first = new LinkedHashMap<>();
        for (DeviceAnswer a : of(answers, AgendaItemKind.QUIZ)) {
            int index = a.key().stageIndex();
            if (index < statementIds.size()) {
                String k = phase(a) + "\u0000" + statementIds.get(index) + "\u0000" + a.agencyCode();
                counts.computeIfAbsent(k, x -> new int[2])[DeviceAnswerRules.MYTH.equals(a.value()) ? 0 : 1]++;
                first.putIfAbsent(k, a);
            }
        }
        List<MythAnswer> myths = new ArrayList<>();
        counts.forEach((k, c) -> {
            DeviceAnswer a = first.get(k);
            myths.add(new MythAnswer(phase(a), statementIds.get(a.key().stageIndex()), a.agencyCode(), c[0], c[1]));
        });
        return myths;
    }

    /** Typed answers with the phones' beside them, as one list for the results. */
    public List<Response> withDevices(List<Response> typed, List<DeviceAnswer> answers) {
        List<Response> all = new ArrayList<>(typed);
        all.addAll(responses(answers));
        return all;
    }

    /** The typed trust, confidence and myth-or-fact answers with the phones' added; agency cards are typed only. */
    public Measures withDevices(Measures typed, List<DeviceAnswer> answers, List<String> statementIds) {
        if (answers.isEmpty()) {
            return typed;
        }
        return new Measures(concat(typed.trust(), trust(answers)), concat(typed.confidence(), confidence(answers)),
                concat(typed.myths(), myths(answers, statementIds)), typed.cards());
    }

    /**
     * "Where we stand" with the phones' answers beside the typed ones: per agency, how many phones
     * placed the partnership at each stage, and gave each statement each score (don't know as
     * {@link ReadinessRating#DONT_KNOW}), with source DEVICE. The analysis sizes an agency that
     * answered on phones alone by its phones.
     */
    public StandAnswers withDevices(StandAnswers typed, List<DeviceAnswer> answers) {
        Map<List<String>, Integer> placed = new LinkedHashMap<>();
        Map<List<String>, Integer> rated = new LinkedHashMap<>();
        for (DeviceAnswer a : of(answers, AgendaItemKind.WHERE_WE_STAND)) {
            switch (StandStep.at(a.key().stageIndex())) {
                case JOURNEY -> placed.merge(List.of(a.agencyCode(), a.value()), 1, Integer::sum);
                case READINESS -> rated.merge(List.of(a.part(), a.agencyCode(), isScore(a.value()) ? a.value()
                        : Integer.toString(ReadinessRating.DONT_KNOW)), 1, Integer::sum);
                case ACTIONS -> {
                    // Actions are agreed aloud; phones are never asked at this step.
                }
            }
        }
        if (placed.isEmpty() && rated.isEmpty()) {
            return typed;
        }
        List<JourneyPlacement> placements = new ArrayList<>(typed.placements());
        placed.forEach((k, n) -> placements.add(new JourneyPlacement(k.get(0), 0, k.get(1), n, ResponseSource.DEVICE)));
        List<ReadinessRating> ratings = new ArrayList<>(typed.ratings());
        rated.forEach((k, n) -> ratings.add(new ReadinessRating(k.get(0), k.get(1), 0, Integer.parseInt(k.get(2)), n,
                ResponseSource.DEVICE)));
        return new StandAnswers(placements, ratings);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Approved open answers, in the order given; hidden and waiting ones are never shown. */
    public static List<String> approved(List<DeviceAnswer> answers, long agendaItemId) {
        return answers.stream().filter(a -> a.key().agendaItemId() == agendaItemId && a.moderation() == Moderation.APPROVED)
                .map(DeviceAnswer::text).toList();
    }

    /**
     * For the trust, confidence and myth-or-fact figures: each agency that gave none of them by
     * hand or table, with how many distinct phones answered any of them. Those phones are all the
     * people the agency's figures can come from, so suppression narrows its group size to them.
     */
    public Map<String, Integer> measuresPhoneOnly(Measures typed, List<DeviceAnswer> answers) {
        Set<String> typedAgencies = new HashSet<>();
        typed.trust().forEach(r -> typedAgencies.add(r.fromAgency()));
        typed.confidence().forEach(r -> typedAgencies.add(r.agencyCode()));
        typed.myths().forEach(r -> typedAgencies.add(r.agencyCode()));
        Map<String, Set<String>> devices = new HashMap<>();
        for (AgendaItemKind kind : List.of(AgendaItemKind.TRUST_EXERCISE, AgendaItemKind.CONFIDENCE_CHECK,
                AgendaItemKind.QUIZ)) {
            of(answers, kind).stream().filter(a -> !typedAgencies.contains(a.agencyCode()))
                    .forEach(a -> devices.computeIfAbsent(a.agencyCode(), k -> new HashSet<>()).add(a.device()));
        }
        Map<String, Integer> counts = new HashMap<>();
        devices.forEach((agency, set) -> counts.put(agency, set.size()));
        return counts;
    }

    /** How many distinct phones answered each question, per agency: the group a phone-answered figure rests on. */
    public static Map<DecisionKey, Map<String, Integer>> answerers(List<DeviceAnswer> answers) {
        Map<DecisionKey, Map<String, Set<String>>> devices = new LinkedHashMap<>();
        for (DeviceAnswer a : answers) {
            devices.computeIfAbsent(a.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.agencyCode(), k -> new HashSet<>()).add(a.device());
        }
        Map<DecisionKey, Map<String, Integer>> counts = new LinkedHashMap<>();
        devices.forEach((key, byAgency) -> {
            Map<String, Integer> n = new LinkedHashMap<>();
            byAgency.forEach((agency, set) -> n.put(agency, set.size()));
            counts.put(key, n);
        });
        return counts;
    }

    private List<DeviceAnswer> of(List<DeviceAnswer> answers, AgendaItemKind kind) {
        return answers.stream().filter(a -> {
            AgendaItem item = items.get(a.key().agendaItemId());
            return item != null && item.kind() == kind;
        }).toList();
    }

    private MeasurePhase phase(DeviceAnswer a) {
        return MeasuresRunner.phaseOf(items.get(a.key().agendaItemId()));
    }

    private static boolean isScore(String value) {
        return value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5';
    }
}
