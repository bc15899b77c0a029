package org.threshold.ui.details;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.WorkshopSession;

/** The fields of a new workshop, checked as they are typed; the problem is said in words, not colour. */
public final class SessionDetailsViewModel {
    static final int MAX_TITLE_LENGTH = 200;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final StringProperty facilitators = new SimpleStringProperty(this, "facilitators", "");
    private final StringProperty partnership = new SimpleStringProperty(this, "partnership", "");
    private final IntegerProperty plannedMinutes = new SimpleIntegerProperty(this, "plannedMinutes",
            WorkshopSession.DEFAULT_PLANNED_MINUTES);
    private final IntegerProperty anonymityThreshold = new SimpleIntegerProperty(this, "anonymityThreshold",
            WorkshopSession.DEFAULT_ANONYMITY_THRESHOLD);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public SessionDetailsViewModel(LocalDate today) {
        date.set(today);
        problem.bind(Bindings.createStringBinding(this::currentProblem, title, date, plannedMinutes, anonymityThreshold,
                partnership));
    }

    /** The form filled with a workshop's current details, for editing them. */
    public static SessionDetailsViewModel of(WorkshopSession session) {
        SessionDetailsViewModel model = new SessionDetailsViewModel(session.date());
        model.title.set(session.title());
        model.venue.set(session.venue());
        model.facilitators.set(session.facilitators());
        model.partnership.set(session.partnership());
        model.plannedMinutes.set(session.plannedMinutes());
        model.anonymityThreshold.set(session.anonymityThreshold());
        return model;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty facilitatorsProperty() {
        return facilitators;
    }

    /** The partnership the workshop is for: workshops with the same name are compared over time. */
    public StringProperty partnershipProperty() {
        return partnership;
    }

    public IntegerProperty plannedMinutesProperty() {
        return plannedMinutes;
    }

    public IntegerProperty anonymityThresholdProperty() {
        return anonymityThreshold;
    }

    /** Empty when the form can be saved; otherwise the first thing to fix. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Optional<SessionDetails> details() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionDetails(title.get(), date.get(), venue.get(), facilitators.get(),
                plannedMinutes.get(), anonymityThreshold.get(), partnership.get()));
    }

    private String currentProblem() {
        String text = title.get() == null ? "" : title.get().strip();
        if (text.isEmpty()) {
            return "Give the workshop a title, for example the partnership and the theme.";
        }
        if (text.length() > MAX_TITLE_LENGTH) {
            return "Keep the title under " + MAX_TITLE_LENGTH + " characters.";
        }
        if (partnership.get() != null && partnership.get().strip().length() > MAX_TITLE_LENGTH) {
            return "Keep the partnership's name under " + MAX_TITLE_LENGTH + " characters.";
        }
        if (date.get() == null) {
            return "Choose the date of the workshop.";
        }
        if (plannedMinutes.get() < 30) {
            return "A workshop needs at least 30 minutes.";
        }
        if (anonymityThreshold.get() < 1) {
            return "The smallest group shown on its own must be at least 1 person.";
        }
        return "";
    }
}
