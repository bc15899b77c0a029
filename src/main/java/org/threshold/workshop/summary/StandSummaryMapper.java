package org.threshold.workshop.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.report.StandSummary;
import org.threshold.workshop.Dates;
import org.threshold.workshop.results.Suppression;
import org.threshold.workshop.stand.JourneySpread;
import org.threshold.workshop.stand.StandAnalysis;
import org.threshold.workshop.stand.StandAnswers;
import org.threshold.workshop.stand.StandResults;
import org.threshold.workshop.stand.StatementResult;

/** Turns a session's "Where we stand" answers, actions and reviews into the summary's words and numbers. */
final class StandSummaryMapper {
    private StandSummaryMapper() {
    }

    static StandSummary map(SessionData data, WhereWeStand section, boolean includeNotes, Function<String, String> agency) {
        boolean run = data.agenda().stream().anyMatch(i -> i.kind() == AgendaItemKind.WHERE_WE_STAND);
        List<StandSummary.ActionRow> actions = includeNotes ? actions(data, section, agency) : List.of();
        List<StandSummary.ReviewRow> reviewed = includeNotes ? data.reviews().stream().map(r -> new StandSummary.ReviewRow(
                r.fromTitle(), Dates.day(r.fromDate()), r.text(), agency.apply(r.ownerAgency()),
                r.due() == null ? "" : Dates.day(r.due()), r.status().label())).toList() : List.of();
        StandAnswers answers = data.stand();
        if (!section.offered() || !run && answers.isEmpty()) {
            return reviewed.isEmpty() ? StandSummary.NONE : new StandSummary("", List.of(), List.of(), 0, "", "", List.of(),
                    List.of(), reviewed, "", "");
        }
        StandResults results = new StandAnalysis(section, data.agencies(), data.session().anonymityThreshold())
                .analyse(answers);
        JourneySpread spread = results.journey();
        List<StandSummary.JourneyRow> journey = new ArrayList<>();
        spread.rows().forEach(r -> journey.add(new StandSummary.JourneyRow(r.label(), r.combined(), false, r.counts(),
                stage(spread, r.stage()))));
        if (spread.rows().size() > 1) {
            journey.add(new StandSummary.JourneyRow("Everyone shown", false, true, spread.room(),
                    stage(spread, spread.roomStage())));
        }
        Set<String> weakest = results.weakest().stream().map(StatementResult::statementId).collect(Collectors.toSet());
        List<StandSummary.StatementRow> statements = results.statements().stream().map(s -> new StandSummary.StatementRow(
                s.text(), s.area(), s.counts(), s.dontKnow(), s.mean(), weakest.contains(s.statementId()),
                s.agencies().stream().map(a -> new StandSummary.AgencyRatings(a.label(), a.combined(), a.counts(),
                        a.dontKnow())).toList(), s.hiddenAgencies())).toList();
        int hidden = Math.max(spread.hiddenAgencies(), results.hiddenAgencies());
        String hiddenNote = Suppression.notCounted(hidden, data.session().anonymityThreshold());
        return new StandSummary(section.journeyQuestion(), spread.stages(), journey, spread.hiddenAgencies(),
                spread.disagreement(),
                section.readinessQuestion(), statements, actions, reviewed, hiddenNote, section.basedOn());
    }

    private static String stage(JourneySpread spread, int index) {
        return index < 0 ? "" : spread.stages().get(index);
    }

    /** Actions linked to a statement, or noted during the item, in the order they were agreed. */
    private static List<StandSummary.ActionRow> actions(SessionData data, WhereWeStand section,
                                                        Function<String, String> agency) {
        Set<Long> items = data.agenda().stream().filter(i -> i.kind() == AgendaItemKind.WHERE_WE_STAND)
                .map(AgendaItem::id).collect(Collectors.toSet());
        List<StandSummary.ActionRow> rows = new ArrayList<>();
        for (Note note : data.notes()) {
            if (note.kind() == NoteKind.ACTION && (!note.statementId().isEmpty() || items.contains(note.agendaItemId()))) {
                rows.add(new StandSummary.ActionRow(section.statement(note.statementId()).map(ReadinessStatement::text)
                        .orElse(note.statementId()), note.text(), agency.apply(note.ownerAgency()),
                        note.due() == null ? "" : Dates.day(note.due())));
            }
        }
        return rows;
    }
}
