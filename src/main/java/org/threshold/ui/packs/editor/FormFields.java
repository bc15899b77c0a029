package org.threshold.ui.packs.editor;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.threshold.ui.common.Converters;

/** The few kinds of field the editor's forms are made of, each labelled and reporting every change at once. */
final class FormFields {
    private FormFields() {
    }

    static VBox form(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        heading.setWrapText(true);
        VBox form = new VBox(12, heading);
        form.getStyleClass().add("editor-form");
        return form;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-3");
        label.setWrapText(true);
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static TextField textField(String value, Consumer<String> changed) {
        TextField field = new TextField(value);
        field.textProperty().addListener((obs, old, text) -> changed.accept(text));
        return field;
    }

    static Node text(String label, String value, Consumer<String> changed) {
        return labelled(label, textField(value, changed));
    }

    static Node area(String label, String value, int rows, Consumer<String> changed) {
        TextArea area = new TextArea(value);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().addListener((obs, old, text) -> changed.accept(text));
        // Tab leaves the box, as in every other field; pack text has no use for a tab character.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return labelled(label, area);
    }

    /** A list of short texts written one a line; blank lines are left out. */
    static Node lines(String label, List<String> values, Consumer<List<String>> changed) {
        return area(label + " (one a line)", String.join("\n", values), Math.max(2, Math.min(values.size() + 1, 6)),
                text -> changed.accept(PackEdits.lines(text)));
    }

    static <T> ComboBox<T> choiceBox(List<T> items, T value, Function<T, String> show, Consumer<T> changed) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setValue(value);
        box.setConverter(Converters.of(show));
        box.valueProperty().addListener((obs, old, item) -> changed.accept(item));
        return box;
    }

    static <T> Node choice(String label, List<T> items, T value, Function<T, String> show, Consumer<T> changed) {
        return labelled(label, choiceBox(items, value, show, changed));
    }

    /** A tick box for each id offered; reports the ids ticked, in the order they were ticked. */
    static Node checks(String label, List<String> ids, List<String> chosen, Consumer<List<String>> changed) {
        FlowPane boxes = new FlowPane(12, 6);
        AtomicReference<List<String>> current = new AtomicReference<>(chosen);
        for (String id : ids) {
            CheckBox box = new CheckBox(id);
            box.setSelected(chosen.contains(id));
            box.selectedProperty().addListener((obs, old, on) -> {
                changed.accept(current.updateAndGet(now -> PackEdits.toggle(now, id, on)));
            });
            boxes.getChildren().add(box);
        }
        if (ids.isEmpty()) {
            boxes.getChildren().add(hint("None to choose from yet."));
        }
        return labelled(label, boxes);
    }

    static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        return button;
    }

    static VBox labelled(String text, Node field) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setLabelFor(field);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(4, label, field);
    }

    static VBox card(Node... nodes) {
        VBox card = new VBox(10, nodes);
        card.getStyleClass().add("card");
        return card;
    }
}
