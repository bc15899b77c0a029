package org.threshold.ui.run.audience;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.threshold.domain.Note;
import org.threshold.domain.Response;
import java.util.List;
import javafx.scene.Node;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.phones.PhonesViewModel;
import org.threshold.ui.run.phones.RoomOnScreen;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;

/** The projector's view of the running workshop: one idea per screen, results only once revealed. */
public final class AudienceView extends StackPane {
    private final RunViewModel model;
    private final StackPane slideHolder = new StackPane();
    private final StackPane blank = new StackPane();
    private PhonesViewModel phones;
    private final StackPane phonesLayer = new StackPane();

    public AudienceView(RunViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("audience");
        ScrollPane scroller = new ScrollPane(slideHolder);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("audience-scroller");
        slideHolder.setPadding(new Insets(48, 72, 48, 72));
        blank.getStyleClass().add("audience-blank");
        getChildren().addAll(scroller, blank);
    }

    private void initListeners() {
        blank.visibleProperty().bind(model.blankedProperty());
        model.stateProperty().addListener((obs, old, state) -> redraw());
        model.answers().addListener((ListChangeListener<Response>) c -> redraw());
        model.notes().addListener((ListChangeListener<Note>) c -> redraw());
        model.measures().measuresProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    /** Phones in the room: their answers join the results, and the join details show on the slides. */
    public void showPhones(PhonesViewModel phonesModel) {
        phones = phonesModel;
        phonesLayer.setPickOnBounds(false);
        getChildren().add(1, phonesLayer);
        phones.revisionProperty().addListener((obs, old, now) -> redraw());
        phones.onProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    private void redraw() {
        RunState state = model.stateProperty().get();
        if (state == null) {
            slideHolder.getChildren().clear();
            return;
        }
        List<Response> typed = model.answers();
        List<Response> answers = typed;
        Measures measures = model.measures().measuresProperty().get();
        if (phones != null) {
            DeviceTally tally = new DeviceTally(state.agenda());
            answers = tally.withDevices(answers, phones.sessionAnswers());
            measures = tally.withDevices(measures, phones.sessionAnswers(),
                    state.pack().exercises().mythOrFact().stream().map(m -> m.id()).toList());
        }
        Node slide = Slides.forState(state, answers, model.notes(),
                model.itemStartedAtProperty().get() == null ? java.time.Instant.now() : model.itemStartedAtProperty().get(),
                measures);
        slideHolder.getChildren().setAll(phones == null ? slide : RoomOnScreen.decorate(slide, state, phones, typed));
        if (phones != null) {
            phonesLayer.getChildren().setAll(RoomOnScreen.badge(state, phones));
        }
    }
}
