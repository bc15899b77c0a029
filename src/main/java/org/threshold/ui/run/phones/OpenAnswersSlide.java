package org.threshold.ui.run.phones;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.phones.WordCloud;
import org.threshold.workshop.run.RunState;

/**
 * An open question on the projector: the question while the room answers; once revealed, the
 * answers the facilitator approved, as a word cloud and as a list. Waiting and hidden ones never show.
 */
final class OpenAnswersSlide {
    static final int CLOUD_WORDS = 30;

    private OpenAnswersSlide() {
    }

    static VBox of(RunState state, PhonesViewModel phones) {
        VBox slide = new VBox();
        slide.getStyleClass().add("slide");
        slide.getStylesheets().add(PhonesPanel.CSS);
        slide.getChildren().addAll(RoomOnScreen.label("Open question", "slide-kicker"),
                RoomOnScreen.label(state.item().title(), "slide-heading"));
        List<String> approved = DeviceTally.approved(phones.sessionAnswers(), state.item().id());
        if (!state.isRevealed()) {
            long given = phones.sessionAnswers().stream().filter(a -> a.key().equals(state.key())).count();
            slide.getChildren().add(RoomOnScreen.label(phones.onProperty().get()
                    ? "Answer on your phone. " + (given == 1 ? "1 answer" : given + " answers") + " so far."
                    : "Talk it over at your table.", "slide-body"));
            return slide;
        }
        if (approved.isEmpty()) {
            slide.getChildren().add(RoomOnScreen.label("No answers to show yet.", "slide-note"));
            return slide;
        }
        FlowPane cloud = new FlowPane();
        cloud.getStyleClass().add("word-cloud");
        for (WordCloud.Word word : WordCloud.of(approved, CLOUD_WORDS)) {
            Label label = new Label(word.text());
            label.getStyleClass().add("cloud-" + word.weight());
            cloud.getChildren().add(label);
        }
        VBox list = new VBox();
        list.getStyleClass().add("open-answers-list");
        // Labels show the text as typed and never as markup.
        approved.forEach(text -> list.getChildren().add(RoomOnScreen.label("\u2022 " + text, "open-answer")));
        slide.getChildren().addAll(cloud, list);
        return slide;
    }
}
