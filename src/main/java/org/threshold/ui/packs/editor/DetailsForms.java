package org.threshold.ui.packs.editor;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.content.PackValidator;
import org.threshold.domain.pack.ModelAnswer;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;

/** The forms for the pack's own details and for one scenario's details. */
final class DetailsForms {
    private DetailsForms() {
    }

    static Node metadata(PackEditorViewModel model, Pack pack) {
        PackMetadata m = pack.metadata();
        VBox form = FormFields.form("Pack details");
        TextField id = new TextField(m.id());
        id.setEditable(false);
        id.setFocusTraversable(false);
        form.getChildren().addAll(
                FormFields.labelled("Id (fixed: Duplicate in the library gives a pack a new one)", id),
                FormFields.text("Title", m.title(), v -> meta(model, x -> new PackMetadata(x.id(), v, x.version(),
                        x.jurisdiction(), x.guidanceVersions(), x.authors(), x.licence(), x.description(), x.lawCheckedOn()))),
                row(FormFields.text("Version", m.version(), v -> meta(model, x -> new PackMetadata(x.id(), x.title(), v,
                                x.jurisdiction(), x.guidanceVersions(), x.authors(), x.licence(), x.description(), x.lawCheckedOn()))),
                        FormFields.choice("Follows the law and guidance of", PackValidator.JURISDICTIONS, m.jurisdiction(),
                                j -> j, v -> meta(model, x -> new PackMetadata(x.id(), x.title(), x.version(), v,
                                        x.guidanceVersions(), x.authors(), x.licence(), x.description(), x.lawCheckedOn())))),
                FormFields.checks("Guidance versions it follows (references)", referenceIds(pack), m.guidanceVersions(),
                        v -> meta(model, x -> new PackMetadata(x.id(), x.title(), x.version(), x.jurisdiction(), v,
                                x.authors(), x.licence(), x.description(), x.lawCheckedOn()))),
                FormFields.lines("Authors", m.authors(), v -> meta(model, x -> new PackMetadata(x.id(), x.title(),
                        x.version(), x.jurisdiction(), x.guidanceVersions(), v, x.licence(), x.description(), x.lawCheckedOn()))),
                FormFields.text("Licence", m.licence(), v -> meta(model, x -> new PackMetadata(x.id(), x.title(),
                        x.version(), x.jurisdiction(), x.guidanceVersions(), x.authors(), v, x.description(), x.lawCheckedOn()))),
                FormFields.area("Description", m.description(), 4, v -> meta(model, x -> new PackMetadata(x.id(),
                        x.title(), x.version(), x.jurisdiction(), x.guidanceVersions(), x.authors(), x.licence(), v, x.lawCheckedOn()))));
        return form;
    }

    static Node scenario(PackEditorViewModel model, Pack pack, int index) {
        Scenario s = pack.scenarios().get(index);
        VBox form = FormFields.form("Scenario " + (index + 1));
        form.getChildren().addAll(
                row(FormFields.text("Id", s.id(), v -> model.editScenario(index, x -> new Scenario(v, x.title(), x.summary(),
                                x.themes(), x.ageGroup(), x.stages(), x.debriefQuestions(), x.modelAnswer()))),
                        FormFields.choice("Age group", PackValidator.AGE_GROUPS, s.ageGroup(), a -> a,
                                v -> model.editScenario(index, x -> new Scenario(x.id(), x.title(), x.summary(), x.themes(),
                                        v, x.stages(), x.debriefQuestions(), x.modelAnswer())))),
                FormFields.text("Title", s.title(), v -> model.editScenario(index, x -> new Scenario(x.id(), v, x.summary(),
                        x.themes(), x.ageGroup(), x.stages(), x.debriefQuestions(), x.modelAnswer()))),
                FormFields.area("Summary (two sentences for the agenda planner)", s.summary(), 3,
                        v -> model.editScenario(index, x -> new Scenario(x.id(), x.title(), v, x.themes(), x.ageGroup(),
                                x.stages(), x.debriefQuestions(), x.modelAnswer()))),
                FormFields.lines("Themes", s.themes(), v -> model.editScenario(index, x -> new Scenario(x.id(), x.title(),
                        x.summary(), v, x.ageGroup(), x.stages(), x.debriefQuestions(), x.modelAnswer()))),
                FormFields.hint(s.stages().size() + " stages: choose one in the outline to edit it; Add stage adds one"
                        + " after the chosen stage."),
                FormFields.lines("Debrief questions, 2 to 6", s.debriefQuestions(), v -> model.editScenario(index,
                        x -> new Scenario(x.id(), x.title(), x.summary(), x.themes(), x.ageGroup(), x.stages(), v,
                                x.modelAnswer()))),
                FormFields.area("Model answer: what appropriate sharing looked like, and why", s.modelAnswer().text(), 5,
                        v -> model.editScenario(index, x -> withAnswer(x, new ModelAnswer(v, x.modelAnswer().references())))),
                FormFields.checks("References behind the model answer (at least one)", referenceIds(pack),
                        s.modelAnswer().references(), v -> model.editScenario(index,
                                x -> withAnswer(x, new ModelAnswer(x.modelAnswer().text(), v)))));
        return form;
    }

    private static Scenario withAnswer(Scenario x, ModelAnswer answer) {
        return new Scenario(x.id(), x.title(), x.summary(), x.themes(), x.ageGroup(), x.stages(), x.debriefQuestions(), answer);
    }

    private static void meta(PackEditorViewModel model, UnaryOperator<PackMetadata> change) {
        model.edit(p -> PackEdits.metadata(p, change.apply(p.metadata())));
    }

    static List<String> referenceIds(Pack pack) {
        return pack.references().stream().map(Reference::id).toList();
    }

    static HBox row(Node... fields) {
        HBox row = new HBox(12, fields);
        for (Node field : fields) {
            HBox.setHgrow(field, Priority.ALWAYS);
        }
        return row;
    }
}
