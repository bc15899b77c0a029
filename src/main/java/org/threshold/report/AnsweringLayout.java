package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Bullets;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;
import org.threshold.report.SessionSummary.AnsweredRow;
import org.threshold.report.SessionSummary.OpenQuestion;

/** How many people answered each question and by which means, and the open questions' approved answers. */
final class AnsweringLayout {
    private AnsweringLayout() {
    }

    static Block answering(SessionSummary summary) {
        SessionSummary.Answering answering = summary.answering();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "How the room answered"));
        blocks.add(Paragraph.note("People who answered each question, and how: a show of hands or a table decision typed "
                + "in by the facilitator (a table counts as its headcount), or each person on their own phone (each phone "
                + "counts once, however often it changed its answer). Every figure in this summary combines them."));
        List<List<Cell>> rows = new ArrayList<>();
        for (AnsweredRow row : answering.questions()) {
            rows.add(List.of(Cell.text(row.item()), Cell.text(row.question()), Cell.number(String.valueOf(row.people())),
                    Cell.number(String.valueOf(row.phones())), Cell.text(row.sources())));
        }
        if (rows.isEmpty()) {
            blocks.add(Paragraph.of("No questions were put to the room."));
        } else {
            blocks.add(new Table("People who answered each question", List.of("Item", "Question", "People", "On phones",
                    "Sources"), rows, false).widths(22, 38, 10, 10, 20));
        }
        for (OpenQuestion open : answering.openQuestions()) {
            blocks.add(new Heading(3, "Open question: " + open.question()));
            String answered = Texts.plural(open.answered(), "person", "people") + " answered on their phones";
            if (!summary.cover().notesIncluded()) {
                blocks.add(Paragraph.note(answered + ". The answers, being free text, were left out of this export with "
                        + "the notes."));
                continue;
            }
            blocks.add(Paragraph.note(answered + "; " + Texts.plural(open.approved().size(), "answer was", "answers were")
                    + " approved for the room, and only those are listed."));
            if (!open.approved().isEmpty()) {
                blocks.add(new Bullets(open.approved()));
            }
        }
        return Section.part(blocks);
    }
}
