package org.threshold;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: dependencies point down, SQL stays in the store, JavaFX in ui and app. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.threshold");

    @Test
    void layersDependDownwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
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
                .whereLayer("Content").mayOnlyBeAccessedByLayers("Cli", "App", "Ui", "Workshop", "Report")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Cli", "App", "Workshop", "Content", "Report")
                .check(CLASSES);
    }

    /** The phone server reaches the data only through the workshop's use cases, as the console does. */
    @Test
    void thePhoneServerUsesTheWorkshopNotTheStoreOrTheScreens() {
        noClasses().that().resideInAPackage("org.threshold.room..")
                .should().dependOnClassesThat().resideInAnyPackage("org.threshold.ui..", "org.threshold.app..",
                        "org.threshold.cli..", "org.threshold.content..", "org.threshold.report..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.threshold.room..")
                .should().dependOnClassesThat().resideInAPackage("org.threshold.store..")
                .andShould().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
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

    @Test
    void theDomainImportsNothingAboveIt() {
        noClasses().that().resideInAPackage("org.threshold.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.threshold.store..", "org.threshold.content..",
                        "org.threshold.report..", "org.threshold.workshop..", "org.threshold.ui..", "org.threshold.app..",
                        "org.threshold.cli..")
                .check(CLASSES);
    }
}
