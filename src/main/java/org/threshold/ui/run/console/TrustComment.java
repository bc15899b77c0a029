package org.threshold.ui.run.console;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.ui.run.MeasuresViewModel;

/**
 * The comment under the trust grid: what would raise the chosen cell's score. It follows the cell
 * the caret is on, and is saved by Enter or when the keyboard leaves it, so a comment is never lost
 * to a key that moves on; a cell with no score yet takes no comment.
 */
final class TrustComment extends VBox {
    private final MeasuresViewModel model;
    private final MeasurePhase phase;
    private final TextField comment = new TextField();
    private final Label commentFor = new Label();
    private SessionAgency from;
    private SessionAgency to;

    /**
     * @param returnTo where Esc takes the keyboard back to: the chosen cell
     * @param afterEnter runs once Enter has saved the comment: the grid moves on to the next cell
     */
    TrustComment(MeasuresViewModel model, MeasurePhase phase, Supplier<Node> returnTo, Runnable afterEnter) {
        super(8);
        this.model = model;
        this.phase = phase;
        comment.setId("trust-comment");
        comment.setDisable(true);
        comment.setPromptText("Optional; Enter saves it");
        ConsoleKeys.escapeReturnsTo(comment, returnTo);
        commentFor.setId("trust-comment-for");
        commentFor.setText("Choose a cell, then Enter: what would raise its score?");
        commentFor.setLabelFor(comment);
        commentFor.setWrapText(true);
        commentFor.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(commentFor, comment);
        comment.setOnAction(e -> {
            if (from != null) {
                save();
                afterEnter.run();
            }
        });
        comment.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                save();
            }
        });
    }

    /** The caret is on the cell where {@code from} rates {@code to}: its comment, as saved, is shown. */
    void follow(SessionAgency from, SessionAgency to) {
        this.from = from;
        this.to = to;
        comment.setDisable(false);
        commentFor.setText("What would raise " + from.name() + "'s trust in " + to.name() + "?");
        comment.setText(model.measuresProperty().get().trust(phase, from.code(), to.code())
                .map(TrustRating::comment).orElse(""));
    }

    /** Enter on a cell: the keyboard goes to its comment. */
    void open() {
        comment.setDisable(false);
        comment.requestFocus();
    }

    void save() {
        if (from != null && !comment.isDisabled()
                && model.measuresProperty().get().trust(phase, from.code(), to.code()).isPresent()) {
            model.commentTrust(from.code(), to.code(), comment.getText());
        }
    }
}
