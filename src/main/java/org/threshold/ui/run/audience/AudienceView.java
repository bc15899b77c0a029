package org.threshold.ui.run.audience;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.phones.PhonesViewModel;

/**
 * The projector's view of the running workshop: it draws whatever {@link AudienceViewModel}
 * decides, filling the screen. A blanked display holds no slide at all, only black.
 */
public final class AudienceView extends StackPane {
    private static final String PHONES_CSS = Objects.requireNonNull(
            PhonesViewModel.class.getResource("phones.css")).toExternalForm();
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
        // The join details, the badge and the open answers are styled with the phones' own sheet.
        getStylesheets().add(PHONES_CSS);
        blank.getStyleClass().add("audience-blank");
        getChildren().addAll(fit, blank);
    }

    private void initListeners() {
        model.slideProperty().addListener((obs, old, slide) -> show(slide));
        show(model.slideProperty().get());
    }

    /** Phones in the room: their answers join the results, and how to join shows on the slides. */
    public void showPhones(PhonesViewModel phones) {
        model.usePhones(phones);
    }

    private void show(AudienceSlide slide) {
        blank.setVisible(slide.blank());
        if (slide.blank()) {
            fit.setContent(null);
            return;
        }
        Node view = SlideView.of(slide);
        if (slide.badge().isEmpty()) {
            fit.setContent(view);
            return;
        }
        // The badge sits below the slide in its bottom corner, scaled with it, never over what the slide says.
        Label words = new Label(slide.badge());
        words.getStyleClass().add("room-badge-text");
        // Whole, on one line: the slide is drawn smaller rather than cut the address short.
        words.setMinWidth(Label.USE_PREF_SIZE);
        HBox badge = new HBox(words);
        badge.getStyleClass().add("room-badge");
        badge.setMaxWidth(HBox.USE_PREF_SIZE);
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox withBadge = new VBox(view, gap, badge);
        withBadge.setAlignment(Pos.TOP_RIGHT);
        withBadge.setFillWidth(true);
        fit.setContent(withBadge);
    }

    public AudienceViewModel model() {
        return model;
    }
}
