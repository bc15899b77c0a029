package org.threshold.ui.packs;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Scenario;
import org.threshold.workshop.LawCurrency;
import org.threshold.workshop.LibraryPack;
import org.threshold.workshop.PackLibrary.LoadedPack;
import org.threshold.workshop.UnreadablePack;

/**
 * The chosen pack: what it is, which law and guidance it follows and when that was last checked,
 * what can be done with it, and its scenarios. A stored pack that no longer reads shows its
 * problem and what can still be done with it.
 */
final class PackSummary extends VBox {
    private final Label title = ScenarioReader.text("", "title-2");
    private final Label facts = ScenarioReader.muted("");
    private final Label law = ScenarioReader.text("", "law");
    private final Label checked = ScenarioReader.text("", null);
    private final Label guidance = ScenarioReader.text("", null);
    private final Label description = ScenarioReader.text("", null);
    private final Label authors = ScenarioReader.muted("");
    private final FlowPane actions = new FlowPane(8, 8);
    private final ListView<Scenario> scenarios = new ListView<>();
    private final Label scenariosTitle = ScenarioReader.text("Scenarios", "title-3");
    private final Label aboutTitle = ScenarioReader.text("About this pack", "title-3");

    PackSummary() {
        getStyleClass().add("pack-summary");
        setSpacing(10);
        law.setId("packs-jurisdiction");
        facts.setId("packs-facts");
        checked.setId("packs-law-checked");
        guidance.setId("packs-guidance");
        scenariosTitle.managedProperty().bind(scenariosTitle.visibleProperty());
        scenarios.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Scenario scenario, boolean empty) {
                super.updateItem(scenario, empty);
                setText(empty || scenario == null ? null : scenario.title() + " (" + scenario.stages().size() + " stages)");
            }
        });
        scenarios.setPrefHeight(260);
        scenarios.setMinHeight(160);
        for (Node readableOnly : new Node[] {scenarios, aboutTitle, guidance}) {
            readableOnly.visibleProperty().bind(scenariosTitle.visibleProperty());
            readableOnly.managedProperty().bind(scenariosTitle.visibleProperty());
        }
        getChildren().addAll(title, facts, law, checked, actions, scenariosTitle, scenarios, aboutTitle, guidance, description, authors);
    }

    FlowPane actions() {
        return actions;
    }

    ListView<Scenario> scenarios() {
        return scenarios;
    }

    void show(LibraryPack entry, LawCurrency currency) {
        checked.setText(currency == null ? "" : currency.message());
        checked.getStyleClass().remove("law-stale");
        if (currency != null && currency.stale()) {
            checked.getStyleClass().add("law-stale");
        }
        facts.getStyleClass().remove(PackCell.UNREADABLE);
        scenariosTitle.setVisible(!(entry instanceof UnreadablePack));
        if (!(entry instanceof LoadedPack loaded)) {
            title.setText(entry == null ? "No pack chosen" : entry.title());
            scenarios.getItems().clear();
            for (Label label : new Label[] {facts, law, guidance, description, authors}) {
                label.setText("");
            }
            if (entry instanceof UnreadablePack broken) {
                showUnreadable(broken);
            }
            return;
        }
        Pack pack = loaded.pack();
        PackMetadata m = pack.metadata();
        title.setText(m.title());
        facts.setText(PackCell.facts(loaded).replace("\n", " \u00b7 ") + " \u00b7 id " + m.id());
        law.setText("Follows the law and guidance of " + m.jurisdiction() + "."
                + (m.jurisdiction().equals("UK") ? "" : " Elsewhere in the UK the law and guidance differ."));
        guidance.setText(m.guidanceVersions().isEmpty() ? "Names no guidance versions."
                : "Guidance versions it follows:\n" + m.guidanceVersions().stream()
                        .map(id -> "\u2022 " + ScenarioReader.references(pack, java.util.List.of(id)))
                        .collect(java.util.stream.Collectors.joining("\n")));
        description.setText(m.description());
        authors.setText((m.authors().isEmpty() ? "" : "By " + String.join(", ", m.authors()) + ". ")
                + (m.licence().isBlank() ? "" : "Licence: " + m.licence() + "."));
        scenarios.getItems().setAll(pack.scenarios());
    }

    private void showUnreadable(UnreadablePack pack) {
        facts.getStyleClass().add(PackCell.UNREADABLE);
        facts.setText(PackCell.unreadable(pack));
        law.setText("Threshold can no longer read this pack, so it cannot be used for a new workshop or edited."
                + " Workshops already planned with it keep the content they have.");
        checked.setText("Export saves its text exactly as it is stored: fix the problem named above, then import it"
                + " again to replace this one. Delete removes it from the library.");
        authors.setText("Version " + pack.version() + " \u00b7 " + pack.originInWords() + " \u00b7 id " + pack.id());
    }
}
