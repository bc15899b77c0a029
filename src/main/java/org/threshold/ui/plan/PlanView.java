package org.threshold.ui.plan;

import javafx.geometry.Insets;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.Pack;
import org.threshold.ui.common.AppBar;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.common.Converters;
import org.threshold.ui.common.FxDialogService;
import org.threshold.ui.common.Icons;
import org.threshold.ui.details.SessionDetailsDialog;
import org.threshold.ui.details.SessionDetailsViewModel;
import org.threshold.ui.export.ExportActions;
import org.threshold.workshop.Dates;
import org.threshold.workshop.LawCurrency;
import org.threshold.workshop.PackLibrary;

/** Planning a workshop: its details and content, who is coming, and the agenda. */
public final class PlanView extends BorderPane {
    private final PlanViewModel model;
    private final Appearance appearance;
    private final Label details = new Label();
    private final Label content = new Label();
    private final Label status = new Label();
    private final ComboBox<PackLibrary.LoadedPack> packChooser = new ComboBox<>();
    private final Button back = new Button("Workshops");
    private final Button edit = new Button("Edit details");
    private final Button run = new Button("Run workshop", Icons.RESUME.icon());

    private final Button export = new Button("Export\u2026");
    private final ExportActions exports;
    private AgenciesPane agencies;

    public PlanView(PlanViewModel model, Appearance appearance) {
        this(model, appearance, null);
    }

    /** @param exports the export dialog; null leaves the Export button out */
    public PlanView(PlanViewModel model, Appearance appearance, ExportActions exports) {
        this.model = model;
        this.appearance = appearance;
        this.exports = exports;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("plan");
        AppBar bar = new AppBar("Plan the workshop", appearance);
        back.setId("plan-back");
        back.setTooltip(new Tooltip("Back to the list of workshops (Esc)"));
        edit.setId("plan-edit");
        run.setId("plan-run");
        run.getStyleClass().add("accent");
        run.setTooltip(new Tooltip("Open the presenter console and the audience display (F5)"));
        bar.addActions(back, edit);
        if (exports != null) {
            export.setId("plan-export");
            export.setTooltip(new Tooltip("Export a summary: PDF, Word, web page, Markdown or CSV data (Ctrl+Shift+E)"));
            bar.addActions(export);
        }
        bar.addActions(run);
        setTop(bar);

        details.setId("plan-details");
        details.setWrapText(true);
        content.setWrapText(true);
        content.getStyleClass().add("muted");
        Label detailsTitle = new Label("The workshop");
        detailsTitle.getStyleClass().add("title-3");
        Label contentTitle = new Label("Content");
        contentTitle.getStyleClass().add("title-3");
        packChooser.setId("plan-pack");
        packChooser.setMaxWidth(Double.MAX_VALUE);
        packChooser.setPromptText("Choose a pack");
        packChooser.setAccessibleText("Scenario pack");
        packChooser.setTooltip(new Tooltip("The scenario pack this workshop runs from"));
        // The version is in the line below; the title alone fits the card.
        packChooser.setConverter(Converters.of(loaded -> loaded.pack().metadata().title()));
        VBox detailsCard = new VBox(8, detailsTitle, details, contentTitle, packChooser, content,
                new ActionReviewPane(model.actionReview()));
        detailsCard.getStyleClass().add("card");
        detailsCard.setPrefWidth(320);
        detailsCard.setMinWidth(260);

        agencies = new AgenciesPane(model);
        AgendaPane agenda = new AgendaPane(model);
        HBox.setHgrow(agenda, Priority.ALWAYS);
        // The details grow with the partnership and its last workshop's actions: they scroll rather than being cut short.
        ScrollPane detailsColumn = new ScrollPane(detailsCard);
        detailsColumn.setFitToWidth(true);
        detailsColumn.getStyleClass().add("edge-to-edge");
        detailsColumn.setPrefWidth(320);
        detailsColumn.setMinWidth(260);
        HBox columns = new HBox(16, detailsColumn, agencies, agenda);
        columns.setPadding(new Insets(16));
        setCenter(columns);

        status.setId("plan-status");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
    }

    private void initListeners() {
        status.textProperty().bind(model.statusProperty());
        model.sessionProperty().addListener((obs, old, session) -> showDetails(session));
        model.packProperty().addListener((obs, old, pack) -> showContent(pack));
        packChooser.setItems(model.packChoices());
        // On the list the chooser holds: a listener on a throwaway read-only view of it could be collected.
        packChooser.getItems().addListener((javafx.collections.ListChangeListener<PackLibrary.LoadedPack>) c ->
                showContent(model.packProperty().get()));
        packChooser.setOnAction(e -> model.usePack(packChooser.getValue()));
        back.setOnAction(e -> model.back());
        run.setOnAction(e -> model.run());
        edit.setOnAction(e -> editDetails());
        export.disableProperty().bind(model.sessionProperty().isNull());
        export.setOnAction(e -> exportSummary());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                model.run();
                e.consume();
            } else if (e.getCode() == KeyCode.E && e.isShortcutDown() && e.isShiftDown() && exports != null) {
                exportSummary();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !(e.getTarget() instanceof TextInputControl)) {
                model.back();
                e.consume();
            }
        });
        model.load();
    }

    /** The keyboard starts on the first agency's tick box. */
    public void focusFirst() {
        agencies.focusFirst();
    }

    private void exportSummary() {
        WorkshopSession session = model.sessionProperty().get();
        if (exports != null && session != null) {
            exports.exportSession(session);
        }
    }

    private void editDetails() {
        WorkshopSession session = model.sessionProperty().get();
        if (session == null) {
            return;
        }
        SessionDetailsDialog dialog = new SessionDetailsDialog(SessionDetailsViewModel.of(session),
                "Workshop details", "Save details");
        FxDialogService.openFrom(this, dialog);
        dialog.ask().ifPresent(model::saveDetails);
    }

    private void showDetails(WorkshopSession session) {
        if (session == null) {
            return;
        }
        details.setText(session.title() + "\n" + Dates.spoken(session.date())
                + (session.venue().isBlank() ? "" : "\n" + session.venue())
                + (session.facilitators().isBlank() ? "" : "\nFacilitated by " + session.facilitators())
                + (session.partnership().isBlank() ? "" : "\nFor " + session.partnership())
                + "\n" + session.plannedMinutes() + " minutes"
                + "\nGroups smaller than " + session.anonymityThreshold() + " are never shown on their own.");
    }

    private void showContent(Pack pack) {
        if (pack == null) {
            return;
        }
        WorkshopSession session = model.sessionProperty().get();
        packChooser.setDisable(session == null || session.status() != org.threshold.domain.SessionStatus.PLANNED);
        // The pack the session runs from, matched by id and version; an edited or deleted one is left unchosen.
        EventHandler<ActionEvent> onAction = packChooser.getOnAction();
        packChooser.setOnAction(null);
        packChooser.setValue(model.packChoices().stream().filter(p -> p.pack().equals(pack)).findFirst().orElse(null));
        packChooser.setOnAction(onAction);
        LawCurrency currency = model.currencyProperty().get();
        content.setText(pack.metadata().title() + ", version " + pack.metadata().version() + "\n"
                + pack.scenarios().size() + " scenarios. Follows the law and guidance of " + pack.metadata().jurisdiction()
                + "; Scotland, Wales and Northern Ireland differ."
                + (currency == null ? "" : "\n" + currency.message()));
        content.getStyleClass().remove("law-stale");
        if (currency != null && currency.stale()) {
            content.getStyleClass().add("law-stale");
        }
    }
}
