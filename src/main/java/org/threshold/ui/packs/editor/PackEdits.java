package org.threshold.ui.packs.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.ModelAnswer;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.domain.pack.StageGuidance;

/** Changes to the immutable pack records, one part at a time; each returns a new pack. Plain Java, no JavaFX. */
final class PackEdits {
    private PackEdits() {
    }

    static <T> List<T> set(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    static <T> List<T> insert(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.max(0, Math.min(index, copy.size())), value);
        return copy;
    }

    static <T> List<T> remove(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** Moves an item by {@code offset} places; out of range leaves the list as it is. */
    static <T> List<T> move(List<T> list, int index, int offset) {
        int target = index + offset;
        if (index < 0 || index >= list.size() || target < 0 || target >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(target, copy.remove(index));
        return copy;
    }

    static Pack metadata(Pack p, PackMetadata m) {
        return new Pack(m, p.agencies(), p.basisLayers(), p.references(), p.scenarios(), p.exercises(),
                p.whereWeStand());
    }

    static Pack scenarios(Pack p, List<Scenario> scenarios) {
        return new Pack(p.metadata(), p.agencies(), p.basisLayers(), p.references(), scenarios, p.exercises(),
                p.whereWeStand());
    }

    static Pack references(Pack p, List<Reference> references) {
        return new Pack(p.metadata(), p.agencies(), p.basisLayers(), references, p.scenarios(), p.exercises(),
                p.whereWeStand());
    }

    static Pack exercises(Pack p, Exercises exercises) {
        return new Pack(p.metadata(), p.agencies(), p.basisLayers(), p.references(), p.scenarios(), exercises,
                p.whereWeStand());
    }

    static Pack scenario(Pack p, int index, UnaryOperator<Scenario> change) {
        return scenarios(p, set(p.scenarios(), index, change.apply(p.scenarios().get(index))));
    }

    static Pack stage(Pack p, int scenario, int stage, UnaryOperator<Stage> change) {
        return scenario(p, scenario, s -> stages(s, set(s.stages(), stage, change.apply(s.stages().get(stage)))));
    }

    static Scenario stages(Scenario s, List<Stage> stages) {
        return new Scenario(s.id(), s.title(), s.summary(), s.themes(), s.ageGroup(), stages, s.debriefQuestions(),
                s.modelAnswer());
    }

    static Stage decision(Stage t, UnaryOperator<Decision> change) {
        return new Stage(t.title(), t.text(), t.fragments(), change.apply(t.decision()), t.facilitatorNotes());
    }

    static Decision guidance(Decision d, UnaryOperator<StageGuidance> change) {
        return d.with(d.options(), d.withWhom(), change.apply(d.guidance()));
    }

    /** Renames an option, and its place among the appropriate answers with it. */
    static Decision renameOption(Decision d, int index, String id) {
        DecisionOption old = d.options().get(index);
        List<String> appropriate = d.guidance().appropriate().stream().map(a -> a.equals(old.id()) ? id : a).toList();
        return d.with(set(d.options(), index, new DecisionOption(id, old.label(), old.kind())), d.withWhom(),
                d.guidance().withAppropriate(appropriate));
    }

    /** Includes or leaves out {@code id} in a list of ids, keeping the order it had. */
    static List<String> toggle(List<String> ids, String id, boolean included) {
        List<String> copy = new ArrayList<>(ids);
        copy.remove(id);
        if (included) {
            copy.add(id);
        }
        return copy;
    }

    /** A new stage with the two answers nearly every decision offers, so the writer starts from the text. */
    static Stage newStage(int number) {
        return new Stage("Stage " + number, "", List.of(), new Decision("What would your agency do now?",
                List.of(new DecisionOption("share-now", "Share now", OptionKind.SHARE),
                        new DecisionOption("dont-share-yet", "Don't share yet", OptionKind.WITHHOLD)),
                List.of(), new StageGuidance(List.of(), "", List.of())), "");
    }

    static Scenario newScenario(String id, List<String> references) {
        return new Scenario(id, "New scenario", "", List.of(), "adult", List.of(newStage(1), newStage(2), newStage(3)),
                List.of("When did your agency first have enough to share?", "What stopped you sharing sooner?"),
                new ModelAnswer("", references.isEmpty() ? List.of() : List.of(references.get(0))));
    }

    static Reference newReference(String id) {
        return new Reference(id, "", "", "", "", "");
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever is not taken. */
    static String freeId(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!taken.contains(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    /** Text written one item a line: blank lines are left out. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
