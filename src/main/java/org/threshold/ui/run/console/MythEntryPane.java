package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.MythItem;
import org.threshold.ui.run.MeasuresViewModel;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;

/**
 * The room's answer to one myth-or-fact statement: for each agency, how many said myth and how
 * many said fact. Type, Tab on; each box is saved as the keyboard leaves it.
 */
final class MythEntryPane extends VBox implements CountEntry {
    private final List<CountRow> rows = new ArrayList<>();
    private final ChangeListener<Measures> onSaved = (obs, old, now) -> rows.forEach(CountRow::refresh);

    MythEntryPane(MeasuresViewModel model, ObservableValue<RunState> state, RunState at, MythItem myth) {
        getStyleClass().add("myth-entry");
        setSpacing(8);
        MeasurePhase phase = model.phase();
        Label title = new Label("The room's answers, " + model.phase().label().toLowerCase(Locale.UK)
                + " the day's work: myth or fact?");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label hidden = new Label();
        hidden.setId("myth-revealed");
        hidden.getStyleClass().add("muted");
        hidden.setWrapText(true);
        hidden.setMinHeight(Label.USE_PREF_SIZE);
        hidden.textProperty().bind(state.map(s -> s.revealed().contains(at.key())
                ? "The answer and the room's votes are on the audience display (Shift+R hides them)."
                : "The answer stays hidden from the room until you press R."));
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form-grid", "myth-grid");
        grid.addRow(0, new Label(""), muted("Said myth"), muted("Said fact"));
        List<SessionAgency> agencies = at.agencies();
        for (int i = 0; i < agencies.size(); i++) {
            SessionAgency agency = agencies.get(i);
            Label name = new Label(agency.name() + " (" + agency.headcount() + ")");
            name.setMinWidth(Label.USE_PREF_SIZE);
            TextField saidMyth = CountRow.cell("myth-" + agency.code() + "-myth", agency.name() + " said myth", 3);
            TextField saidFact = CountRow.cell("myth-" + agency.code() + "-fact", agency.name() + " said fact", 3);
            CountRow row = new CountRow(List.of(saidMyth, saidFact), () -> {
                MythAnswer saved = model.measuresProperty().get().myth(phase, myth.id(), agency.code())
                        .orElse(new MythAnswer(phase, myth.id(), agency.code(), 0, 0));
                return List.of(saved.saidMyth(), saved.saidFact());
            }, total -> model.tooMany(agency.code(), total),
                    typed -> model.recordMyth(myth.id(), agency.code(), typed.get(0), typed.get(1)));
            rows.add(row);
            grid.addRow(2 * i + 1, name, saidMyth, saidFact);
            grid.add(row.problem(), 1, 2 * i + 2, 2, 1);
        }
        ScrollPane holder = new ScrollPane(grid);
        holder.setFitToWidth(true);
        holder.setFocusTraversable(false);
        Scrolling.followFocusWithin(holder);
        VBox.setVgrow(holder, Priority.ALWAYS);
        Label status = new Label();
        status.setId("myth-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(title, hidden, holder, status);
        model.measuresProperty().addListener(new WeakChangeListener<>(onSaved));
    }

    @Override
    public List<CountRow> rows() {
        return rows;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
