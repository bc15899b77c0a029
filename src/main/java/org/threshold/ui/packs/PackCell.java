package org.threshold.ui.packs;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.workshop.LibraryPack;
import org.threshold.workshop.PackLibrary.LoadedPack;
import org.threshold.workshop.UnreadablePack;

/**
 * One pack in the library list: its title, then version, jurisdiction, origin and size; for a
 * stored pack that no longer reads, that it cannot be read and why.
 */
final class PackCell extends ListCell<LibraryPack> {
    static final String UNREADABLE = "pack-unreadable";

    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label problem = new Label();
    private final VBox box = new VBox(2, title, facts, problem);

    PackCell() {
        title.getStyleClass().add("strong");
        facts.getStyleClass().add("muted");
        problem.getStyleClass().add(UNREADABLE);
        problem.managedProperty().bind(problem.visibleProperty());
        for (Label label : new Label[] {title, facts, problem}) {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // Wrap within the list's width rather than asking for a horizontal scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(LibraryPack pack, boolean empty) {
        super.updateItem(pack, empty);
        if (empty || pack == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(pack.title());
        problem.setVisible(pack instanceof UnreadablePack);
        if (pack instanceof UnreadablePack broken) {
            facts.setText("Version " + broken.version() + " \u00b7 " + broken.originInWords());
            problem.setText(unreadable(broken));
        } else {
            facts.setText(facts((LoadedPack) pack));
        }
        setAccessibleText(title.getText() + ", " + facts.getText() + (problem.isVisible() ? ", " + problem.getText() : ""));
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
        return "Version " + m.version() + " \u00b7 " + m.jurisdiction() + "\n" + pack.originInWords() + " \u00b7 "
                + scenarios + (scenarios == 1 ? " scenario" : " scenarios");
    }

    static String unreadable(UnreadablePack pack) {
        return "Cannot be read: " + pack.problem();
    }
}
