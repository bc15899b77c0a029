package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.Decision;
import org.threshold.ui.run.RunViewModel;

/**
 * Show-of-hands counts: a row per agency, a box per option. Type a number, Tab to the next box;
 * a row is saved when the keyboard leaves it or on Enter.
 */
final class HandsEntry extends GridPane {
    private final RunViewModel model;
    private final DecisionKey key;

    HandsEntry(RunViewModel model, DecisionKey key, List<SessionAgency> agencies, Decision decision, List<Response> saved) {
        this.model = model;
        this.key = key;
        getStyleClass().addAll("form-grid", "hands-entry");
        add(new Label(""), 0, 0);
        for (int i = 0; i < decision.options().size(); i++) {
            Label head = new Label(letter(i) + " " + decision.options().get(i).label());
            head.getStyleClass().add("muted");
            head.setWrapText(true);
            head.setMaxWidth(90);
            head.setMinHeight(Label.USE_PREF_SIZE);
            add(head, i + 1, 0);
        }
        int row = 1;
        for (SessionAgency agency : agencies) {
            addRow(row++, agency, decision, saved);
        }
    }

    private void addRow(int row, SessionAgency agency, Decision decision, List<Response> saved) {
        Label name = new Label(agency.name() + " (" + agency.headcount() + ")");
        name.setWrapText(true);
        name.setMinWidth(120);
        name.setMaxWidth(170);
        add(name, 0, row);
        List<TextField> fields = new ArrayList<>();
        for (int i = 0; i < decision.options().size(); i++) {
            String option = decision.options().get(i).id();
            TextField field = new TextField(savedCount(saved, agency.code(), option));
            field.setId("hands-" + agency.code() + "-" + option);
            field.setPrefColumnCount(2);
            field.setAccessibleText(agency.name() + ", " + decision.options().get(i).label());
            field.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,3}") ? change : null));
            fields.add(field);
            add(field, i + 1, row);
        }
        // Compared with what the store holds now: a row left unchanged writes nothing, and a save that
        // failed (a full disk) is tried again the next time the keyboard leaves the row.
        Runnable save = () -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                String text = fields.get(i).getText();
                counts.put(decision.options().get(i).id(), text.isEmpty() ? 0 : Integer.parseInt(text));
            }
            List<Response> stored = model.answers().stream().filter(r -> r.key().equals(key)).toList();
            if (!counts.equals(savedCounts(stored, agency.code(), decision))) {
                model.recordHands(agency.code(), counts);
            }
        };
        for (TextField field : fields) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && fields.stream().noneMatch(TextField::isFocused)) {
                    save.run();
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    save.run();
                }
            });
        }
    }

    private static String savedCount(List<Response> saved, String agency, String option) {
        return saved.stream().filter(r -> r.agencyCode().equals(agency) && r.optionId().equals(option)
                        && r.source() == ResponseSource.SHOW_OF_HANDS)
                .map(r -> Integer.toString(r.count())).findFirst().orElse("");
    }

    private static Map<String, Integer> savedCounts(List<Response> saved, String agency, Decision decision) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        decision.options().forEach(o -> {
            String text = savedCount(saved, agency, o.id());
            counts.put(o.id(), text.isEmpty() ? 0 : Integer.parseInt(text));
        });
        return counts;
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
