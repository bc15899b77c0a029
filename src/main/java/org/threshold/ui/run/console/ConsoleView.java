package org.threshold.ui.run.console;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.DecisionKey;
import org.threshold.ui.run.AudienceDisplay;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.run.RunState;

/**
 * The presenter console on the laptop: the agenda, the current step with what is for the
 * facilitator only, the decision entry and the notes. A presentation remote drives it.
 */
public final class ConsoleView extends BorderPane {
    private final RunViewModel model;
    private final AudienceDisplay audience;
    private final ConsoleBar bar;
    private final ListView<AgendaItem> agenda = new ListView<>();
    private final SplitPane body = new SplitPane();
    private final VBox side = new VBox(12);
    private DecisionKey shownKey;
    private Node phones;

    public ConsoleView(RunViewModel model, AudienceDisplay audience) {
        this.model = model;
        this.audience = audience;
        this.bar = new ConsoleBar(model.clock());
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("console");
        setTop(bar);
        agenda.setId("run-agenda");
        agenda.setPrefWidth(250);
        agenda.setFocusTraversable(false);
        agenda.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        setLeft(agenda);
        side.getStyleClass().add("console-side");
        body.getItems().setAll(new Label(), side);
        body.setDividerPositions(0.42);
        setCenter(body);
    }

    private void initListeners() {
        bar.previous.setOnAction(e -> model.previous());
        bar.next.setOnAction(e -> model.next());
        bar.reveal.setOnAction(e -> model.reveal());
        bar.blank.setOnAction(e -> model.toggleBlank());
        bar.display.setOnAction(e -> audience.toggleFullScreen());
        bar.end.setOnAction(e -> model.finish());
        bar.leave.setOnAction(e -> model.leave());
        model.stateProperty().addListener((obs, old, state) -> show(state));
        agenda.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToChosen();
                e.consume();
            }
        });
        agenda.setOnMouseClicked(e -> jumpToChosen());
        addEventFilter(KeyEvent.KEY_PRESSED, this::remote);
        if (model.stateProperty().get() != null) {
            show(model.stateProperty().get());
        }
    }

    private void jumpToChosen() {
        int index = agenda.getSelectionModel().getSelectedIndex();
        if (index >= 0 && model.stateProperty().get() != null
                && index != model.stateProperty().get().position().itemIndex()) {
            model.jumpTo(index);
        }
    }

    /**
     * Presentation remotes send PageDown/PageUp (some send arrows, B, F5, Esc). Letter and arrow
     * keys act only when the keyboard is not in a text box, so typing a note never moves the room on;
     * Esc leaves a text box. G puts the keyboard in the agenda, where Enter jumps to the chosen item.
     */
    private void remote(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        boolean inTextArea = e.getTarget() instanceof TextArea;
        KeyCode code = e.getCode();
        if (code == KeyCode.PAGE_DOWN && !inTextArea || !typing && (code == KeyCode.RIGHT || code == KeyCode.SPACE)) {
            model.next();
        } else if (code == KeyCode.PAGE_UP && !inTextArea || !typing && code == KeyCode.LEFT) {
            model.previous();
        } else if (!typing && code == KeyCode.B || code == KeyCode.PERIOD && !typing) {
            model.toggleBlank();
        } else if (!typing && code == KeyCode.R) {
            model.reveal();
        } else if (code == KeyCode.F5 || !typing && code == KeyCode.F) {
            audience.toggleFullScreen();
        } else if (!typing && code == KeyCode.G) {
            agenda.requestFocus();
        } else if (typing && code == KeyCode.ESCAPE) {
            // Out of the text box, so the remote's keys and R, B and the arrows work again.
            agenda.requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    private void show(RunState state) {
        if (state == null) {
            return;
        }
        agenda.getItems().setAll(state.agenda());
        agenda.getSelectionModel().select(state.position().itemIndex());
        agenda.scrollTo(Math.max(0, state.position().itemIndex() - 2));
        bar.show(state, model.itemStartedAtProperty().get());
        // Rebuild the panes only when the step changes: a save must never pull the keyboard out of a box.
        if (state.key().equals(shownKey)) {
            return;
        }
        shownKey = state.key();
        body.getItems().set(0, new StepPane(state));
        side.getChildren().setAll(sidePanels(state));
        if (phones != null) {
            side.getChildren().add(0, phones);
        }
    }

    /** Phones in the room: their panel sits above the entry for every step. */
    public void showPhones(Node panel) {
        phones = panel;
        side.getChildren().add(0, panel);
    }

    private Node[] sidePanels(RunState state) {
        NotesPane notes = new NotesPane(model, state);
        VBox.setVgrow(notes, Priority.ALWAYS);
        VBox entry = null;
        if (state.stage().isPresent()) {
            entry = new DecisionEntryPane(model, state, state.stage().get(), model.answers());
        } else if (state.myth().isPresent()) {
            entry = new MythEntryPane(model.measures(), state, state.myth().get());
        } else {
            entry = switch (state.item().kind()) {
                case TRUST_EXERCISE -> new TrustGridPane(model.measures(), state);
                case CONFIDENCE_CHECK -> new ConfidenceEntryPane(model.measures(), state);
                case AGENCY_CARDS -> new AgencyCardPane(model.measures(), state);
                default -> null;
            };
        }
        if (entry != null) {
            VBox.setVgrow(entry, Priority.ALWAYS);
            // The entry needs the room; the notes keep a few lines below it.
            notes.setMaxHeight(state.stage().isPresent() ? Double.MAX_VALUE : 150);
            return new Node[] {entry, notes};
        }
        return new Node[] {notes};
    }

    public void close() {
        bar.stop();
        audience.close();
    }
}
