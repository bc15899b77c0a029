package org.threshold.ui.run.audience;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.threshold.domain.Note;
import org.threshold.domain.Response;
import org.threshold.ui.run.RunViewModel;

/** The projector's view of the running workshop: one idea per screen, results only once revealed. */
public final class AudienceView extends StackPane {
    private final RunViewModel model;
    private final StackPane slideHolder = new StackPane();
    private final StackPane blank = new StackPane();

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
        model.stand().answersProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    private void redraw() {
        if (model.stateProperty().get() == null) {
            slideHolder.getChildren().clear();
            return;
        }
        slideHolder.getChildren().setAll(Slides.forState(model.stateProperty().get(), model.answers(), model.notes(),
                model.itemStartedAtProperty().get() == null ? java.time.Instant.now() : model.itemStartedAtProperty().get(),
                model.measures().measuresProperty().get(), model.stand().answersProperty().get()));
    }
}
