package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;

/**
 * The trust grid: the mean score per directed pair per phase, weighted by how many people each
 * rating speaks for. "Don't know / no contact" is no score: it is counted apart and left out of
 * every mean, but it is still what the rating agency's people said, so it is suppressed with them.
 * Suppression works on the raters of each cell, by their group size, because a rating reveals
 * what the rating agency's people think; being rated by others reveals nothing about a small
 * agency's own people, so columns are never hidden.
 */
public final class TrustAnalysis {
    static final int ASYMMETRIES = 5;

    private final List<SessionAgency> agencies;
    private final Suppression suppression;

    public TrustAnalysis(List<SessionAgency> agencies, Suppression suppression) {
        this.agencies = List.copyOf(agencies);
        this.suppression = suppression;
    }

    /** Suppressed by each rating agency's planned headcount. */
    public TrustAnalysis(List<SessionAgency> agencies, int anonymityThreshold) {
        this(agencies, Suppression.byHeadcount(agencies, anonymityThreshold));
    }

    public TrustResults analyse(List<TrustRating> ratings) {
        Map<String, String> labels = new LinkedHashMap<>();
        agencies.forEach(a -> labels.put(a.code(), a.name()));
        ratings.forEach(r -> {
            labels.putIfAbsent(r.fromAgency(), r.fromAgency());
            labels.putIfAbsent(r.toAgency(), r.toAgency());
        });
        Map<String, Map<MeasurePhase, Suppression.Slice<double[]>>> shown = new LinkedHashMap<>();
        int hidden = 0;
        for (MeasurePhase phase : MeasurePhase.values()) {
            for (String to : labels.keySet()) {
                // One slice per rating agency: a typed rating and its people's own phone ratings are one group,
                // each rating weighing as the people it speaks for, so a combined cell is their mean.
                Map<String, double[]> byRater = new LinkedHashMap<>();
                for (TrustRating r : ratings) {
                    if (r.phase() == phase && r.toAgency().equals(to) && !r.fromAgency().equals(to)) {
                        double[] sum = byRater.computeIfAbsent(r.fromAgency(), k -> new double[3]);
                        if (r.saysDontKnow()) {
                            sum[2] += r.n();
                        } else {
                            sum[0] += (double) r.score() * r.n();
                            sum[1] += r.n();
                        }
                    }
                }
                // A rating counts as answered whether it is a score or "don't know": both say something.
                Suppression.Result<double[]> result = suppression.apply(byRater, v -> (int) (v[1] + v[2]),
                        (x, y) -> new double[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
                hidden += result.hiddenAgencies();
                for (Suppression.Slice<double[]> slice : result.shown()) {
                    shown.computeIfAbsent(slice.code() + "\u0000" + to, k -> new LinkedHashMap<>()).put(phase, slice);
                }
            }
        }
        List<TrustCell> cells = new ArrayList<>();
        Set<String> raterCodes = new LinkedHashSet<>();
        Set<String> ratedCodes = new LinkedHashSet<>();
        for (String from : orderWithOtherLast(labels.keySet())) {
            for (String to : labels.keySet()) {
                Map<MeasurePhase, Suppression.Slice<double[]>> phases = shown.get(from + "\u0000" + to);
                if (phases == null) {
                    continue;
                }
                Suppression.Slice<double[]> before = phases.get(MeasurePhase.BASELINE);
                Suppression.Slice<double[]> after = phases.get(MeasurePhase.FOLLOW_UP);
                String fromLabel = Suppression.OTHER_CODE.equals(from) ? Suppression.OTHER_LABEL : labels.get(from);
                cells.add(new TrustCell(from, fromLabel, to, labels.get(to), mean(before), n(before), mean(after), n(after),
                        dontKnow(before), dontKnow(after)));
                raterCodes.add(from);
                ratedCodes.add(to);
            }
        }
        List<TrustResults.AgencyLabel> raters = raterCodes.stream().map(c -> new TrustResults.AgencyLabel(c,
                Suppression.OTHER_CODE.equals(c) ? Suppression.OTHER_LABEL : labels.get(c))).toList();
        List<TrustResults.AgencyLabel> rated = labels.keySet().stream().filter(ratedCodes::contains)
                .map(c -> new TrustResults.AgencyLabel(c, labels.get(c))).toList();
        return new TrustResults(raters, rated, cells, asymmetries(cells, labels.keySet()), hidden,
                overallMean(cells, MeasurePhase.BASELINE), overallMean(cells, MeasurePhase.FOLLOW_UP));
    }

    private static List<String> orderWithOtherLast(Set<String> codes) {
        List<String> order = new ArrayList<>(codes);
        order.add(Suppression.OTHER_CODE);
        return order;
    }

    /** Pairs of named agencies rated both ways in the same phase: the later phase when it has both. */
    private static List<Asymmetry> asymmetries(List<TrustCell> cells, Set<String> codes) {
        List<String> order = new ArrayList<>(codes);
        List<Asymmetry> found = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                TrustCell ab = find(cells, order.get(i), order.get(j));
                TrustCell ba = find(cells, order.get(j), order.get(i));
                if (ab == null || ba == null) {
                    continue;
                }
                if (ab.followUp() != null && ba.followUp() != null) {
                    found.add(new Asymmetry(ab.from(), ab.fromLabel(), ab.to(), ab.toLabel(), MeasurePhase.FOLLOW_UP,
                            ab.followUp(), ba.followUp()));
                } else if (ab.baseline() != null && ba.baseline() != null) {
                    found.add(new Asymmetry(ab.from(), ab.fromLabel(), ab.to(), ab.toLabel(), MeasurePhase.BASELINE,
                            ab.baseline(), ba.baseline()));
                }
            }
        }
        return found.stream().filter(a -> a.gap() > 1e-9)
                .sorted(Comparator.comparingDouble(Asymmetry::gap).reversed())
                .limit(ASYMMETRIES).toList();
    }

    private static TrustCell find(List<TrustCell> cells, String from, String to) {
        return cells.stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst().orElse(null);
    }

    private static Double overallMean(List<TrustCell> cells, MeasurePhase phase) {
        double weighted = 0;
        int n = 0;
        for (TrustCell cell : cells) {
            Double mean = phase == MeasurePhase.BASELINE ? cell.baseline() : cell.followUp();
            int cellN = phase == MeasurePhase.BASELINE ? cell.baselineN() : cell.followUpN();
            if (mean != null) {
                weighted += mean * cellN;
                n += cellN;
            }
        }
        return n == 0 ? null : weighted / n;
    }

    private static Double mean(Suppression.Slice<double[]> slice) {
        return slice == null || slice.value()[1] == 0 ? null : slice.value()[0] / slice.value()[1];
    }

    /** People the mean rests on: the slice's people less those who did not know the agency. */
    private static int n(Suppression.Slice<double[]> slice) {
        return slice == null ? 0 : (int) slice.value()[1];
    }

    private static int dontKnow(Suppression.Slice<double[]> slice) {
        return slice == null ? 0 : (int) slice.value()[2];
    }
}
