package org.threshold.ui.run.console;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.threshold.domain.BasisChoices;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.BasisLayer;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.LawfulBasis;
import org.threshold.domain.pack.Pack;
import org.threshold.ui.common.Converters;

/**
 * A table's answer to each legal question of a decision, one choice box per layer of the pack:
 * the lawful basis, the special category condition, the duty of confidence and the gateway are
 * separate questions, never one list to pick from.
 */
final class BasisPickers extends FlowPane {
    private final Map<BasisLayerKind, ComboBox<LawfulBasis>> boxes = new EnumMap<>(BasisLayerKind.class);

    BasisPickers(Pack pack, SessionAgency agency, BasisChoices saved) {
        super(6, 6);
        getStyleClass().add("basis-pickers");
        for (BasisLayer layer : pack.basisLayers()) {
            ComboBox<LawfulBasis> box = new ComboBox<>();
            box.getItems().setAll(layer.choices());
            box.setConverter(Converters.of(LawfulBasis::label));
            box.setPromptText(layer.kind().shortLabel());
            box.setAccessibleText(agency.name() + ": " + layer.kind().label());
            box.setTooltip(new Tooltip(layer.kind().label()));
            box.setId("table-" + agency.code() + "-basis-" + layer.kind().code());
            saved.choice(layer.kind()).flatMap(layer::choice).ifPresent(box::setValue);
            boxes.put(layer.kind(), box);
            getChildren().add(box);
        }
    }

    BasisChoices picked() {
        Map<BasisLayerKind, String> ids = new EnumMap<>(BasisLayerKind.class);
        boxes.forEach((layer, box) -> {
            if (box.getValue() != null) {
                ids.put(layer, box.getValue().id());
            }
        });
        return new BasisChoices(ids);
    }
}
