package org.threshold.ui.run.console;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.AgencyPrompt;
import org.threshold.ui.common.Converters;
import org.threshold.ui.run.MeasuresViewModel;
import org.threshold.workshop.run.RunState;

/**
 * "What I need you to know about my agency": one card per agency, three short answers. Tab
 * moves between the boxes, Ctrl+Enter saves, and leaving a box saves it too.
 */
final class AgencyCardPane extends VBox implements Entry {
    private static final List<String> DEFAULT_HEADINGS = List.of("What we can share, and when",
            "What we cannot share, and why", "How to reach us");

    private final MeasuresViewModel model;
    private final RunState state;
    private final ComboBox<SessionAgency> agency = new ComboBox<>();
    private final List<TextArea> boxes = List.of(new TextArea(), new TextArea(), new TextArea());
    private final Button save = new Button("Save card");
    private final Label saved = new Label();
    private SessionAgency shown;

    AgencyCardPane(MeasuresViewModel model, RunState state) {
        this.model = model;
        this.state = state;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("card-entry");
        setSpacing(6);
        Label title = new Label("Agency cards");
        title.getStyleClass().add("title-3");
        agency.setId("card-agency");
        agency.setAccessibleText("Agency whose card is shown");
        agency.getItems().setAll(state.agencies());
        agency.setConverter(Converters.of(a -> a.name()));
        saved.setId("cards-saved");
        saved.getStyleClass().add("muted");
        HBox chooser = new HBox(8, new Label("Agency"), agency, saved);
        chooser.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, chooser);
        String[] ids = {"card-can-share", "card-cannot-share", "card-reach-us"};
        for (int i = 0; i < boxes.size(); i++) {
            TextArea box = boxes.get(i);
            box.setId(ids[i]);
            box.setWrapText(true);
            box.setPrefRowCount(3);
            Label heading = new Label(heading(i));
            heading.getStyleClass().add("strong");
            heading.setWrapText(true);
            heading.setMinHeight(Label.USE_PREF_SIZE);
            box.setAccessibleText(heading.getText());
            getChildren().addAll(heading, box);
        }
        save.setId("card-save");
        save.setAccessibleText("Save this agency's card (Ctrl+Enter)");
        Label hint = new Label("Tab moves between boxes; Ctrl+Enter saves. The room sees the cards when you press R.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        getChildren().addAll(new HBox(8, save, status), hint);
        if (!state.agencies().isEmpty()) {
            agency.setValue(state.agencies().get(0));
            show(agency.getValue());
        }
        setDisable(state.agencies().isEmpty());
    }

    @Override
    public Optional<String> commit() {
        saveShown();
        return Optional.empty();
    }

    @Override
    public void focusFirst() {
        if (!isDisabled()) {
            Focus.request(boxes.get(0));
        }
    }

    /** The pack's own headings when it has the three prompts, in its words; ours otherwise. */
    private String heading(int index) {
        List<AgencyPrompt> prompts = state.pack().exercises().agencyPrompts();
        return prompts.size() == DEFAULT_HEADINGS.size() ? prompts.get(index).text() : DEFAULT_HEADINGS.get(index);
    }

    private void initListeners() {
        agency.valueProperty().addListener((obs, old, now) -> {
            saveShown();
            show(now);
        });
        save.setOnAction(e -> saveShown());
        model.measuresProperty().addListener((obs, old, now) -> countSaved());
        countSaved();
        for (int i = 0; i < boxes.size(); i++) {
            TextArea box = boxes.get(i);
            int index = i;
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    int next = index + (e.isShiftDown() ? -1 : 1);
                    if (next >= 0 && next < boxes.size()) {
                        boxes.get(next).requestFocus();
                    } else {
                        (next < 0 ? agency : save).requestFocus();
                    }
                    e.consume();
                } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    saveShown();
                    e.consume();
                }
            });
            box.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    saveShown();
                }
            });
        }
    }

    private void countSaved() {
        long count = state.agencies().stream().filter(a -> model.measuresProperty().get().card(a.code()).isPresent()).count();
        saved.setText(count + " of " + state.agencies().size() + " cards saved");
    }

    private void show(SessionAgency chosen) {
        shown = chosen;
        AgencyCard card = chosen == null ? null : model.measuresProperty().get().card(chosen.code()).orElse(null);
        boxes.get(0).setText(card == null ? "" : card.canShare());
        boxes.get(1).setText(card == null ? "" : card.cannotShare());
        boxes.get(2).setText(card == null ? "" : card.reachUs());
    }

    private void saveShown() {
        if (shown != null) {
            model.saveCard(new AgencyCard(shown.code(), boxes.get(0).getText().strip(), boxes.get(1).getText().strip(),
                    boxes.get(2).getText().strip()));
        }
    }
}
