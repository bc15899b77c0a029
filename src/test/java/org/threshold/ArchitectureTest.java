package org.threshold;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;
import org.threshold.app.ThresholdApp;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.FxTaskExecutor;
import org.threshold.ui.common.TaskExecutor;

/**
 * The layers of DESIGN.md: every class belongs to one, dependencies point down, packages form no
 * cycle, SQL stays in the store, JavaFX in ui and app, and no ViewModel holds a Node.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.threshold");

    /**
     * The layers, top to bottom; a package outside them fails, so a new one must be given its place here.
     * The phone server (Room) reaches the data only through the workshop's use cases, as the console does:
     * not the store, the screens, the command line, the pack files or the report writers.
     */
    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Entry").definedBy("org.threshold")
                .layer("Cli").definedBy("org.threshold.cli..")
                .layer("App").definedBy("org.threshold.app..")
                .layer("Ui").definedBy("org.threshold.ui..")
                .layer("Room").definedBy("org.threshold.room..")
                .layer("Workshop").definedBy("org.threshold.workshop..")
                .layer("Report").definedBy("org.threshold.report..")
                .layer("Content").definedBy("org.threshold.content..")
                .layer("Store").definedBy("org.threshold.store..")
                .layer("Domain").definedBy("org.threshold.domain..")
                .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Entry", "App")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Room").mayOnlyBeAccessedByLayers("Entry", "App")
                .whereLayer("Workshop").mayOnlyBeAccessedByLayers("Entry", "Cli", "App", "Ui", "Room")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Cli", "App", "Ui", "Workshop")
                .whereLayer("Content").mayOnlyBeAccessedByLayers("Cli", "App", "Ui", "Workshop")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Entry", "Cli", "App", "Workshop", "Report")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Entry", "Cli", "App", "Ui", "Room", "Workshop",
                        "Report", "Content", "Store");
    }

    @Test
    void layersDependDownwardsOnlyAndEveryClassHasALayer() {
        layers().check(CLASSES);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("org.threshold.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void sqlStaysInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.threshold.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..").check(CLASSES);
    }

    @Test
    void javaFxStaysInTheUserInterface() {
        noClasses().that().resideOutsideOfPackages("org.threshold.ui..", "org.threshold.app..", "org.threshold")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(CLASSES);
    }

    /**
     * Background work goes through an ordered BackgroundWork, never straight to the pool, where two pieces of
     * one screen's or window's work could land out of order.
     */
    @Test
    void onlyBackgroundWorkHandsWorkToTheExecutor() {
        noClasses().that().doNotBelongToAnyOf(BackgroundWork.class)
                .should().callMethodWhere(target(name("run")).and(target(owner(assignableTo(TaskExecutor.class)))))
                .because("work runs in order only through BackgroundWork").check(CLASSES);
    }

    /** One pool, made where the app is wired (and closed when it closes), so no screen starts a pool of its own. */
    @Test
    void onlyTheAppMakesTheExecutor() {
        noClasses().that().doNotBelongToAnyOf(ThresholdApp.class)
                .should().callConstructor(FxTaskExecutor.class).check(CLASSES);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..").check(CLASSES);
    }
}
