package org.threshold.ui.run.console;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.privacy.PersonalDataCheck;
import org.threshold.workshop.run.RunState;

/**
 * Capturing the debrief by keyboard: Alt+1..5 picks the kind (discussion, key learning, action,
 * barrier, parking lot), type, Enter saves. Actions take an owner agency.
 */
final class NotesPane extends VBox {
    NotesPane(RunViewModel model, RunState state) {
        getStyleClass().add("notes-pane");
        setSpacing(6);
        Label title = new Label("Notes for this item");
        title.getStyleClass().add("title-3");
        ComboBox<NoteKind> kind = new ComboBox<>();
        kind.getItems().setAll(NoteKind.values());
        kind.setValue(NoteKind.DISCUSSION);
        kind.setId("note-kind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(NoteKind k) {
                return k == null ? "" : (k.ordinal() + 1) + " " + k.label();
            }

            @Override
            public NoteKind fromString(String s) {
                return null;
            }
        });
        ComboBox<SessionAgency> owner = new ComboBox<>();
        owner.getItems().setAll(state.agencies());
        owner.setPromptText("Owner agency");
        owner.setConverter(new StringConverter<>() {
            @Override
            public String toString(SessionAgency a) {
                return a == null ? "" : a.name();
            }

            @Override
            public SessionAgency fromString(String s) {
                return null;
            }
        });
        owner.disableProperty().bind(kind.valueProperty().isNotEqualTo(NoteKind.ACTION));
        TextField text = new TextField();
        text.setId("note-text");
        text.setPromptText("Type a note and press Enter (Alt+1 to Alt+5 choose its kind)");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("note-add");
        Runnable save = () -> {
            String typed = text.getText();
            // Cleared only once saved: a note the disk refused stays here to be added again.
            model.addNote(kind.getValue(), typed, owner.getValue() == null ? "" : owner.getValue().code(), () -> {
                if (text.getText().equals(typed)) {
                    text.clear();
                }
            });
        };
        Label privacy = new Label();
        privacy.setId("note-privacy");
        privacy.getStyleClass().add("field-error");
        privacy.setWrapText(true);
        privacy.setMinHeight(Label.USE_PREF_SIZE);
        privacy.textProperty().bind(Bindings.createStringBinding(() -> PersonalDataCheck.warning(text.getText()),
                text.textProperty()));
        privacy.visibleProperty().bind(privacy.textProperty().isNotEmpty());
        privacy.managedProperty().bind(privacy.visibleProperty());
        add.setOnAction(e -> save.run());
        text.setOnAction(e -> save.run());

        // The close gathers the day's actions, so notes made for the session as a whole show there too.
        boolean close = state.item().kind() == AgendaItemKind.CLOSE;
        FilteredList<Note> mine = new FilteredList<>(model.notes(),
                n -> n.agendaItemId() == state.item().id() || close && n.agendaItemId() == 0);
        ListView<Note> list = new ListView<>(mine);
        list.setId("notes-list");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("No notes yet."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Note note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null : note.kind().label() + ": " + note.text()
                        + (note.ownerAgency().isBlank() ? "" : " (" + note.ownerAgency().replace('-', ' ') + ")"));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnKeyPressed(e -> {
            Note selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                model.deleteNote(selected);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode().isDigitKey() && !KeyCombination.keyCombination("Alt+0").match(e)) {
                int index = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (index >= 0 && index < NoteKind.values().length) {
                    kind.setValue(NoteKind.values()[index]);
                    text.requestFocus();
                    e.consume();
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, new HBox(6, kind, owner), new HBox(6, text, add), privacy, list);
    }
}
