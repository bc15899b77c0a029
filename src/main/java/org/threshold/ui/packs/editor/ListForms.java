package org.threshold.ui.packs.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Reference;

/** The forms for the pack's lists: references, confidence statements and myth-or-fact items. */
final class ListForms {
    private static final String NONE = "";

    private ListForms() {
    }

    static Node references(PackEditorViewModel model, Pack pack, Runnable rebuild) {
        VBox form = FormFields.form("References");
        form.getChildren().add(FormFields.hint("The law and guidance the pack cites, each by its id. Renaming an id"
                + " shows every place that still cites the old one in the problems below."));
        List<Reference> references = pack.references();
        for (int i = 0; i < references.size(); i++) {
            int r = i;
            Reference x = references.get(i);
            form.getChildren().add(FormFields.card(
                    DetailsForms.row(FormFields.text("Id", x.id(), v -> ref(model, r, o -> new Reference(v, o.title(),
                                    o.publisher(), o.version(), o.section(), o.url()))),
                            FormFields.text("Version or date", x.version(), v -> ref(model, r, o -> new Reference(o.id(),
                                    o.title(), o.publisher(), v, o.section(), o.url())))),
                    FormFields.text("Title", x.title(), v -> ref(model, r, o -> new Reference(o.id(), v, o.publisher(),
                            o.version(), o.section(), o.url()))),
                    DetailsForms.row(FormFields.text("Publisher", x.publisher(), v -> ref(model, r, o -> new Reference(
                                    o.id(), o.title(), v, o.version(), o.section(), o.url()))),
                            FormFields.text("Section (optional)", x.section(), v -> ref(model, r, o -> new Reference(o.id(),
                                    o.title(), o.publisher(), o.version(), v, o.url())))),
                    FormFields.text("Web address (optional, https://)", x.url(), v -> ref(model, r, o -> new Reference(
                            o.id(), o.title(), o.publisher(), o.version(), o.section(), v))),
                    rowButtons(() -> model.edit(p -> PackEdits.references(p, PackEdits.move(p.references(), r, -1))),
                            () -> model.edit(p -> PackEdits.references(p, PackEdits.move(p.references(), r, 1))),
                            () -> model.edit(p -> PackEdits.references(p, PackEdits.remove(p.references(), r))), rebuild)));
        }
        form.getChildren().add(FormFields.button("Add reference", () -> {
            model.edit(p -> PackEdits.references(p, PackEdits.insert(p.references(), p.references().size(),
                    PackEdits.newReference(PackEdits.freeId("new-reference", DetailsForms.referenceIds(p))))));
            rebuild.run();
        }));
        return form;
    }

    static Node confidence(PackEditorViewModel model, Pack pack, Runnable rebuild) {
        VBox form = FormFields.form("Confidence statements");
        form.getChildren().add(FormFields.hint("Statements practitioners rate their confidence in, before and after."));
        List<String> references = new ArrayList<>(List.of(NONE));
        references.addAll(DetailsForms.referenceIds(pack));
        List<ConfidenceItem> items = pack.exercises().confidenceItems();
        for (int i = 0; i < items.size(); i++) {
            int c = i;
            ConfidenceItem x = items.get(i);
            form.getChildren().add(FormFields.card(
                    DetailsForms.row(FormFields.text("Id", x.id(), v -> confidence(model, c, o -> new ConfidenceItem(v,
                                    o.text(), o.reference()))),
                            FormFields.choice("Reference (optional)", references, x.reference(),
                                    id -> id.isEmpty() ? "(none)" : id,
                                    v -> confidence(model, c, o -> new ConfidenceItem(o.id(), o.text(), v)))),
                    FormFields.text("Statement", x.text(), v -> confidence(model, c, o -> new ConfidenceItem(o.id(), v,
                            o.reference()))),
                    rowButtons(() -> exercises(model, e -> withConfidence(e, PackEdits.move(e.confidenceItems(), c, -1))),
                            () -> exercises(model, e -> withConfidence(e, PackEdits.move(e.confidenceItems(), c, 1))),
                            () -> exercises(model, e -> withConfidence(e, PackEdits.remove(e.confidenceItems(), c))),
                            rebuild)));
        }
        form.getChildren().add(FormFields.button("Add statement", () -> {
            exercises(model, e -> withConfidence(e, PackEdits.insert(e.confidenceItems(), e.confidenceItems().size(),
                    new ConfidenceItem(PackEdits.freeId("new-statement", e.confidenceItems().stream()
                            .map(ConfidenceItem::id).toList()), "", ""))));
            rebuild.run();
        }));
        return form;
    }

    static Node myths(PackEditorViewModel model, Pack pack, Runnable rebuild) {
        VBox form = FormFields.form("Myth or fact");
        List<MythItem> items = pack.exercises().mythOrFact();
        for (int i = 0; i < items.size(); i++) {
            int m = i;
            MythItem x = items.get(i);
            form.getChildren().add(FormFields.card(
                    DetailsForms.row(FormFields.text("Id", x.id(), v -> myth(model, m, o -> new MythItem(v, o.statement(),
                                    o.isMyth(), o.explanation(), o.references()))),
                            FormFields.choice("Answer", List.of(true, false), x.isMyth(), myth -> myth ? "Myth" : "Fact",
                                    v -> myth(model, m, o -> new MythItem(o.id(), o.statement(), v, o.explanation(),
                                            o.references())))),
                    FormFields.area("Statement", x.statement(), 2, v -> myth(model, m, o -> new MythItem(o.id(), v,
                            o.isMyth(), o.explanation(), o.references()))),
                    FormFields.area("Explanation", x.explanation(), 3, v -> myth(model, m, o -> new MythItem(o.id(),
                            o.statement(), o.isMyth(), v, o.references()))),
                    FormFields.checks("References", DetailsForms.referenceIds(pack), x.references(), v -> myth(model, m,
                            o -> new MythItem(o.id(), o.statement(), o.isMyth(), o.explanation(), v))),
                    rowButtons(() -> exercises(model, e -> withMyths(e, PackEdits.move(e.mythOrFact(), m, -1))),
                            () -> exercises(model, e -> withMyths(e, PackEdits.move(e.mythOrFact(), m, 1))),
                            () -> exercises(model, e -> withMyths(e, PackEdits.remove(e.mythOrFact(), m))), rebuild)));
        }
        form.getChildren().add(FormFields.button("Add item", () -> {
            exercises(model, e -> withMyths(e, PackEdits.insert(e.mythOrFact(), e.mythOrFact().size(), new MythItem(
                    PackEdits.freeId("new-item", e.mythOrFact().stream().map(MythItem::id).toList()), "", true, "",
                    List.of()))));
            rebuild.run();
        }));
        return form;
    }

    private static HBox rowButtons(Runnable up, Runnable down, Runnable remove, Runnable rebuild) {
        return new HBox(8, FormFields.button("Move up", () -> {
            up.run();
            rebuild.run();
        }), FormFields.button("Move down", () -> {
            down.run();
            rebuild.run();
        }), FormFields.button("Remove", () -> {
            remove.run();
            rebuild.run();
        }));
    }

    private static void ref(PackEditorViewModel model, int index, UnaryOperator<Reference> change) {
        model.edit(p -> PackEdits.references(p, PackEdits.set(p.references(), index, change.apply(p.references().get(index)))));
    }

    private static void confidence(PackEditorViewModel model, int index, UnaryOperator<ConfidenceItem> change) {
        exercises(model, e -> withConfidence(e, PackEdits.set(e.confidenceItems(), index,
                change.apply(e.confidenceItems().get(index)))));
    }

    private static void myth(PackEditorViewModel model, int index, UnaryOperator<MythItem> change) {
        exercises(model, e -> withMyths(e, PackEdits.set(e.mythOrFact(), index, change.apply(e.mythOrFact().get(index)))));
    }

    private static void exercises(PackEditorViewModel model, UnaryOperator<Exercises> change) {
        model.edit(p -> PackEdits.exercises(p, change.apply(p.exercises())));
    }

    private static Exercises withConfidence(Exercises e, List<ConfidenceItem> items) {
        return new Exercises(e.trustGrid(), items, e.mythOrFact(), e.agencyPrompts());
    }

    private static Exercises withMyths(Exercises e, List<MythItem> items) {
        return new Exercises(e.trustGrid(), e.confidenceItems(), items, e.agencyPrompts());
    }
}
