package org.threshold.app;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.store.StoreException;
import org.threshold.store.StoreProblem;

/**
 * What the facilitator sees when the data cannot be opened: the reason and the ways forward,
 * never a stack trace. A damaged database offers a restore and a fresh start; anything else,
 * whose message already says what to do, offers Close.
 */
final class StartupProblemView extends BorderPane {
    enum Choice { RESTORE, START_AFRESH, SHOW_LOG, CLOSE }

    private final Label headline = new Label();
    private final Label message = new Label();
    private final HBox buttons = new HBox(8);
    private final Button restore = new Button("Restore the newest backup");
    private final Button afresh = new Button("Set it aside and start afresh");
    private final Hyperlink log = new Hyperlink("Show the log");
    private final Button close = new Button("Close");

    StartupProblemView(StoreException problem, boolean hasBackups, Consumer<Choice> choose) {
        getStyleClass().add("startup-problem");
        headline.setText(headline(problem));
        headline.getStyleClass().add("title-2");
        headline.setWrapText(true);
        message.setId("startup-message");
        message.setWrapText(true);
        message.setText(problem.getMessage());
        restore.setId("startup-restore");
        restore.getStyleClass().add("accent");
        afresh.setId("startup-afresh");
        log.setId("startup-log");
        close.setId("startup-close");
        restore.setOnAction(e -> choose.accept(Choice.RESTORE));
        afresh.setOnAction(e -> choose.accept(Choice.START_AFRESH));
        log.setOnAction(e -> choose.accept(Choice.SHOW_LOG));
        close.setOnAction(e -> choose.accept(Choice.CLOSE));
        if (problem.problem() == StoreProblem.CORRUPT) {
            if (hasBackups) {
                buttons.getChildren().add(restore);
            }
            buttons.getChildren().add(afresh);
        }
        buttons.getChildren().add(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        ScrollPane text = new ScrollPane(message);
        text.setFitToWidth(true);
        text.getStyleClass().add("edge-to-edge");
        VBox body = new VBox(16, headline, text, log);
        VBox.setVgrow(text, Priority.ALWAYS);
        body.setPadding(new Insets(24));
        setCenter(body);
        BorderPane.setMargin(buttons, new Insets(0, 24, 24, 24));
        setBottom(buttons);
    }

    /** While the files are moved and the data opened: nothing to press. */
    void working(String what) {
        message.setText(what);
        buttons.setDisable(true);
    }

    /** A choice failed: say why, and offer the choices again. */
    void failed(String why) {
        message.setText(why);
        buttons.setDisable(false);
    }

    /** Recovered: what happened, and one button onwards. */
    void recovered(String what, Runnable onwards) {
        headline.setText("Threshold recovered its data");
        message.setText(what);
        Button open = new Button("Open Threshold");
        open.setId("startup-open");
        open.getStyleClass().add("accent");
        open.setDefaultButton(true);
        open.setOnAction(e -> onwards.run());
        buttons.getChildren().setAll(open);
        buttons.setDisable(false);
    }

    private static String headline(StoreException problem) {
        return switch (problem.problem()) {
            case ALREADY_OPEN -> "Threshold is already open";
            case CORRUPT -> "The database is damaged";
            case LOCKED -> "The database is busy";
            case READ_ONLY -> "The database cannot be written to";
            case NATIVE_LIBRARY -> "The database engine could not start";
            case DISK_FULL -> "The disk is full";
            default -> "The database could not be opened";
        };
    }
}
