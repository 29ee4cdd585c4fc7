package io.connectorexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import java.util.function.Consumer;

/** The layers of DESIGN.md, enforced: app → ui/cli → core ← infra; core knows neither JavaFX nor the AWS SDK. */
@AnalyzeClasses(packages = "io.connectorexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("app")
            .definedBy("io.connectorexplorer.app..")
            .layer("ui")
            .definedBy("io.connectorexplorer.ui..")
            .layer("cli")
            .definedBy("io.connectorexplorer.cli..")
            .layer("core")
            .definedBy("io.connectorexplorer.core..")
            .layer("infra")
            .definedBy("io.connectorexplorer.infra..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("infra")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers("app", "ui", "cli", "infra");

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses()
            .that()
            .resideInAPackage("io.connectorexplorer.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "software.amazon.awssdk..");

    @ArchTest
    static final ArchRule onlyInfraTouchesTheSdk = noClasses()
            .that()
            .resideOutsideOfPackages("io.connectorexplorer.infra..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule cliHasNoJavaFx = noClasses()
            .that()
            .resideInAPackage("io.connectorexplorer.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule viewModelsStayOffTheSceneGraph = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles =
            slices().matching("io.connectorexplorer.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles =
            slices().matching("io.connectorexplorer.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule infraPackagesAreFreeOfCycles =
            slices().matching("io.connectorexplorer.infra.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiPackagesAreFreeOfCycles =
            slices().matching("io.connectorexplorer.ui.(*)..").should().beFreeOfCycles();

    /** View models start background work only through the one task shape, whose currency guard drops stale answers. */
    @ArchTest
    static final ArchRule uiRunsBackgroundWorkThroughBackgroundTask = noClasses()
            .that()
            .resideInAPackage("io.connectorexplorer.ui..")
            .and()
            .doNotHaveFullyQualifiedName(BackgroundTask.class.getName())
            .should()
            .callMethod(
                    TaskRunner.class, "submit", TaskRunner.Work.class, Consumer.class, Consumer.class, Consumer.class);
}
