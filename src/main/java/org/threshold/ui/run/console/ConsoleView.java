package org.threshold.ui.run.console;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.NoteKind;
import org.threshold.ui.export.ExportActions;
import org.threshold.ui.run.AudienceDisplay;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.run.RunState;

/**
 * The presenter console on the laptop: the agenda, the current step with what is for the
 * facilitator only, the decision entry and the notes. A presentation remote drives it; the keys
 * are in {@link ConsoleKeys}.
 */
public final class ConsoleView extends BorderPane {
    private final RunViewModel model;
    private final AudienceDisplay audience;
    private final ConsoleBar bar;
    private final ConsoleKeys keys;
    private final EndPanel end;
    private final ListView<AgendaItem> agenda = new ListView<>();
    private final SplitPane body = new SplitPane();
    private final VBox side = new VBox(12);
    private final Label status = new Label();
    private Entry entry;
    private NotesPane notes;
    private DecisionKey shownKey;
    private Node phones;

    public ConsoleView(RunViewModel model, AudienceDisplay audience) {
        this(model, audience, null);
    }

    /** @param exports the export dialog the end screen offers; null leaves it out */
    public ConsoleView(RunViewModel model, AudienceDisplay audience, ExportActions exports) {
        this.model = model;
        this.audience = audience;
        this.bar = new ConsoleBar(model.clock());
        this.keys = new ConsoleKeys(this, model);
        this.end = new EndPanel(model, exports);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("console");
        setTop(bar);
        agenda.setId("run-agenda");
        agenda.setPrefWidth(250);
        agenda.setFocusTraversable(false);
        agenda.setAccessibleText("Agenda: arrows choose an item, Enter goes to it");
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
        // On a small screen or with large text the side scrolls rather than spilling over the bar.
        ScrollPane sideScroller = new ScrollPane(side);
        sideScroller.setFitToWidth(true);
        sideScroller.setFitToHeight(true);
        sideScroller.setFocusTraversable(false);
        sideScroller.getStyleClass().add("console-side-scroller");
        Scrolling.followFocusWithin(sideScroller);
        body.getItems().setAll(new Label(), sideScroller);
        body.setDividerPositions(0.42);
        setCenter(body);
        status.setId("run-status");
        status.getStyleClass().add("console-status");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(new VBox(end.banner(), status));
    }

    private void initListeners() {
        bar.previous.setOnAction(e -> guarded(model::previous, true));
        bar.next.setOnAction(e -> guarded(model::next, true));
        bar.reveal.setOnAction(e -> guarded(model::toggleReveal, false));
        bar.blank.setOnAction(e -> model.toggleBlank());
        bar.display.setOnAction(e -> audience.toggleFullScreen());
        bar.end.setOnAction(e -> guarded(model.ending()::offer, true));
        bar.leave.setOnAction(e -> guarded(model::leave, true));
        status.textProperty().bind(model.statusProperty());
        model.stateProperty().addListener((obs, old, state) -> show(state));
        model.blankedProperty().addListener((obs, was, now) -> show(model.stateProperty().get()));
        model.ending().offeredProperty().addListener((obs, was, offered) -> {
            if (offered) {
                end.focusBanner();
            }
        });
        model.ending().finishedProperty().addListener((obs, was, finished) -> {
            bar.finished(finished);
            if (finished) {
                setCenter(end.finishedScreen());
                end.focusFinished();
            }
        });
        agenda.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToChosen();
                e.consume();
            }
        });
        agenda.setOnMouseClicked(e -> jumpToChosen());
        addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        if (model.stateProperty().get() != null) {
            show(model.stateProperty().get());
        }
    }

    ListView<AgendaItem> agenda() {
        return agenda;
    }

    /** Saves what is typed, then runs {@code command}; when it cannot be saved, says why and does nothing. */
    void guarded(Runnable command, boolean movesOn) {
        Optional<String> refused = commit(movesOn);
        if (refused.isPresent()) {
            model.tell(refused.get());
        } else {
            command.run();
        }
    }

    /** Saves what is typed in the entry; a note still being typed holds back only a key that moves the room on. */
    Optional<String> commit(boolean movesOn) {
        Optional<String> refused = entry == null ? Optional.empty() : entry.commit();
        if (refused.isEmpty() && movesOn && notes != null) {
            return notes.unsaved();
        }
        return refused;
    }

    /** Before the window closes or the app quits: everything typed is saved, whatever can be. */
    public void commitAll() {
        commit(false);
    }

    /** False once the workshop is marked finished here: quitting then has nothing to ask about. */
    public boolean isRunning() {
        return !model.ending().finishedProperty().get();
    }

    /** Runs {@code then} once every save asked for so far is on disk. */
    public void whenSaved(Runnable then) {
        model.whenSaved(then);
    }

    void focusAgenda() {
        agenda.requestFocus();
    }

    void toggleFullScreen() {
        audience.toggleFullScreen();
    }

    void startNote(NoteKind kind) {
        if (notes != null) {
            commit(false);
            notes.startNote(kind);
        }
    }

    void switchDecisionMode() {
        if (entry instanceof DecisionEntryPane decisions) {
            decisions.switchMode().ifPresent(model::tell);
        } else {
            model.tell("Ctrl+T switches between a show of hands and table decisions, at a scenario's stages.");
        }
    }

    private void jumpToChosen() {
        int index = agenda.getSelectionModel().getSelectedIndex();
        if (index >= 0 && model.stateProperty().get() != null
                && index != model.stateProperty().get().position().itemIndex()) {
            guarded(() -> model.jumpTo(index), true);
        }
    }

    private void show(RunState state) {
        if (state == null) {
            return;
        }
        agenda.getItems().setAll(state.agenda());
        agenda.getSelectionModel().select(state.position().itemIndex());
        agenda.scrollTo(Math.max(0, state.position().itemIndex() - 2));
        bar.show(state, model.itemStartedAtProperty().get(), model.blankedProperty().get());
        // Rebuild the panes only when the step changes: a save must never pull the keyboard out of a box.
        if (state.key().equals(shownKey)) {
            return;
        }
        shownKey = state.key();
        StepPane step = new StepPane(state);
        body.getItems().set(0, step);
        side.getChildren().setAll(sidePanels(state));
        if (phones != null) {
            side.getChildren().add(0, phones);
        }
        // A new step: the keyboard goes where the room's answers are typed, or to the agenda when there are none.
        if (entry != null) {
            entry.focusFirst();
        } else {
            agenda.requestFocus();
        }
    }

    /** Phones in the room: their panel sits above the entry for every step. */
    public void showPhones(Node panel) {
        phones = panel;
        side.getChildren().add(0, panel);
    }

    private Node[] sidePanels(RunState state) {
        notes = new NotesPane(model, state);
        VBox.setVgrow(notes, Priority.ALWAYS);
        entry = null;
        if (state.stage().isPresent()) {
            entry = new DecisionEntryPane(model, state, state.stage().get());
        } else if (state.myth().isPresent()) {
            entry = new MythEntryPane(model.measures(), model.stateProperty(), state, state.myth().get());
        } else {
            entry = switch (state.item().kind()) {
                case TRUST_EXERCISE -> new TrustGridPane(model.measures(), model.stateProperty(), state);
                case CONFIDENCE_CHECK -> new ConfidenceEntryPane(model.measures(), state);
                case AGENCY_CARDS -> new AgencyCardPane(model.measures(), state);
                case WHERE_WE_STAND -> new StandEntryPane(model, state);
                default -> null;
            };
        }
        if (entry instanceof Node pane) {
            VBox.setVgrow(pane, Priority.ALWAYS);
            // The entry needs the room; the notes keep a few lines below it.
            notes.setMaxHeight(state.stage().isPresent() ? 220 : 150);
            return new Node[] {pane, notes};
        }
        return new Node[] {notes};
    }

    public void close() {
        bar.stop();
        audience.close();
    }
}
