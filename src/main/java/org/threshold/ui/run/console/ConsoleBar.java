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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.threshold.workshop.run.RunState;

/** The console's top bar: where we are, the item's timer against its plan, and the controls with their keys. */
final class ConsoleBar extends HBox {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    final Button previous = button("Previous", "Back a step (PageUp or Left)", "run-previous");
    final Button next = button("Next", "On a step (PageDown, Right or Space)", "run-next");
    final Button reveal = button("Reveal", "Show the results to the room (R)", "run-reveal");
    final Button blank = button("Blank", "Blank the audience display (B)", "run-blank");
    final Button display = button("Display", "Audience display full screen (F5 or F)", "run-display");
    final Button end = button("End", "Finish the workshop", "run-end");
    final Button leave = button("Plan", "Back to the plan; the workshop stays where it is", "run-leave");
    private final Label where = new Label();
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
        where.setMinWidth(0);
        timer.setId("run-timer");
        timer.getStyleClass().add("timer");
        next.getStyleClass().add("accent");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(where, spacer, timer, previous, next, reveal, blank, display, end, leave);
        // The timer is display only: it reads the clock once a second and saves nothing.
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> updateTimer()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    void show(RunState state, Instant itemStartedAt) {
        where.setText("Item " + (state.position().itemIndex() + 1) + " of " + state.agenda().size() + ": "
                + state.item().title() + stepText(state));
        startedAt = itemStartedAt;
        plannedMinutes = state.item().plannedMinutes();
        reveal.setDisable(state.isRevealed());
        updateTimer();
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
        button.setId(id);
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
