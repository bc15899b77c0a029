package org.threshold.workshop.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.Pack;
import org.threshold.report.SessionSummary;
import org.threshold.report.SessionSummary.NoteLine;
import org.threshold.report.Texts;
import org.threshold.workshop.Dates;
import org.threshold.workshop.results.AgencyResult;
import org.threshold.workshop.results.DecisionResult;
import org.threshold.workshop.results.ScenarioResult;
import org.threshold.workshop.results.SessionResults;

/** Turns the analysed results and the session's own records into the report's words and numbers. */
final class SummaryMapper {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final SessionData data;
    private final Pack pack;
    private final ZoneId zone;
    private final boolean includeNotes;
    private final Map<String, String> agencyNames = new LinkedHashMap<>();
    private final BasisLines bases;
    /** Table decisions someone gave, by decision point: read once, not once per decision point. */
    private final Map<DecisionKey, List<Response>> tableAnswers;

    SummaryMapper(SessionData data, Pack pack, ZoneId zone, boolean includeNotes) {
        this.data = data;
        this.pack = pack;
        this.zone = zone;
        this.includeNotes = includeNotes;
        this.bases = new BasisLines(pack);
        pack.agencies().forEach(a -> agencyNames.put(a.id(), a.name()));
        data.agencies().forEach(a -> agencyNames.put(a.code(), a.name()));
        this.tableAnswers = data.responses().stream()
                .filter(r -> r.source() == ResponseSource.TABLE_DECISION && r.count() > 0)
                .collect(Collectors.groupingBy(Response::key));
    }

    SessionSummary map(SessionResults results, Instant now) {
        List<SessionSummary.ScenarioSection> scenarios = results.scenarios().stream().map(this::scenario).toList();
        List<SessionSummary.DivergencePoint> divergences = results.mostDivergent().stream()
                .map(d -> new SessionSummary.DivergencePoint(d.scenarioTitle(), d.stageIndex() + 1, d.stageTitle(),
                        d.divergence(), split(d))).toList();
        int threshold = data.session().anonymityThreshold();
        return new SessionSummary(cover(now), agenda(), scenarios, divergences, notes(),
                MeasuresMapper.trust(results.trust(), data.trust(), pack, threshold, includeNotes, this::agency),
                MeasuresMapper.confidence(results.confidence(), threshold), MeasuresMapper.myths(results.myths(), threshold),
                MeasuresMapper.knowledge(results.knowledge()), cards(), new AnsweringMapper(data, pack, includeNotes).map(),
                StandSummaryMapper.map(data, pack.whereWeStand(), includeNotes, this::agency));
    }

    private List<SessionSummary.CardRow> cards() {
        if (!includeNotes) {
            return List.of();
        }
        return data.cards().stream().map(c -> new SessionSummary.CardRow(agency(c.agencyCode()), c.canShare(),
                c.cannotShare(), c.reachUs())).toList();
    }

    private SessionSummary.Cover cover(Instant now) {
        WorkshopSession s = data.session();
        String content = data.snapshot().map(snap -> pack.metadata().title() + ", version " + snap.packVersion())
                .orElse("No scenario content was saved with this session");
        return new SessionSummary.Cover(s.title(), s.date(), Dates.spoken(s.date()), s.venue(), s.facilitators(),
                data.agencies().stream().map(a -> new SessionSummary.AgencyCount(a.name(), a.headcount())).toList(),
                content, s.uid(), s.anonymityThreshold(), includeNotes, Dates.spoken(LocalDate.ofInstant(now, zone)));
    }

    private List<SessionSummary.AgendaRow> agenda() {
        return data.agenda().stream().map(item -> new SessionSummary.AgendaRow(item.title(), item.kind().label(),
                item.plannedMinutes(), time(item.startedAt()), time(item.endedAt()),
                item.startedAt() == null || item.endedAt() == null ? null
                        : (int) Math.round(Duration.between(item.startedAt(), item.endedAt()).toSeconds() / 60.0)))
                .toList();
    }

    private String time(Instant at) {
        return at == null ? "" : CLOCK.format(at.atZone(zone));
    }

    private SessionSummary.ScenarioSection scenario(ScenarioResult result) {
        List<SessionSummary.StageSection> stages = result.stages().stream().map(this::stage).toList();
        List<SessionSummary.ChartRow> chart = result.thresholdChart().stream()
                .map(r -> new SessionSummary.ChartRow(r.label(), r.kinds(),
                        r.splitStages().stream().map(s -> s + 1).toList(), r.firstShareStage() + 1)).toList();
        List<NoteLine> debrief = includeNotes ? data.notes().stream()
                .filter(n -> n.kind() == NoteKind.DISCUSSION && n.agendaItemId() == result.agendaItemId())
                .map(this::line).toList() : List.of();
        String model = result.scenario().modelAnswer() == null ? "" : result.scenario().modelAnswer().text();
        return new SessionSummary.ScenarioSection(result.scenario().title(), result.scenario().summary(), stages, chart,
                model, debrief);
    }

    private SessionSummary.StageSection stage(DecisionResult d) {
        List<SessionSummary.OptionHeading> options = d.options().stream()
                .map(o -> new SessionSummary.OptionHeading(o.label(), o.kind())).toList();
        List<String> ids = d.options().stream().map(o -> o.id()).toList();
        List<SessionSummary.AgencyRow> rows = d.agencies().stream().map(a -> new SessionSummary.AgencyRow(a.label(),
                a.combined(), a.counts(), a.total(), d.majorityWords(a), a.majorityKind(),
                a.leaders().stream().map(ids::indexOf).toList())).toList();
        String hidden = d.notCounted(data.session().anonymityThreshold());
        String appropriate = Texts.joinAnd(d.appropriate().stream().map(d::optionLabel).toList());
        return new SessionSummary.StageSection(d.stageIndex() + 1, d.stageTitle(), d.question(), options, rows,
                d.shownTotals(), hidden, d.divergence(), appropriate, bases.expected(d), d.requester(),
                agency(d.decidedBy()), reasons(d));
    }

    /**
     * Table decisions, only from agencies shown on their own: a small agency's words could identify
     * it; and only for answers somebody gave. The legal answers are choices, not free text, so they
     * stay when notes are left out; the rationale goes with the notes.
     */
    private List<SessionSummary.Reason> reasons(DecisionResult d) {
        Set<String> shown = d.agencies().stream().filter(a -> !a.combined()).map(AgencyResult::code)
                .collect(Collectors.toSet());
        List<SessionSummary.Reason> reasons = new ArrayList<>();
        for (Response r : tableAnswers.getOrDefault(d.key(), List.of())) {
            if (shown.contains(r.agencyCode())) {
                reasons.add(new SessionSummary.Reason(agency(r.agencyCode()), d.optionLabel(r.optionId()),
                        agency(r.withWhom()), bases.chosen(r.basis()), includeNotes ? r.rationale() : ""));
            }
        }
        return reasons;
    }

    private String agency(String code) {
        return code == null || code.isBlank() ? "" : agencyNames.getOrDefault(code, code);
    }

    private SessionSummary.Notes notes() {
        if (!includeNotes) {
            return SessionSummary.Notes.none();
        }
        Set<Long> scenarioItems = data.agenda().stream()
                .filter(i -> i.kind() == org.threshold.domain.AgendaItemKind.SCENARIO).map(AgendaItem::id)
                .collect(Collectors.toSet());
        List<NoteLine> discussion = data.notes().stream()
                .filter(n -> n.kind() == NoteKind.DISCUSSION && !scenarioItems.contains(n.agendaItemId()))
                .map(this::line).toList();
        return new SessionSummary.Notes(of(NoteKind.KEY_POINT), discussion, of(NoteKind.ACTION), of(NoteKind.BARRIER),
                of(NoteKind.PARKING_LOT));
    }

    private List<NoteLine> of(NoteKind kind) {
        return data.notes().stream().filter(n -> n.kind() == kind).map(this::line).toList();
    }

    private NoteLine line(Note note) {
        String where = data.agenda().stream().filter(i -> i.id() == note.agendaItemId()).map(AgendaItem::title)
                .findFirst().orElse("Whole session");
        return new NoteLine(note.text(), where, agency(note.ownerAgency()));
    }

    /** "Share 4, Seek advice 2, Withhold 1, Split 1": how the shown agencies' majority answers fell. */
    private static String split(DecisionResult d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        d.agencies().forEach(a -> counts.merge(a.split() ? Texts.SPLIT : Texts.kind(a.majorityKind()), 1, Integer::sum));
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
