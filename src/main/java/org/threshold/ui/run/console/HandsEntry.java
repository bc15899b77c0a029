package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.Decision;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.run.Headcounts;
import org.threshold.workshop.run.RunState;

/**
 * Show-of-hands counts: a row per agency, a box per option. Type a number, Tab to the next box;
 * each box is saved as the keyboard leaves it, to the stage this grid was drawn for, and a row
 * with more hands than the agency has people is refused on the spot.
 */
final class HandsEntry extends GridPane implements CountEntry {
    private final RunViewModel model;
    private final RunState at;
    private final Decision decision;
    private final List<CountRow> rows = new ArrayList<>();
    private final ListChangeListener<Response> onSaved = change -> rows.forEach(CountRow::refresh);

    HandsEntry(RunViewModel model, RunState at, Decision decision) {
        this.model = model;
        this.at = at;
        this.decision = decision;
        getStyleClass().addAll("form-grid", "hands-entry");
        add(new Label(""), 0, 0);
        for (int i = 0; i < decision.options().size(); i++) {
            // The letter alone, as the projector labels its bars: the options are listed with their letters
            // beside the grid, and a long label squeezed into a count column broke its words in two.
            String option = letter(i) + " " + decision.options().get(i).label();
            Label head = new Label(letter(i));
            head.getStyleClass().add("option-letter");
            head.setTooltip(new Tooltip(option));
            head.setAccessibleText(option);
            add(head, i + 1, 0);
        }
        int row = 1;
        for (SessionAgency agency : at.agencies()) {
            addRow(row, agency);
            row += 2;
        }
        model.answers().addListener(new WeakListChangeListener<>(onSaved));
    }

    private void addRow(int row, SessionAgency agency) {
        Label name = new Label(agency.name() + " (" + agency.headcount() + ")");
        name.setWrapText(true);
        name.setMinWidth(120);
        name.setMaxWidth(170);
        add(name, 0, row);
        List<TextField> fields = new ArrayList<>();
        for (int i = 0; i < decision.options().size(); i++) {
            String option = decision.options().get(i).id();
            TextField field = CountRow.cell("hands-" + agency.code() + "-" + option,
                    agency.name() + ", " + letter(i) + " " + decision.options().get(i).label() + ", hands", 2);
            fields.add(field);
            add(field, i + 1, row);
        }
        CountRow counts = new CountRow(fields, () -> stored(agency.code()), total -> Headcounts.tooMany(agency, total),
                typed -> model.recordHands(at, agency.code(), byOption(typed)));
        rows.add(counts);
        add(counts.problem(), 1, row + 1, decision.options().size(), 1);
    }

    @Override
    public List<CountRow> rows() {
        return rows;
    }

    private Map<String, Integer> byOption(List<Integer> typed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < typed.size(); i++) {
            counts.put(decision.options().get(i).id(), typed.get(i));
        }
        return counts;
    }

    /** What the store holds for the agency at this grid's stage, one count per option. */
    private List<Integer> stored(String agency) {
        return decision.options().stream().map(o -> model.answers().stream()
                .filter(r -> r.key().equals(at.key()) && r.agencyCode().equals(agency) && r.optionId().equals(o.id())
                        && r.source() == ResponseSource.SHOW_OF_HANDS)
                .mapToInt(Response::count).sum()).toList();
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
