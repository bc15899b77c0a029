package org.threshold.ui.run.console;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;
import org.threshold.ui.common.Converters;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.privacy.PersonalDataCheck;
import org.threshold.workshop.run.RunState;

/**
 * Capturing the debrief by keyboard: Alt+1..5 anywhere in the console picks the kind (discussion,
 * key learning, action, barrier, parking lot) and puts the keyboard here; type, Enter saves.
 * Actions take an owner agency.
 */
final class NotesPane extends VBox {
    private final ComboBox<NoteKind> kind = new ComboBox<>();
    private final TextField text = new TextField();

    NotesPane(RunViewModel model, RunState state) {
        getStyleClass().add("notes-pane");
        setSpacing(6);
        Label title = new Label("Notes for this item");
        title.getStyleClass().add("title-3");
        kind.getItems().setAll(NoteKind.values());
        kind.setAccessibleText("Kind of note (Alt+1 to Alt+5)");
        kind.setValue(NoteKind.DISCUSSION);
        kind.setId("note-kind");
        kind.setConverter(Converters.of(k -> (k.ordinal() + 1) + " " + k.label()));
        ComboBox<SessionAgency> owner = new ComboBox<>();
        owner.getItems().setAll(state.agencies());
        owner.setPromptText("Owner agency");
        owner.setAccessibleText("Agency that owns the action");
        owner.setConverter(Converters.of(a -> a.name()));
        owner.disableProperty().bind(kind.valueProperty().isNotEqualTo(NoteKind.ACTION));
        text.setId("note-text");
        text.setPromptText("Type a note; Enter adds it");
        text.setAccessibleText("Note for this item");
        Label keys = new Label("Alt+1 to Alt+5 pick the kind, from anywhere; Esc leaves the box");
        keys.setId("note-keys");
        keys.getStyleClass().add("muted");
        keys.setWrapText(true);
        keys.setMinHeight(Label.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("note-add");
        add.setAccessibleText("Add the note");
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
                setText(empty || note == null ? null : line(note, state.agencies()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setAccessibleText("Notes saved for this item; Delete removes the chosen one");
        list.setOnKeyPressed(e -> {
            Note selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                model.deleteNote(selected);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox heading = new HBox(12, title, keys);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        title.setMinWidth(Label.USE_PREF_SIZE);
        getChildren().addAll(heading, new HBox(6, kind, owner), new HBox(6, text, add), privacy, list);
    }

    /** Alt+1..5: that kind of note, and the keyboard in the box to type it. */
    void startNote(NoteKind chosen) {
        kind.setValue(chosen);
        text.requestFocus();
    }

    /** A note still being typed is not saved by a key that moves the room on: the console says so instead. */
    Optional<String> unsaved() {
        return text.getText().isBlank() ? Optional.empty()
                : Optional.of("The note you are typing is not saved yet: Enter adds it, or clear the box first.");
    }

    /** A note as listed: its kind, its text and, for an action, its owner by the name the workshop planned. */
    static String line(Note note, List<SessionAgency> agencies) {
        String owner = agencies.stream().filter(a -> a.code().equals(note.ownerAgency())).map(SessionAgency::name)
                .findFirst().orElse(note.ownerAgency());
        return note.kind().label() + ": " + note.text() + (owner.isBlank() ? "" : " (" + owner + ")");
    }
}
