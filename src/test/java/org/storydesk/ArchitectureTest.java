package org.storydesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The code stays organised by what an editor can name, and the UI stays out of the domain. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.storydesk");

    private static final String[] FEATURES = {"org.storydesk.articles..", "org.storydesk.analysis..", "org.storydesk.timeline..",
            "org.storydesk.quotes..", "org.storydesk.people..", "org.storydesk.notes..", "org.storydesk.overview..",
            "org.storydesk.history..", "org.storydesk.tokens..", "org.storydesk.backup.."};

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("org.storydesk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theDomainKnowsNothingOfTheUi() {
        noClasses().that().resideInAnyPackage(FEATURES).and().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "..ui..")
                .because("records, services and repositories serve the API and any UI alike")
                .check(CLASSES);
    }

    @Test
    void theShellDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.storydesk.base..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .because("every feature builds on the shell, not the other way round")
                .check(CLASSES);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        Path sources = Path.of("src/main/java/org/storydesk");
        List<Path> packages;
        try (Stream<Path> walk = Files.walk(sources)) {
            packages = walk.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList();
        }
        assertThat(packages).isNotEmpty().allSatisfy(folder ->
                assertThat(folder.resolve("package-info.java")).as("package-info.java in %s", folder).exists());
    }

    private static boolean holdsJava(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
