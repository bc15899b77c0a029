package org.threshold.ui.run.audience;

import java.time.Clock;
import java.time.Instant;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.List;
import javafx.collections.ObservableList;
import org.threshold.domain.Note;
import org.threshold.domain.Response;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.phones.PhonesViewModel;
import org.threshold.workshop.phones.RoomQuestion;

/**
 * What the room sees, kept up to date: the slide is decided again from the running workshop
 * whenever anything it is made from changes (a move, a reveal or its withdrawal, a blank, every
 * saved answer, rating or note), so a count corrected after R reaches the projector at once.
 */
public final class AudienceViewModel {
    private final RunViewModel run;
    private final Clock clock;
    // Held here: the run model's read-only lists are views, and a listener on a view nobody holds is lost.
    private final ObservableList<Response> answers;
    private final ObservableList<Note> notes;
    private PhonesViewModel phones;
    private final ReadOnlyObjectWrapper<AudienceSlide> slide = new ReadOnlyObjectWrapper<>(this, "slide",
            AudienceSlide.BLANK);

    public AudienceViewModel(RunViewModel run) {
        this.run = run;
        this.clock = run.clock();
        this.answers = run.answers();
        this.notes = run.notes();
        Observable[] sources = {run.stateProperty(), run.blankedProperty(), run.itemStartedAtProperty(), answers, notes,
                run.measures().measuresProperty(), run.stand().answersProperty()};
        for (Observable source : sources) {
            source.addListener(o -> refresh());
        }
        refresh();
    }

    public ReadOnlyObjectProperty<AudienceSlide> slideProperty() {
        return slide.getReadOnlyProperty();
    }

    /** Phones in the room: every change they make (an answer, on or off, closing) redraws the slide. */
    public void usePhones(PhonesViewModel phonesModel) {
        phones = phonesModel;
        Observable[] sources = {phonesModel.revisionProperty(), phonesModel.onProperty(), phonesModel.closedProperty(),
                phonesModel.questionProperty(), phonesModel.joinCodeProperty(), phonesModel.urlProperty()};
        for (Observable source : sources) {
            source.addListener(o -> refresh());
        }
        refresh();
    }

    private RoomPhones roomPhones() {
        if (phones == null) {
            return RoomPhones.NONE;
        }
        RoomQuestion question = phones.questionProperty().get();
        boolean asking = phones.onProperty().get() && question.asksAnything() && !phones.closedProperty().get();
        String url = phones.urlProperty().get();
        return new RoomPhones(phones.onProperty().get(), url.replaceFirst("^http://", "").replaceFirst("/$", ""), url,
                phones.joinCodeProperty().get(), asking ? question.key() : null, List.copyOf(phones.sessionAnswers()));
    }

    private void refresh() {
        Instant started = run.itemStartedAtProperty().get();
        AudienceSlide next = SlideContent.of(new AudienceInput(run.stateProperty().get(), answers, notes,
                run.measures().measuresProperty().get(), started == null ? clock.instant() : started, clock.getZone(),
                run.blankedProperty().get(), roomPhones(), run.stand().answersProperty().get()));
        // A save that changes nothing the room sees leaves the projector alone.
        if (!next.equals(slide.get())) {
            slide.set(next);
        }
    }
}
