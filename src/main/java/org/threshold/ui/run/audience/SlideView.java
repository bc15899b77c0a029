package org.threshold.ui.run.audience;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.ui.run.audience.SlideBlock.Verdict;
import org.threshold.ui.run.phones.QrCodeView;

/** Draws one {@link AudienceSlide}: a kicker, a heading and its blocks, sized for the back of the room by audience.css. */
final class SlideView extends VBox {
    /** The slide, with how to join on a phone beside it rather than under it when the slide has that. */
    static Node of(AudienceSlide slide) {
        List<SlideBlock> main = slide.blocks().stream().filter(b -> !(b instanceof SlideBlock.Join)).toList();
        SlideView view = new SlideView(new AudienceSlide(slide.kicker(), slide.heading(), main));
        if (main.size() == slide.blocks().size()) {
            return view;
        }
        HBox.setHgrow(view, Priority.ALWAYS);
        HBox beside = new HBox(view);
        slide.blocks().stream().filter(b -> b instanceof SlideBlock.Join)
                .forEach(b -> beside.getChildren().add(join((SlideBlock.Join) b)));
        return beside;
    }

    private static Node join(SlideBlock.Join join) {
        VBox panel = new VBox(label(join.title(), "room-join-title"), new QrCodeView(join.joinUrl()),
                label(join.address(), "room-join-address"), label(join.code(), "room-join-code"));
        panel.getStyleClass().add("room-join");
        panel.setMinWidth(VBox.USE_PREF_SIZE);
        return panel;
    }

    SlideView(AudienceSlide slide) {
        getStyleClass().add("slide");
        setAlignment(Pos.TOP_LEFT);
        if (!slide.kicker().isBlank()) {
            getChildren().add(label(slide.kicker(), "slide-kicker"));
        }
        Label heading = label(slide.heading(), "slide-heading");
        heading.setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(heading);
        for (SlideBlock block : slide.blocks()) {
            getChildren().add(draw(block));
        }
    }

    private static Node draw(SlideBlock block) {
        if (block instanceof SlideBlock.Text text) {
            return label(text.text(), switch (text.style()) {
                case BODY -> "slide-body";
                case QUESTION -> "slide-question";
                case NOTE -> "slide-note";
                case VERDICT -> "slide-verdict";
                case SUMMARY -> "slide-summary";
            });
        }
        if (block instanceof SlideBlock.Options options) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("slide-options");
            for (int i = 0; i < options.letters().size(); i++) {
                grid.addRow(i, label(options.letters().get(i), "slide-option-letter"),
                        label(options.labels().get(i), "slide-option"));
            }
            return grid;
        }
        if (block instanceof SlideBlock.Bars bars) {
            return new ResultsChart(bars);
        }
        if (block instanceof Verdict verdict) {
            return verdict(verdict);
        }
        if (block instanceof SlideBlock.Grid grid) {
            return switch (grid.kind()) {
                case THRESHOLD -> new ThresholdChartView(grid);
                case TRUST -> new TrustHeatmap(grid);
                case CONFIDENCE -> new ConfidenceShiftView(grid);
                case JOURNEY, READINESS -> new StandGridView(grid);
            };
        }
        if (block instanceof SlideBlock.OpenAnswers open) {
            return openAnswers(open);
        }
        return new AgencyCardsView((SlideBlock.Cards) block);
    }

    /** The words most said, larger the more said, then every approved answer as given (as text, never markup). */
    private static Node openAnswers(SlideBlock.OpenAnswers open) {
        FlowPane cloud = new FlowPane();
        cloud.getStyleClass().add("word-cloud");
        for (SlideBlock.CloudWord word : open.cloud()) {
            Label label = new Label(word.text());
            label.getStyleClass().add("cloud-" + word.weight());
            cloud.getChildren().add(label);
        }
        VBox list = new VBox();
        list.getStyleClass().add("open-answers-list");
        open.answers().forEach(text -> list.getChildren().add(label("\u2022 " + text, "open-answer")));
        VBox both = new VBox(cloud, list);
        both.getStyleClass().add("open-answers");
        return both;
    }

    /** The answer on the left, the room's votes on the right. */
    private static Node verdict(Verdict verdict) {
        VBox answer = new VBox(label(verdict.verdict(), "slide-verdict"), label(verdict.explanation(), "slide-body"));
        answer.getStyleClass().add("myth-answer");
        if (verdict.room() == null) {
            return answer;
        }
        ResultsChart room = new ResultsChart(verdict.room());
        room.getStyleClass().add("myth-answers");
        HBox.setHgrow(room, Priority.ALWAYS);
        HBox columns = new HBox(answer, room);
        columns.getStyleClass().add("myth-columns");
        return columns;
    }

    static Label label(String text, String styleClass) {
        Label label = new SlideLabel(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A widget a screen reader reads as one piece of text: the chart said in words. */
    static void describe(Node node, String description) {
        node.setAccessibleRole(AccessibleRole.TEXT);
        node.setAccessibleText(description);
    }
}
