package org.storydesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code stays organised by what an editor can name: features free of cycles, the UI out of the
 * domain, SQL in repositories, and each feature's tables its own (others read its read models).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.storydesk");

    private static final String[] FEATURES = {"org.storydesk.articles..", "org.storydesk.analysis..", "org.storydesk.timeline..",
            "org.storydesk.quotes..", "org.storydesk.people..", "org.storydesk.notes..", "org.storydesk.overview..",
            "org.storydesk.history..", "org.storydesk.tokens..", "org.storydesk.backup..", "org.storydesk.stories..",
            "org.storydesk.search.."};

    /**
     * Which feature owns which table. Another feature reads a table only through the views its owner
     * publishes as read models (any view, below), never the table itself. The backup copies every table: it is exempt.
     */
    private static final Map<String, Set<String>> TABLES = Map.of(
            "articles", Set.of("articles", "article_versions"),
            "stories", Set.of("stories", "story_articles"),
            "analysis", Set.of("analysis_jobs", "article_analyses", "story_merge_log", "story_merges", "item_successors"),
            "people", Set.of("people", "person_mentions", "person_places", "person_corrections", "person_splits"),
            "quotes", Set.of("quotes", "quote_sources", "quote_statuses", "quote_corrections"),
            "timeline", Set.of("events", "event_people", "event_sources", "event_corrections"),
            "notes", Set.of("notes"),
            "history", Set.of("audit_log"),
            "tokens", Set.of("api_tokens"));

    private static final Pattern NAMED_IN_SQL = Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_]+)");

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
    void onlyRepositoriesSpeakSql() {
        noClasses().that().areNotAnnotatedWith(Repository.class)
                .and().resideOutsideOfPackages("org.storydesk.base.database..", "org.storydesk.base.live..", "org.storydesk.backup..")
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
                .because("a feature's SQL lives in its repositories, where its tables are (the shell's database, live updates and "
                        + "the backup work with connections of their own)")
                .check(CLASSES);
    }

    @Test
    void featuresUseEachOtherOnlyThroughTheirRootPackagesAndTheirViews() {
        for (String feature : new String[] {"analysis", "articles"}) {
            noClasses().that().resideOutsideOfPackage("org.storydesk." + feature + "..")
                    .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("a class of a sub-package of " + feature + " other than ui") {
                        @Override
                        public boolean test(JavaClass target) {
                            String in = target.getPackageName();
                            return in.startsWith("org.storydesk." + feature + ".") && !in.startsWith("org.storydesk." + feature + ".ui");
                        }
                    })
                    .because("what a feature keeps in its sub-packages (extraction, merging, cleaning) is its own")
                    .check(CLASSES);
        }
    }

    @Test
    void aFeatureReadsAnotherFeaturesTablesOnlyThroughItsReadModels() throws IOException {
        Set<String> tables = new HashSet<>();
        TABLES.values().forEach(tables::addAll);
        List<String> trespasses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> feature : TABLES.entrySet()) {
            Path folder = Path.of("src/main/java/org/storydesk", feature.getKey());
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher named = NAMED_IN_SQL.matcher(Files.readString(file));
                    while (named.find()) {
                        String table = named.group(1);
                        if (tables.contains(table) && !feature.getValue().contains(table)) {
                            trespasses.add(folder.relativize(file) + " (" + feature.getKey() + ") names " + table);
                        }
                    }
                }
            }
        }
        assertThat(trespasses).as("SQL naming another feature's table instead of its read model (a view)").isEmpty();
    }

    @Test
    void theReadModelsAreViewsOfTheMigrations() throws IOException {
        String migrations;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations = files.sorted().map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).reduce("", String::concat);
        }
        for (String view : List.of("current_articles", "story_members", "person_articles", "person_names", "quote_speakers",
                "speaker_corrections", "story_merge_state")) {
            assertThat(migrations).as(view).contains("CREATE VIEW " + view);
        }
        TABLES.values().forEach(owned -> owned.forEach(table -> assertThat(migrations).as(table).contains("CREATE TABLE " + table)));
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
