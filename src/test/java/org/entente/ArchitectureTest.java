package org.entente;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The one direction of Entente's package arrows: model ← store/exchange/analysis ← app ← ui/cli. */
@AnalyzeClasses(packages = "org.entente", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = classes().that().resideInAPackage("org.entente.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.entente.model..", "java..")
            .because("the model is plain records that every layer, test and format can use without a database or a UI");

    @ArchTest
    static final ArchRule textsStandAlone = classes().that().resideInAPackage("org.entente.i18n..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.entente.i18n..", "java..")
            .because("every layer but the model shows or reports texts in the user's language, so the bundles sit below them all");

    @ArchTest
    static final ArchRule timeMathsHasNoUi = classes().that().resideInAPackage("org.entente.time..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.entente.time..", "org.entente.model..", "org.entente.i18n..", "java..")
            .because("time-to-pixel maths, ticks and clustering are pure and tested without JavaFX");

    @ArchTest
    static final ArchRule storeKnowsNoFormatsOrUi = noClasses().that().resideInAPackage("org.entente.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.entente.exchange..", "org.entente.analysis..",
                    "org.entente.ui..", "org.entente.controls..", "org.entente.app..", "org.entente.cli..", "javafx..")
            .because("the store is the SQLite library and nothing else");

    @ArchTest
    static final ArchRule exchangeNeverTouchesStoreOrUi = noClasses().that().resideInAPackage("org.entente.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.entente.store..", "org.entente.ui..",
                    "org.entente.controls..", "org.entente.app..", "org.entente.cli..", "javafx..", "java.sql..")
            .because("readers and writers return results with problems; storing them is the caller's choice");

    @ArchTest
    static final ArchRule analysisIsPure = noClasses().that().resideInAPackage("org.entente.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.entente.store..", "org.entente.ui..",
                    "org.entente.controls..", "org.entente.app..", "org.entente.cli..", "javafx..", "java.sql..")
            .because("graphs, metrics and series are computed from model records and tested without a database");

    @ArchTest
    static final ArchRule controlsNeverSeeTheStore = noClasses().that().resideInAPackage("org.entente.controls..")
            .should().dependOnClassesThat().resideInAnyPackage("org.entente.store..", "org.entente.exchange..",
                    "org.entente.ui..", "org.entente.app..", "org.entente.cli..", "java.sql..")
            .because("reusable controls take small item interfaces and observable lists, never the library");

    @ArchTest
    static final ArchRule appServicesHaveNoUi = noClasses().that().resideInAPackage("org.entente.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.entente.ui..", "org.entente.cli..", "javafx..")
            .because("the app layer joins store, exchange and analysis for both the UI and the command line");

    @ArchTest
    static final ArchRule onlyTheUiAndCliUseTheUi = noClasses().that().resideOutsideOfPackages("org.entente.ui..", "org.entente.cli..")
            .and().doNotHaveFullyQualifiedName("org.entente.Launcher")
            .should().dependOnClassesThat().resideInAPackage("org.entente.ui..")
            .because("the UI sits on top; nothing below it may reach up");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.entente.model..")
            .layer("Time").definedBy("org.entente.time..")
            .layer("Store").definedBy("org.entente.store..")
            .layer("Exchange").definedBy("org.entente.exchange..")
            .layer("Analysis").definedBy("org.entente.analysis..")
            .layer("App").definedBy("org.entente.app..")
            .layer("Controls").definedBy("org.entente.controls..")
            .layer("Ui").definedBy("org.entente.ui..")
            .layer("Cli").definedBy("org.entente.cli..")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Controls").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Time").mayOnlyBeAccessedByLayers("Controls", "Ui", "Cli")
            .because("model <- store / exchange / analysis <- app <- ui and cli: each layer sees only the ones below it");

    @ArchTest
    static final ArchRule uiPackagesHaveNoCycles = slices().matching("org.entente.ui.(*)..").should().beFreeOfCycles()
            .because("a newcomer changes one view without reading the others");

    @ArchTest
    static final ArchRule viewsNeverImportEachOtherOrTheShell = slices().matching("org.entente.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("org.entente.ui.shell.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.entente.ui.common.."))
            .because("the shell composes the views; what they share lives in ui.common, which knows none of them");

    @ArchTest
    static final ArchRule uiCommonKnowsNoView = noClasses().that().resideInAPackage("org.entente.ui.common..")
            .should().dependOnClassesThat(resideInAPackage("org.entente.ui..").and(resideOutsideOfPackage("org.entente.ui.common..")))
            .because("ui.common is the floor every view stands on");

    @ArchTest
    static final ArchRule viewModelsHaveNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().haveSimpleNameEndingWith("FormModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models hold state and behaviour and are tested without a scene; views bind to them");

    /** A UI class that a view model keeps in a field: one of its parts (the network's playback, layout runner, positions…). */
    private static final DescribedPredicate<JavaClass> partOfAViewModel = new DescribedPredicate<>("are held in a view model's field") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("org.entente.ui")
                    && c.getFieldsWithTypeOfSelf().stream().anyMatch(f -> f.getOwner().getSimpleName().endsWith("ViewModel"));
        }
    };

    @ArchTest
    static final ArchRule viewModelPartsHaveNoNodes = noClasses().that(partOfAViewModel)
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a view model split into parts is free of the scene graph in every part, as it was whole");
}
