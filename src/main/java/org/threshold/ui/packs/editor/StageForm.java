package org.threshold.ui.packs.editor;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.Fragment;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackAgency;
import org.threshold.domain.pack.Stage;
import org.threshold.domain.pack.StageGuidance;

/** One stage: what the room is told, what single agencies know, the decision with its options and guidance, and notes. */
final class StageForm {
    private StageForm() {
    }

    static Node build(PackEditorViewModel model, Pack pack, int s, int t, Runnable rebuild) {
        Stage stage = pack.scenarios().get(s).stages().get(t);
        List<String> agencies = pack.agencies().stream().map(PackAgency::id).toList();
        VBox form = FormFields.form(pack.scenarios().get(s).title() + ": stage " + (t + 1));
        form.getChildren().addAll(
                FormFields.text("Title", stage.title(), v -> model.editStage(s, t, x -> new Stage(v, x.text(),
                        x.fragments(), x.decision(), x.facilitatorNotes()))),
                FormFields.area("Text the whole room is told (40 to 90 words)", stage.text(), 5,
                        v -> model.editStage(s, t, x -> new Stage(x.title(), v, x.fragments(), x.decision(),
                                x.facilitatorNotes()))));

        VBox fragments = FormFields.card(FormFields.heading("What only one agency knows"));
        for (int i = 0; i < stage.fragments().size(); i++) {
            int f = i;
            Fragment fragment = stage.fragments().get(i);
            ComboBox<String> agency = FormFields.choiceBox(agencies, fragment.agency(), a -> pack.agency(a)
                    .map(PackAgency::name).orElse(a), v -> fragment(model, s, t, f, new Fragment(v, null)));
            TextField text = FormFields.textField(fragment.text(), v -> fragment(model, s, t, f, new Fragment(null, v)));
            agency.setAccessibleText("Agency of fragment " + (f + 1));
            text.setAccessibleText("Text of fragment " + (f + 1));
            HBox.setHgrow(text, Priority.ALWAYS);
            fragments.getChildren().add(new HBox(8, agency, text, FormFields.button("Remove", () -> {
                model.editStage(s, t, x -> new Stage(x.title(), x.text(), PackEdits.remove(x.fragments(), f),
                        x.decision(), x.facilitatorNotes()));
                rebuild.run();
            })));
        }
        fragments.getChildren().add(FormFields.button("Add fragment", () -> {
            model.editStage(s, t, x -> new Stage(x.title(), x.text(), PackEdits.insert(x.fragments(), x.fragments().size(),
                    new Fragment(agencies.isEmpty() ? "" : agencies.get(0), "")), x.decision(), x.facilitatorNotes()));
            rebuild.run();
        }));

        Decision d = stage.decision();
        VBox decision = FormFields.card(FormFields.heading("Decision"),
                FormFields.text("Question", d.question(), v -> decision(model, s, t, x -> x.withQuestion(v))),
                FormFields.hint("Options, 2 to 6: id, label, kind, and whether the debrief counts it appropriate."));
        for (int i = 0; i < d.options().size(); i++) {
            decision.getChildren().add(option(model, s, t, i, d, rebuild));
        }
        decision.getChildren().addAll(FormFields.button("Add option", () -> {
            decision(model, s, t, x -> x.with(PackEdits.insert(x.options(), x.options().size(),
                    new DecisionOption(PackEdits.freeId("option", x.options().stream().map(DecisionOption::id).toList()),
                            "", OptionKind.SEEK_ADVICE)), x.withWhom(), x.guidance()));
            rebuild.run();
        }), FormFields.checks("With whom would you share? (agencies offered)", agencies, d.withWhom(),
                v -> decision(model, s, t, x -> x.with(x.options(), v, x.guidance()))),
                FormFields.area("Why (guidance for the debrief, 1 to 3 sentences)", d.guidance().why(), 3,
                        v -> guidance(model, s, t, g -> g.withWhy(v))),
                FormFields.checks("References for the guidance", DetailsForms.referenceIds(pack), d.guidance().references(),
                        v -> guidance(model, s, t, g -> g.withReferences(v))));
        form.getChildren().addAll(fragments, decision, FormFields.area("Facilitator notes (presenter console only)",
                stage.facilitatorNotes(), 3, v -> model.editStage(s, t, x -> new Stage(x.title(), x.text(), x.fragments(),
                        x.decision(), v))));
        return form;
    }

    private static Node option(PackEditorViewModel model, int s, int t, int i, Decision d, Runnable rebuild) {
        DecisionOption option = d.options().get(i);
        TextField id = FormFields.textField(option.id(), v -> decision(model, s, t, x -> PackEdits.renameOption(x, i, v)));
        id.setPrefColumnCount(10);
        id.setAccessibleText("Id of option " + (i + 1));
        TextField label = FormFields.textField(option.label(), v -> decision(model, s, t, x -> x.with(
                PackEdits.set(x.options(), i, new DecisionOption(x.options().get(i).id(), v, x.options().get(i).kind())),
                x.withWhom(), x.guidance())));
        label.setAccessibleText("Label of option " + (i + 1));
        HBox.setHgrow(label, Priority.ALWAYS);
        ComboBox<OptionKind> kind = FormFields.choiceBox(Arrays.asList(OptionKind.values()), option.kind(), OptionKind::code,
                v -> decision(model, s, t, x -> x.with(PackEdits.set(x.options(), i,
                        new DecisionOption(x.options().get(i).id(), x.options().get(i).label(), v)), x.withWhom(),
                        x.guidance())));
        kind.setAccessibleText("Kind of option " + (i + 1));
        CheckBox appropriate = new CheckBox("Appropriate");
        appropriate.setSelected(d.guidance().appropriate().contains(option.id()));
        appropriate.selectedProperty().addListener((obs, old, on) -> guidance(model, s, t, g -> {
            String current = model.draftProperty().get().scenarios().get(s).stages().get(t).decision().options().get(i).id();
            return g.withAppropriate(PackEdits.toggle(g.appropriate(), current, on));
        }));
        return new HBox(8, id, label, kind, appropriate, FormFields.button("Remove", () -> {
            decision(model, s, t, x -> x.with(PackEdits.remove(x.options(), i), x.withWhom(),
                    x.guidance().withAppropriate(x.guidance().appropriate().stream()
                            .filter(a -> !a.equals(x.options().get(i).id())).toList())));
            rebuild.run();
        }));
    }

    private static void fragment(PackEditorViewModel model, int s, int t, int f, Fragment change) {
        model.editStage(s, t, x -> {
            Fragment old = x.fragments().get(f);
            Fragment next = new Fragment(change.agency() == null ? old.agency() : change.agency(),
                    change.text() == null ? old.text() : change.text());
            return new Stage(x.title(), x.text(), PackEdits.set(x.fragments(), f, next), x.decision(), x.facilitatorNotes());
        });
    }

    private static void decision(PackEditorViewModel model, int s, int t, java.util.function.UnaryOperator<Decision> change) {
        model.editStage(s, t, x -> PackEdits.decision(x, change));
    }

    private static void guidance(PackEditorViewModel model, int s, int t,
                                 java.util.function.UnaryOperator<StageGuidance> change) {
        decision(model, s, t, d -> PackEdits.guidance(d, change));
    }
}
