package org.threshold.ui.run.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.threshold.workshop.run.RunState;

/**
 * The console's top bar: where we are, what the projector shows (blank, revealed or not), the
 * item's timer against its plan, and the controls, each with its key.
 */
final class ConsoleBar extends VBox {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final PseudoClass BLANK = PseudoClass.getPseudoClass("blank");
    private static final PseudoClass REVEALED = PseudoClass.getPseudoClass("revealed");
    final Button previous = button("Previous", "Back a step (PageUp, or Left from the agenda)", "run-previous");
    final Button next = button("Next", "On a step (PageDown, or Right or Space from the agenda)", "run-next");
    final Button reveal = button("Reveal", "Show the results to the room (R); press again to hide them (Shift+R)",
            "run-reveal");
    final Button blank = button("Blank", "Blank the audience display, and back (B)", "run-blank");
    final Button display = button("Display", "Audience display full screen (F5 or F)", "run-display");
    final Button end = button("End", "End the workshop (PageDown after the last step)", "run-end");
    final Button leave = button("Plan", "Back to the plan; the workshop stays where it is", "run-leave");
    private final Label where = new Label();
    private final Label room = new Label();
    private final Label timer = new Label();
    private final Timeline ticker;
    private final Clock clock;
    private Instant startedAt;
    private int plannedMinutes;

    ConsoleBar(Clock clock) {
        this.clock = clock;
        getStyleClass().add("app-bar");
        where.getStyleClass().add("strong");
        where.setId("run-where");
        where.setWrapText(true);
        where.setMinWidth(0);
        room.setId("run-room");
        room.getStyleClass().add("room-state");
        room.setMinWidth(Region.USE_PREF_SIZE);
        timer.setId("run-timer");
        timer.getStyleClass().add("timer");
        timer.setMinWidth(Region.USE_PREF_SIZE);
        next.getStyleClass().add("accent");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox top = new HBox(12, where, spacer, room, timer);
        top.getStyleClass().add("console-where");
        FlowPane controls = new FlowPane(8, 6, previous, next, reveal, blank, display, end, leave);
        controls.getStyleClass().add("console-controls");
        getChildren().addAll(top, controls);
        // The timer is display only: it reads the clock once a second and saves nothing.
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> updateTimer()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    void show(RunState state, Instant itemStartedAt, boolean blanked) {
        where.setText("Item " + (state.position().itemIndex() + 1) + " of " + state.agenda().size() + ": "
                + state.item().title() + stepText(state));
        startedAt = itemStartedAt;
        plannedMinutes = state.item().plannedMinutes();
        reveal.setText(state.isRevealed() ? "Hide" : "Reveal");
        reveal.setAccessibleText(state.isRevealed() ? "Hide the results from the room again (Shift+R)"
                : "Reveal the results to the room (R)");
        blank.setText(blanked ? "Show" : "Blank");
        room.setText(roomState(state, blanked));
        room.pseudoClassStateChanged(BLANK, blanked);
        room.pseudoClassStateChanged(REVEALED, !blanked && state.isRevealed());
        updateTimer();
    }

    /** What the projector shows now, in words: the facilitator sees the room's state without looking round. */
    static String roomState(RunState state, boolean blanked) {
        if (blanked) {
            return "Projector: blank (B shows it)";
        }
        String step = "item " + (state.position().itemIndex() + 1) + stepText(state);
        if (!state.hasResults()) {
            return "Projector: " + step;
        }
        return "Projector: " + step + (state.isRevealed() ? ", results showing" : ", results hidden");
    }

    /** Once the workshop is finished, nothing moves or reveals; Plan and the display stay. */
    void finished(boolean done) {
        for (Button button : new Button[] {previous, next, reveal, blank, end}) {
            button.setDisable(done);
        }
        if (done) {
            ticker.stop();
        }
    }

    void stop() {
        ticker.stop();
    }

    private static String stepText(RunState state) {
        int steps = state.cursor().steps(state.position().itemIndex());
        if (state.isDebrief()) {
            return " \u00b7 debrief";
        }
        return steps > 1 ? " \u00b7 step " + (state.position().stageIndex() + 1) + " of " + steps : "";
    }

    private void updateTimer() {
        if (startedAt == null) {
            timer.setText("");
            return;
        }
        long seconds = Math.max(0, Duration.between(startedAt, clock.instant()).getSeconds());
        String text = String.format("%d:%02d of %d:00", seconds / 60, seconds % 60, plannedMinutes);
        boolean over = seconds > plannedMinutes * 60L;
        timer.setText(over ? text + " (over)" : text);
        timer.pseudoClassStateChanged(OVER, over);
    }

    private static Button button(String text, String tip, String id) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(text + ": " + tip);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
