package org.threshold.workshop.stand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.workshop.results.PhoneOnly;
import org.threshold.workshop.results.Suppression;

/**
 * Analyses "Where we stand" through the one anonymity rule every figure goes through
 * ({@link Suppression}): an agency whose group is smaller than the threshold is merged with the
 * other small ones or hidden, and every room total adds up the shown agencies only. A group's
 * size is never the number of answers typed, so a mistyped count can never expose a small agency;
 * an agency that answered a figure on phones alone is sized by its phones, capped at its headcount.
 */
public final class StandAnalysis {
    /** At most this many of the weakest statements are named; never more than half of those rated. */
    public static final int WEAKEST = 3;

    private final WhereWeStand section;
    private final Suppression suppression;

    public StandAnalysis(WhereWeStand section, Suppression suppression) {
        this.section = section;
        this.suppression = suppression;
    }

    /** Suppressed by each agency's planned headcount. */
    public StandAnalysis(WhereWeStand section, List<SessionAgency> agencies, int anonymityThreshold) {
        this(section, Suppression.byHeadcount(agencies, anonymityThreshold));
    }

    public StandResults analyse(StandAnswers answers) {
        List<StatementResult> statements = new ArrayList<>();
        int hidden = 0;
        for (ReadinessStatement statement : section.statements()) {
            List<ReadinessRating> mine = answers.ratings().stream()
                    .filter(r -> r.statementId().equals(statement.id())).toList();
            Map<String, int[]> byAgency = new LinkedHashMap<>();
            mine.forEach(r -> byAgency.computeIfAbsent(r.agencyCode(), code -> new int[6])[r.score()] += r.count());
            Suppression.Result<int[]> result = suppress(byAgency, 6, phoneOnly(mine.stream()
                    .map(r -> new Answered(r.agencyCode(), r.source(), r.count())).toList()));
            hidden = Math.max(hidden, result.hiddenAgencies());
            int[] room = sum(result, 6);
            if (total(room) > 0) {
                statements.add(statement(statement, room, result.shown().stream()
                        .map(slice -> new StatementResult.AgencyRatings(slice.code(), slice.label(), slice.combined(),
                                scores(slice.value()), slice.value()[ReadinessRating.DONT_KNOW])).toList(),
                        result.hiddenAgencies()));
            }
        }
        List<StatementResult> weakest = statements.stream().filter(s -> s.mean() != null)
                .sorted(Comparator.comparingDouble(StatementResult::mean)
                        .thenComparing(Comparator.comparingInt(StatementResult::dontKnow).reversed()))
                .limit(Math.min(WEAKEST, Math.max(1, statements.size() / 2))).toList();
        return new StandResults(journey(answers.placements()), statements, weakest, hidden);
    }

    private JourneySpread journey(List<JourneyPlacement> placements) {
        int size = section.journey().size();
        Map<String, int[]> byAgency = new LinkedHashMap<>();
        for (JourneyPlacement p : placements) {
            int stage = section.stageIndex(p.stageId());
            if (stage >= 0) {
                byAgency.computeIfAbsent(p.agencyCode(), code -> new int[size])[stage] += p.count();
            }
        }
        Suppression.Result<int[]> result = suppress(byAgency, size, phoneOnly(placements.stream()
                .map(p -> new Answered(p.agencyCode(), p.source(), p.count())).toList()));
        List<JourneySpread.Row> rows = result.shown().stream().map(s -> new JourneySpread.Row(s.code(), s.label(),
                s.combined(), box(s.value()), median(s.value()))).toList();
        int[] room = sum(result, size);
        return new JourneySpread(section.journey().stream().map(JourneyStage::title).toList(), rows, box(room),
                median(room), result.hiddenAgencies());
    }

    private Suppression.Result<int[]> suppress(Map<String, int[]> byAgency, int width, Map<String, Integer> phoneOnly) {
        return suppression.narrowedTo(phoneOnly).apply(byAgency, StandAnalysis::total, (a, b) -> {
            int[] merged = new int[width];
            for (int i = 0; i < width; i++) {
                merged[i] = a[i] + b[i];
            }
            return merged;
        });
    }

    /** One row of answers to a figure: whose, from where, and how many people it counts. */
    private record Answered(String agencyCode, ResponseSource source, int count) {
    }

    /**
     * The agencies that answered a figure on phones alone, with how many phones: each phone gives
     * one placement, and one score a statement, so its rows count its phones. A typed count of
     * nobody adds no people, so it does not widen the group either.
     */
    private static Map<String, Integer> phoneOnly(List<Answered> answered) {
        PhoneOnly phoneOnly = new PhoneOnly();
        for (Answered a : answered) {
            if (a.source() == ResponseSource.DEVICE) {
                phoneOnly.phones(a.agencyCode(), a.count());
            } else if (a.count() > 0) {
                phoneOnly.typed(a.agencyCode());
            }
        }
        return phoneOnly.agencies();
    }

    private static StatementResult statement(ReadinessStatement statement, int[] room,
                                             List<StatementResult.AgencyRatings> agencies, int hiddenAgencies) {
        double sum = 0;
        int scored = 0;
        for (int score = 1; score <= 5; score++) {
            sum += (double) score * room[score];
            scored += room[score];
        }
        return new StatementResult(statement.id(), statement.text(), statement.evidence(), statement.area(), scores(room),
                room[ReadinessRating.DONT_KNOW], scored == 0 ? null : sum / scored, agencies, hiddenAgencies);
    }

    /** People per score 1 to 5, leaving out don't know at index 0. */
    private static List<Integer> scores(int[] counts) {
        return box(Arrays.copyOfRange(counts, 1, 6));
    }

    private static int[] sum(Suppression.Result<int[]> result, int width) {
        int[] room = new int[width];
        for (Suppression.Slice<int[]> slice : result.shown()) {
            for (int i = 0; i < width; i++) {
                room[i] += slice.value()[i];
            }
        }
        return room;
    }

    /** The lower median stage: half the people place the partnership here or earlier. -1 when nobody answered. */
    static int median(int[] counts) {
        int total = total(counts);
        if (total == 0) {
            return -1;
        }
        int seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen * 2 >= total) {
                return i;
            }
        }
        return counts.length - 1;
    }

    private static int total(int[] counts) {
        return Arrays.stream(counts).sum();
    }

    private static List<Integer> box(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
