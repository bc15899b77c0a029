package org.threshold.ui.home;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.threshold.domain.WorkshopSession;
import org.threshold.workshop.Dates;
import org.threshold.workshop.SessionOverview;

/** One workshop in the list: title, when and where, its status in words, and where it stopped. */
final class SessionCell extends ListCell<SessionOverview> {
    private final Label title = new Label();
    private final Label when = new Label();
    private final Label stopped = new Label();
    private final VBox box;

    SessionCell() {
        title.getStyleClass().add("strong");
        when.getStyleClass().add("muted");
        stopped.getStyleClass().add("muted");
        for (Label label : new Label[] {title, when, stopped}) {
            label.setWrapText(true);
        }
        box = new VBox(2, title, when, stopped);
        box.getStyleClass().add("session-cell");
        // A zero preferred width lets the list size the cell to itself, so text wraps instead of scrolling sideways.
        setPrefWidth(0);
    }

    /** The list asks for a height at its own width; the graphic must be asked at that width too, or wrapped lines are cut. */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected void updateItem(SessionOverview overview, boolean empty) {
        super.updateItem(overview, empty);
        if (empty || overview == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        WorkshopSession session = overview.session();
        title.setText(session.title());
        String venue = session.venue().isBlank() ? "" : " \u00b7 " + session.venue();
        when.setText(Dates.spoken(session.date()) + venue);
        stopped.setText(session.status().label() + " \u00b7 " + overview.agencies().size() + " agencies, "
                + overview.participants() + " people \u00b7 " + overview.whereItStopped());
        setGraphic(box);
        setAccessibleText(session.title() + ", " + Dates.spoken(session.date()) + ", " + session.status().label());
    }
}
