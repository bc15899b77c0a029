package org.threshold.workshop.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threshold.domain.ActionStatus;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.Pack;
import org.threshold.report.PartnershipTrend;
import org.threshold.workshop.Dates;
import org.threshold.workshop.stand.JourneySpread;
import org.threshold.workshop.stand.Partnerships;
import org.threshold.workshop.stand.StandAnalysis;
import org.threshold.workshop.stand.StandResults;
import org.threshold.workshop.stand.StatementResult;

/**
 * "Where we stand" across compared sessions: for each partnership with two or more of them, how
 * the journey placing and each statement moved, and what each workshop's actions became by the next.
 */
final class StandTrends {
    static final String EVERYONE = "Everyone shown";

    private StandTrends() {
    }

    /** One compared session with the content it ran from. */
    record Compared(int place, SessionData data, Pack pack) {
    }

    static List<PartnershipTrend> of(List<Compared> compared) {
        Map<String, List<Compared>> byPartnership = new LinkedHashMap<>();
        for (Compared c : compared) {
            String key = Partnerships.key(c.data().session().partnership());
            if (!key.isEmpty()) {
                byPartnership.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        List<PartnershipTrend> trends = new ArrayList<>();
        for (List<Compared> group : byPartnership.values()) {
            if (group.size() >= 2) {
                List<Compared> held = new ArrayList<>(group);
                held.sort(Comparator.comparing(c -> c.data().session(), Partnerships.HELD));
                trends.add(trend(held));
            }
        }
        return trends;
    }

    private static PartnershipTrend trend(List<Compared> held) {
        List<StandResults> results = held.stream().map(c -> new StandAnalysis(c.pack().whereWeStand(),
                c.data().agencies(), c.data().session().anonymityThreshold())
                .analyse(c.data().stand())).toList();
        WorkshopSession latest = held.get(held.size() - 1).data().session();
        return new PartnershipTrend(latest.partnership(), held.stream().map(Compared::place).toList(),
                journey(results), statements(results), actions(held));
    }

    private static List<PartnershipTrend.JourneyTrend> journey(List<StandResults> results) {
        Map<String, Integer[]> stages = new LinkedHashMap<>();
        Map<String, String[]> titles = new LinkedHashMap<>();
        for (int s = 0; s < results.size(); s++) {
            JourneySpread spread = results.get(s).journey();
            for (JourneySpread.Row row : spread.rows()) {
                // The combined row holds different agencies in each session, so it is not followed.
                if (!row.combined()) {
                    put(stages, titles, row.label(), s, results.size(), row.stage(), spread);
                }
            }
            if (spread.roomStage() >= 0) {
                put(stages, titles, EVERYONE, s, results.size(), spread.roomStage(), spread);
            }
        }
        List<PartnershipTrend.JourneyTrend> rows = new ArrayList<>();
        titles.forEach((agency, placed) -> rows.add(new PartnershipTrend.JourneyTrend(agency, List.of(placed),
                moved(stages.get(agency)))));
        return rows;
    }

    private static void put(Map<String, Integer[]> stages, Map<String, String[]> titles, String agency, int session,
                            int sessions, int stage, JourneySpread spread) {
        stages.computeIfAbsent(agency, k -> new Integer[sessions])[session] = stage;
        titles.computeIfAbsent(agency, k -> {
            String[] empty = new String[sessions];
            Arrays.fill(empty, "");
            return empty;
        })[session] = spread.stages().get(stage);
    }

    /** From the first session that shows the agency to the last: "▲ 2 stages", "▼ 1 stage", "= same stage". */
    private static String moved(Integer[] stages) {
        List<Integer> shown = Arrays.stream(stages).filter(Objects::nonNull).toList();
        if (shown.size() < 2) {
            return "";
        }
        int change = shown.get(shown.size() - 1) - shown.get(0);
        if (change == 0) {
            return "= same stage";
        }
        return (change > 0 ? "\u25B2 " : "\u25BC ") + Math.abs(change) + (Math.abs(change) == 1 ? " stage" : " stages");
    }

    private static List<PartnershipTrend.StatementTrend> statements(List<StandResults> results) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Double[]> means = new LinkedHashMap<>();
        for (int s = 0; s < results.size(); s++) {
            for (StatementResult statement : results.get(s).statements()) {
                texts.put(statement.statementId(), statement.text());
                means.computeIfAbsent(statement.statementId(), k -> new Double[results.size()])[s] = statement.mean();
            }
        }
        List<PartnershipTrend.StatementTrend> rows = new ArrayList<>();
        means.forEach((id, values) -> {
            List<Double> known = Arrays.stream(values).filter(Objects::nonNull).toList();
            rows.add(new PartnershipTrend.StatementTrend(texts.get(id), Arrays.asList(values),
                    known.size() < 2 ? null : known.get(known.size() - 1) - known.get(0)));
        });
        return rows;
    }

    /** Each workshop's actions, and what the partnership's next workshop among those compared reported of them. */
    private static List<PartnershipTrend.ActionOutcome> actions(List<Compared> held) {
        List<PartnershipTrend.ActionOutcome> rows = new ArrayList<>();
        for (int i = 0; i + 1 < held.size(); i++) {
            SessionData earlier = held.get(i).data();
            SessionData next = held.get(i + 1).data();
            for (Note action : earlier.notes()) {
                if (action.kind() != NoteKind.ACTION) {
                    continue;
                }
                String status = Partnerships.statusOf(next.reviews(), earlier.session(), action).map(ActionStatus::label)
                        .orElse("Not reported");
                rows.add(new PartnershipTrend.ActionOutcome("S" + (held.get(i).place() + 1), action.text(),
                        agencyName(earlier, action.ownerAgency()), action.due() == null ? "" : Dates.day(action.due()),
                        "S" + (held.get(i + 1).place() + 1), status));
            }
        }
        return rows;
    }

    private static String agencyName(SessionData data, String code) {
        return data.agencies().stream().filter(a -> a.code().equals(code)).map(SessionAgency::name).findFirst()
                .orElse(code);
    }
}
