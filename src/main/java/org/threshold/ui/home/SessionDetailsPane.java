package org.threshold.ui.home;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.WorkshopSession;
import org.threshold.workshop.Dates;
import org.threshold.workshop.DefaultAgenda;
import org.threshold.workshop.SessionOverview;

/** The selected workshop at a glance: details, agencies with headcounts, and the agenda with times. */
final class SessionDetailsPane extends ScrollPane {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final VBox content = new VBox(10);

    SessionDetailsPane() {
        getStyleClass().add("session-details");
        content.setPadding(new Insets(16));
        setContent(content);
        setFitToWidth(true);
    }

    void show(SessionOverview overview) {
        content.getChildren().clear();
        if (overview == null) {
            Label none = new Label("Choose a workshop on the left to see its details.");
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            content.getChildren().add(none);
            return;
        }
        WorkshopSession session = overview.session();
        Label title = new Label(session.title());
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        content.getChildren().addAll(title,
                line(Dates.spoken(session.date()) + (session.venue().isBlank() ? "" : " at " + session.venue())),
                line(session.facilitators().isBlank() ? "No facilitators named" : "Facilitated by " + session.facilitators()),
                line(session.status().label() + " \u00b7 " + overview.whereItStopped()),
                heading("Agencies (" + overview.participants() + " people)"), agencies(overview),
                heading("Agenda (" + DefaultAgenda.totalMinutes(overview.agenda()) + " of "
                        + session.plannedMinutes() + " minutes planned)"), agenda(overview));
    }

    private GridPane agencies(SessionOverview overview) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        if (overview.agencies().isEmpty()) {
            grid.add(muted("No agencies listed yet."), 0, 0);
        }
        int row = 0;
        for (SessionAgency agency : overview.agencies()) {
            grid.addRow(row++, new Label(agency.name()), muted(agency.headcount() + " people, "
                    + agency.tables() + (agency.tables() == 1 ? " table" : " tables")));
        }
        return grid;
    }

    private GridPane agenda(SessionOverview overview) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        if (overview.agenda().isEmpty()) {
            grid.add(muted("No agenda yet."), 0, 0);
        }
        int row = 0;
        for (AgendaItem item : overview.agenda()) {
            String actual = item.startedAt() == null ? "" : CLOCK.format(item.startedAt())
                    + (item.endedAt() == null ? "" : "\u2013" + CLOCK.format(item.endedAt()));
            Label title = new Label((row + 1) + ". " + item.title());
            title.setWrapText(true);
            grid.addRow(row++, title, muted(item.plannedMinutes() + " min"), muted(actual));
        }
        return grid;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-3");
        return label;
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        Label label = line(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
