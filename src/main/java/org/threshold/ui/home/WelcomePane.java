package org.threshold.ui.home;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.threshold.ui.common.Icons;

/** The first-run screen: the two ways in, and a sentence on what Threshold keeps private. */
final class WelcomePane extends VBox {
    final Button newWorkshop = new Button("Plan a new workshop", Icons.NEW.icon());
    final Button example = new Button("Open the example workshop", Icons.EXAMPLE.icon());

    WelcomePane() {
        getStyleClass().addAll("card", "welcome");
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(720);
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label("Welcome to Threshold");
        title.getStyleClass().add("title-1");
        Label what = new Label("Run a multi-agency information-sharing workshop from this laptop: scenarios revealed "
                + "in stages, every agency's decision at each stage, trust measured before and after, and a "
                + "summary for the partnership board at the end.");
        what.setWrapText(true);
        Label privacy = new Label("Everything stays on this computer unless you export it. No participant names "
                + "are stored, and any agency group too small to stay anonymous is hidden.");
        privacy.setWrapText(true);
        privacy.getStyleClass().add("muted");
        newWorkshop.setId("welcome-new");
        newWorkshop.getStyleClass().add("accent");
        newWorkshop.setDefaultButton(true);
        example.setId("welcome-example");
        Label keys = new Label("Ctrl+N plans a new workshop; Ctrl+E opens the example, filled with fictional answers.");
        keys.getStyleClass().add("muted");
        keys.setWrapText(true);
        getChildren().addAll(title, what, privacy, new HBox(12, newWorkshop, example), keys);
    }
}
