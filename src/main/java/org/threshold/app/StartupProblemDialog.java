package org.threshold.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import org.threshold.store.StoreException;

/** What the facilitator sees when the database cannot be opened: the reason and the way forward, never a stack trace. */
final class StartupProblemDialog extends Alert {
    StartupProblemDialog(StoreException problem) {
        super(AlertType.ERROR, "", ButtonType.CLOSE);
        setTitle("Threshold cannot open its data");
        setHeaderText(headline(problem));
        Label text = new Label(problem.getMessage());
        text.setWrapText(true);
        text.setMaxWidth(560);
        getDialogPane().setContent(text);
    }

    private static String headline(StoreException problem) {
        return switch (problem.problem()) {
            case ALREADY_OPEN -> "Threshold is already open";
            case CORRUPT -> "The database is damaged";
            case LOCKED -> "The database is busy";
            case READ_ONLY -> "The database cannot be written to";
            case NATIVE_LIBRARY -> "The database engine could not start";
            default -> "The database could not be opened";
        };
    }
}
