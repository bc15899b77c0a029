package org.threshold.ui.run.phones;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.DeviceAnswer;
import org.threshold.ui.common.Converters;
import org.threshold.workshop.phones.AgencyCount;
import org.threshold.workshop.phones.LanAddress;
import org.threshold.workshop.phones.QuestionKind;
import org.threshold.workshop.phones.RoomQuestion;
import org.threshold.workshop.run.RunState;

/**
 * The console's Phones panel: the network to use, on and off, the address and join code, the
 * self-test, per agency how many joined and answered (the split only once revealed), closing a
 * question, and the queue of open answers to approve or hide.
 */
public final class PhonesPanel extends TitledPane {
    static final String CSS = PhonesPanel.class.getResource("phones.css").toExternalForm();

    private final PhonesViewModel model;
    private final ComboBox<LanAddress> address = new ComboBox<>();
    private final TextField port = new TextField();
    private final Button toggle = new Button();
    private final Label join = new Label();
    private final Label code = new Label();
    private final Button selfTest = new Button("Self-test");
    private final Button changeCode = new Button("Change code");
    private final Button closeAnswering = new Button();
    private final Label message = new Label();
    private final GridPane counts = new GridPane();
    private final Label split = new Label();
    private final ModerationQueue queue;

    public PhonesPanel(PhonesViewModel model) {
        this.model = model;
        this.queue = new ModerationQueue(model);
        createView();
        initListeners();
    }

    private void createView() {
        setId("phones-panel");
        getStyleClass().add("phones-panel");
        getStylesheets().add(CSS);
        setExpanded(false);
        address.setId("phones-address");
        address.setAccessibleText("Network phones use");
        address.setMaxWidth(Double.MAX_VALUE);
        address.setConverter(Converters.of(a -> a.describe()));
        HBox.setHgrow(address, Priority.ALWAYS);
        port.setId("phones-port");
        port.setPrefColumnCount(5);
        port.setAccessibleText("Port");
        toggle.setId("phones-toggle");
        join.setId("phones-join");
        join.getStyleClass().add("phones-join");
        join.setWrapText(true);
        join.setMinHeight(Label.USE_PREF_SIZE);
        code.setId("phones-code");
        code.getStyleClass().add("phones-join");
        selfTest.setId("phones-self-test");
        changeCode.setId("phones-change-code");
        closeAnswering.setId("phones-close");
        message.setId("phones-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        counts.setId("phones-counts");
        counts.getStyleClass().add("phones-counts");
        split.setId("phones-split");
        split.setWrapText(true);
        Label portLabel = new Label("Port");
        portLabel.setMinWidth(Label.USE_PREF_SIZE);
        toggle.setMinWidth(Button.USE_PREF_SIZE);
        HBox network = new HBox(6, portLabel, port, toggle);
        network.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(6, selfTest, changeCode, closeAnswering);
        actions.getChildren().forEach(b -> ((Button) b).setMinWidth(Button.USE_PREF_SIZE));
        VBox content = new VBox(8, address, network, join, code, actions, message, counts, split, queue);
        content.getStyleClass().add("phones-content");
        setContent(content);
    }

    private void initListeners() {
        address.setItems(model.network().addresses());
        address.valueProperty().bindBidirectional(model.network().addressProperty());
        port.textProperty().bindBidirectional(model.network().portProperty());
        address.disableProperty().bind(model.onProperty());
        port.disableProperty().bind(model.onProperty());
        toggle.textProperty().bind(Bindings.when(model.onProperty()).then("Turn phones off").otherwise("Turn phones on"));
        toggle.setOnAction(e -> {
            if (model.onProperty().get()) {
                model.turnOff();
            } else {
                model.turnOn();
            }
        });
        toggle.disableProperty().bind(model.busyProperty());
        join.textProperty().bind(Bindings.concat("Phones join at ", model.urlProperty()));
        code.textProperty().bind(Bindings.concat("Join code ", model.joinCodeProperty()));
        for (Label shownWhenOn : new Label[] {join, code}) {
            shownWhenOn.visibleProperty().bind(model.onProperty());
            shownWhenOn.managedProperty().bind(shownWhenOn.visibleProperty());
        }
        selfTest.setOnAction(e -> model.selfTest());
        selfTest.disableProperty().bind(model.onProperty().not());
        changeCode.setOnAction(e -> model.changeCode());
        changeCode.disableProperty().bind(model.onProperty().not());
        closeAnswering.textProperty().bind(Bindings.when(model.closedProperty()).then("Reopen answering")
                .otherwise("Close answering"));
        closeAnswering.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.questionProperty().get().asksAnything(), model.questionProperty()));
        closeAnswering.setOnAction(e -> {
            if (model.closedProperty().get()) {
                model.reopenAnswering();
            } else {
                model.closeAnswering();
            }
        });
        message.textProperty().bind(model.messageProperty());
        model.revisionProperty().addListener((obs, old, now) -> showCounts());
        model.onProperty().addListener((obs, old, now) -> showCounts());
        model.run().stateProperty().addListener((obs, old, now) -> showCounts());
        // An open question is answered only on phones: its queue is what the facilitator needs to see.
        model.questionProperty().addListener((obs, old, now) -> {
            if (now.kind() == QuestionKind.OPEN) {
                setExpanded(true);
            }
        });
        showCounts();
    }

    private void showCounts() {
        counts.getChildren().clear();
        counts.addRow(0, header("Agency"), header("Joined"), header("Answered"));
        int joined = 0;
        int answered = 0;
        int row = 1;
        for (AgencyCount count : model.counts()) {
            counts.addRow(row++, new Label(count.name()), number(count.joined()), number(count.answered()));
            joined += count.joined();
            answered += count.answered();
        }
        RoomQuestion question = model.questionProperty().get();
        String status = !model.onProperty().get() ? "off" : "on \u00b7 " + joined + " joined"
                + (question.asksAnything() ? " \u00b7 " + answered + " answered" : "");
        setText("Phones " + status);
        split.setText(splitText(question));
        split.setVisible(!split.getText().isEmpty());
        split.setManaged(split.isVisible());
        queue.show();
    }

    /** Which answers phones gave, for the whole room, only once the results are revealed, as the projector shows them. */
    private String splitText(RoomQuestion question) {
        RunState state = model.run().stateProperty().get();
        if (state == null || !state.isRevealed() || !question.asksAnything()
                || (question.kind() != QuestionKind.DECISION && question.kind() != QuestionKind.MYTH)) {
            return "";
        }
        Map<String, Long> byOption = new TreeMap<>(model.sessionAnswers().stream()
                .filter(a -> a.key().equals(question.key())).collect(Collectors.groupingBy(DeviceAnswer::value,
                        Collectors.counting())));
        long total = byOption.values().stream().mapToLong(Long::longValue).sum();
        if (total < state.session().anonymityThreshold()) {
            return total == 0 ? "" : "Too few phone answers to show how they split.";
        }
        return "Phones answered: " + question.options().stream().map(o -> o.label() + " "
                + byOption.getOrDefault(o.id(), 0L)).collect(Collectors.joining(" \u00b7 "));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("phones-count-header");
        return label;
    }

    private static Label number(int value) {
        Label label = new Label(Integer.toString(value));
        label.getStyleClass().add("phones-count");
        return label;
    }
}
