package org.threshold.ui.packs;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.workshop.PackLibrary.LoadedPack;

/** One pack in the library list: its title, then version, jurisdiction, origin and size. */
final class PackCell extends ListCell<LoadedPack> {
    private final Label title = new Label();
    private final Label facts = new Label();
    private final VBox box = new VBox(2, title, facts);

    PackCell() {
        title.getStyleClass().add("strong");
        title.setWrapText(true);
        facts.getStyleClass().add("muted");
        facts.setWrapText(true);
        box.setMinWidth(0);
        box.setPrefWidth(1);
    }

    @Override
    protected void updateItem(LoadedPack pack, boolean empty) {
        super.updateItem(pack, empty);
        if (empty || pack == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(pack.pack().metadata().title());
        facts.setText(facts(pack));
        setAccessibleText(title.getText() + ", " + facts.getText());
        setGraphic(box);
    }

    static String facts(LoadedPack pack) {
        PackMetadata m = pack.pack().metadata();
        int scenarios = pack.pack().scenarios().size();
        return "Version " + m.version() + " \u00b7 " + m.jurisdiction() + " \u00b7 " + origin(pack.origin()) + " \u00b7 "
                + scenarios + (scenarios == 1 ? " scenario" : " scenarios");
    }

    static String origin(String origin) {
        switch (origin) {
            case "bundled":
                return "ships with Threshold";
            case "imported":
                return "imported";
            case "custom":
                return "customised";
            default:
                return origin;
        }
    }
}
