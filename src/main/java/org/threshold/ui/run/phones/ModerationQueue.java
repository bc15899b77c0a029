package org.threshold.ui.run.phones;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Moderation;
import org.threshold.workshop.privacy.PersonalDataCheck;

/**
 * Open answers waiting for the facilitator: each approved (the room may see it) or hidden. An
 * answer that looks like real personal data (an NHS number, a date of birth, a postcode) is flagged.
 */
final class ModerationQueue extends VBox {
    private final PhonesViewModel model;

    ModerationQueue(PhonesViewModel model) {
        this.model = model;
        setId("phones-moderation");
        getStyleClass().add("phones-moderation");
        setSpacing(6);
    }

    void show() {
        List<DeviceAnswer> answers = model.openAnswers();
        getChildren().clear();
        setVisible(!answers.isEmpty());
        setManaged(isVisible());
        if (answers.isEmpty()) {
            return;
        }
        long waiting = answers.stream().filter(a -> a.moderation() == Moderation.PENDING).count();
        Label title = new Label("Open answers: " + waiting + " waiting, " + (answers.size() - waiting) + " done");
        title.getStyleClass().add("title-3");
        getChildren().add(title);
        int index = 0;
        for (DeviceAnswer answer : answers) {
            getChildren().add(row(answer, index++));
        }
    }

    private VBox row(DeviceAnswer answer, int index) {
        // A Label shows the text as text: nothing a participant types is read as markup here.
        Label text = new Label(answer.text());
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.getStyleClass().add("open-answer");
        Label state = new Label(answer.moderation().label());
        state.getStyleClass().add("open-answer-state");
        state.setMinWidth(Label.USE_PREF_SIZE);
        Button approve = new Button("Approve");
        approve.setId("approve-" + index);
        approve.setDisable(answer.moderation() == Moderation.APPROVED);
        approve.setOnAction(e -> model.approve(answer));
        Button hide = new Button("Hide");
        hide.setId("hide-" + index);
        hide.setDisable(answer.moderation() == Moderation.HIDDEN);
        hide.setOnAction(e -> model.hide(answer));
        approve.setMinWidth(Button.USE_PREF_SIZE);
        hide.setMinWidth(Button.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(6, text, state, approve, hide);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, line);
        row.getStyleClass().add("open-answer-row");
        List<PersonalDataCheck.Finding> findings = PersonalDataCheck.check(answer.text());
        if (!findings.isEmpty()) {
            Label flag = new Label("\u201c" + findings.get(0).text() + "\u201d looks like " + findings.get(0).what()
                    + ": check before approving.");
            flag.setWrapText(true);
            flag.setMinHeight(Label.USE_PREF_SIZE);
            flag.getStyleClass().addAll("field-error", "open-answer-flag");
            row.getChildren().add(flag);
            row.getStyleClass().add("flagged");
        }
        return row;
    }
}
