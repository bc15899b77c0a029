package org.threshold.ui.run.audience;

import javafx.scene.layout.StackPane;
import org.threshold.ui.run.RunViewModel;

/**
 * The projector's view of the running workshop: it draws whatever {@link AudienceViewModel}
 * decides, filling the screen. A blanked display holds no slide at all, only black.
 */
public final class AudienceView extends StackPane {
    private final AudienceViewModel model;
    private final FitPane fit = new FitPane();
    private final StackPane blank = new StackPane();

    public AudienceView(AudienceViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public AudienceView(RunViewModel run) {
        this(new AudienceViewModel(run));
    }

    private void createView() {
        getStyleClass().add("audience");
        blank.getStyleClass().add("audience-blank");
        getChildren().addAll(fit, blank);
    }

    private void initListeners() {
        model.slideProperty().addListener((obs, old, slide) -> show(slide));
        show(model.slideProperty().get());
    }

    private void show(AudienceSlide slide) {
        blank.setVisible(slide.blank());
        fit.setContent(slide.blank() ? null : new SlideView(slide));
    }

    public AudienceViewModel model() {
        return model;
    }
}
