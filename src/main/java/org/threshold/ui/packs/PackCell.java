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
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Wrap within the list's width rather than asking for a horizontal scroll bar.
        setPrefWidth(0);
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

    /** The list asks for a height without a width; wrapped text needs the width it will really have. */
    @Override
    protected double computePrefHeight(double width) {
        if (getListView() != null && getGraphic() != null) {
            double inner = getListView().getWidth() - snappedLeftInset() - snappedRightInset() - 24;
            return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    static String facts(LoadedPack pack) {
        PackMetadata m = pack.pack().metadata();
        int scenarios = pack.pack().scenarios().size();
        return "Version " + m.version() + " \u00b7 " + m.jurisdiction() + "\n" + origin(pack.origin()) + " \u00b7 "
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
