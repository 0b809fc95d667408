package org.storydesk.analysis;

import org.storydesk.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.storydesk.IntegrationTest;
import org.storydesk.analysis.merging.GrowingStory;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.notes.Note;
import org.storydesk.notes.NoteDraft;
import org.storydesk.notes.NoteOutcome;
import org.storydesk.notes.Notes;
import org.storydesk.base.ItemType;
import org.storydesk.base.Outcome;
import org.storydesk.base.PersonSlug;
import org.storydesk.people.MachinePerson;
import org.storydesk.people.People;
import org.storydesk.people.Person;
import org.storydesk.people.PersonRepository;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteId;
import org.storydesk.quotes.QuoteRepository;
import org.storydesk.quotes.Quotes;
import org.storydesk.articles.ArticleBatch;
import org.storydesk.articles.Articles;
import org.storydesk.articles.NewArticle;
import org.storydesk.articles.SeedIngestion;
import org.storydesk.support.Analysis;
import org.storydesk.support.SeparateApps;
import org.storydesk.timeline.EventRepository;
import org.storydesk.timeline.MachineEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story that grows, in an app of its own: the five seed articles and the five extra evaluation articles,
 * analysed by two workers and taken into the story one at a time. What the additions wrote is
 * what a full merge of the same articles gives; editors' work follows items when the story is
 * merged again; a long article is analysed in sections, the others taking their turns between.
 */
@IntegrationTest
@TestPropertySource(properties = {"storydesk.test-story=growth", "storydesk.analysis.workers=2", "storydesk.analysis.section-words=700"})
@ExtendWith(SeparateApps.class)
@WithMockUser(username = "editor", roles = "EDITOR")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryGrowthTest {

    private static final Path FOLDER = Path.of("target/test-seeds/growth");

    @DynamicPropertySource
    static void seeds(DynamicPropertyRegistry registry) throws IOException {
        if (Files.exists(FOLDER)) {
            try (Stream<Path> old = Files.walk(FOLDER)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(FOLDER);
        for (Path source : List.of(Path.of("seeds"), Path.of("src/test/resources/gold/extra"))) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    Files.copy(file, FOLDER.resolve(file.getFileName()));
                }
            }
        }
        registry.add("storydesk.seeds-dir", FOLDER::toString);
    }

    @Autowired
    ArticleAnalyses analyses;
    @Autowired
    PersonRepository people;
    @Autowired
    QuoteRepository quotes;
    @Autowired
    EventRepository events;
    @Autowired
    Quotes quoteBoard;
    @Autowired
    People peoplePanel;
    @Autowired
    Notes notes;
    @Autowired
    Articles articles;
    @Autowired
    SeedIngestion ingestion;
    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void aStoryTakenInArticleByArticleByTwoWorkersIsTheStoryMergedAtOnce() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(8));
        int articlesInStory = jdbc.sql("SELECT count(*) FROM story_merge_log WHERE story_id = :story").param("story", Seeds.STORY.value())
                .query(Integer.class).single();
        assertThat(articlesInStory).as("the five seeds and the five extra articles").isEqualTo(10);
        // Two workers take the articles in whatever order they finish: the story grown in that order, article by
        // article, is the story merged at once (an article that changes how earlier ones are read asks for that).
        List<StoryMerger.Analysed> inOrder = analyses.current(Seeds.STORY).stream().map(ArticleAnalyses.Numbered::analysed).toList();
        GrowingStory grown = GrowingStory.of(List.of(), peoplePanel.splits(Seeds.STORY));
        int incremental = 0;
        for (int i = 0; i < inOrder.size(); i++) {
            if (grown.add(inOrder.get(i)) instanceof GrowingStory.Growth.Grown) {
                incremental++;
            } else {
                grown = GrowingStory.of(inOrder.subList(0, i + 1), peoplePanel.splits(Seeds.STORY));
            }
        }
        assertThat(incremental).isGreaterThanOrEqualTo(inOrder.size() - 2);
        assertThat(grown.story().quotes()).isEqualTo(GrowingStory.of(inOrder, peoplePanel.splits(Seeds.STORY)).story().quotes());
        assertThat(grown.story().events()).isEqualTo(GrowingStory.of(inOrder, peoplePanel.splits(Seeds.STORY)).story().events());
        // Two workers, and no article analysed twice (a long one takes a turn per section, each claimed once).
        assertThat(jdbc.sql("SELECT count(*) FROM analysis_jobs WHERE state <> 'done'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT claimed_by FROM analysis_jobs").query(String.class).list()).isNotEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM analysis_jobs j WHERE j.attempts > 1 AND j.sections_done = 0").query(Integer.class).single())
                .isZero();

        StoryMerger.Story atOnce = GrowingStory.of(analyses.current(Seeds.STORY).stream().map(ArticleAnalyses.Numbered::analysed).toList(),
                peoplePanel.splits(Seeds.STORY)).story();

        assertThat(byId(people.machineRows(Seeds.STORY), p -> p.slug().value(), StoryGrowthTest::comparable))
                .isEqualTo(byId(atOnce.people(), p -> p.slug().value(), StoryGrowthTest::comparable));
        assertThat(byId(quotes.machineRows(Seeds.STORY), q -> q.id().value(), StoryGrowthTest::comparable))
                .isEqualTo(byId(atOnce.quotes(), q -> q.id().value(), StoryGrowthTest::comparable));
        assertThat(byId(events.machineRows(Seeds.STORY), e -> e.id().value(), StoryGrowthTest::comparable))
                .isEqualTo(byId(atOnce.events(), e -> e.id().value(), StoryGrowthTest::comparable));
    }

    @Test
    @Order(3)
    void aNoteAndAStatusOnAQuoteFollowItWhenANewVersionOfItsArticleRewordsIt() throws IOException {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(8));
        String file = "hockey_captain_trade.txt";
        Quote quote = quoteBoard.list(org.storydesk.quotes.QuoteQuery.of(Seeds.STORY, org.storydesk.base.StoryFilter.EVERYTHING), 0, 1000).stream()
                .filter(q -> q.sources().size() == 1 && file.equals(q.sources().getFirst().source()))
                .filter(q -> q.text().split(" ").length >= 8 && q.kind().equals("full"))
                .findFirst().orElseThrow();
        Note note = saved(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "Ask the club for the recording.", List.of("check"))));
        assertThat(quoteBoard.setStatus(Seeds.STORY, quote.id(), 0, "verified", null)).isInstanceOf(Outcome.Saved.class);

        // The outlet corrects a word of the quote: a new version of the article.
        Path seed = FOLDER.resolve(file);
        String text = Files.readString(seed);
        String words = quote.sources().getFirst().text();
        assertThat(text).contains(words);
        String reworded = words.replaceFirst(" (\\S+)$", " indeed $1");
        Files.writeString(seed, text.replace(words, reworded));
        ingestion.ingest(FOLDER);
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(4));

        assertThat(quoteBoard.find(Seeds.STORY, quote.id())).as("the old wording's quote is gone").isEmpty();
        Note followed = notes.find(note.id()).orElseThrow();
        assertThat(followed.targetId()).isNotEqualTo(quote.id().value());
        Quote now = quoteBoard.find(Seeds.STORY, new QuoteId(followed.targetId())).orElseThrow();
        assertThat(now.sources().getFirst().text()).isEqualTo(reworded);
        assertThat(now.status()).isEqualTo("verified");
        assertThat(followed.anchor().attached()).isTrue();
        assertThat(jdbc.sql("SELECT editor || ' ' || action FROM audit_log WHERE item_type = 'quote' AND item_id = :id")
                .param("id", now.id().value()).query(String.class).list()).contains("Story Desk follow");
        assertThat(jdbc.sql("SELECT new_id FROM item_successors WHERE item_type = 'quote' AND old_id = :id")
                .param("id", quote.id().value()).query(String.class).single()).isEqualTo(now.id().value());
    }

    @Test
    @Order(4)
    void aPersonsNotesFollowThemWhenAnEditorPartsANameFromThem() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(8));
        // One outlet misspelt her name. Her slug is the name the story first knew her by: whichever outlet's was merged first.
        Person her = jdbc.sql("SELECT slug FROM people WHERE story_id = :story AND name = 'Jennie Carignan'").param("story", Seeds.STORY.value()).query(String.class).list().stream()
                .map(slug -> peoplePanel.find(Seeds.STORY, PersonSlug.of(slug)).orElseThrow()).findFirst().orElseThrow();
        assertThat(her.variants()).contains("Gen. Jennie Carrigan");
        Note note = saved(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.PERSON, her.slug().value(), "Her office confirms the title.", List.of())));

        assertThat(peoplePanel.keepApart(Seeds.STORY, her.slug(), "Gen. Jennie Carrigan")).isInstanceOf(Outcome.Saved.class);
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(2));

        Person right = peoplePanel.find(Seeds.STORY, PersonSlug.of("jennie-carignan")).orElseThrow();
        assertThat(right.name()).isEqualTo("Jennie Carignan");
        assertThat(peoplePanel.find(Seeds.STORY, PersonSlug.of("jennie-carrigan")).orElseThrow().variants()).containsOnly("Gen. Jennie Carrigan");
        assertThat(notes.find(note.id()).orElseThrow().targetId()).as("the note follows most of her").isEqualTo("jennie-carignan");
        if (her.slug().value().equals("jennie-carrigan")) {
            // Her slug went with the misspelt part: the note moved, and the History says so.
            assertThat(jdbc.sql("SELECT after ->> 'moved' FROM audit_log WHERE editor = 'Story Desk' AND item_id = 'jennie-carignan'")
                    .query(String.class).list()).contains("1 note");
        }
    }

    @Test
    @Order(2)
    void aLongArticleIsAnalysedInSectionsAndShortOnesTakeTheirTurnsBetween() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(8));
        StringBuilder longText = new StringBuilder("A long report from the harbour town\n\n");
        for (int i = 0; i < 40; i++) {
            longText.append("On Monday the harbour board of Port Ellery met for the ").append(i + 1)
                    .append("th time this year, and its chair, Ada Brooks, said the dredging would go on. \"We will not stop the work "
                            + "while the channel is this shallow,\" Brooks told reporters after the meeting. Members of the board asked "
                            + "for the accounts of the last five years and for a report on the ferry's timetable.\n\n");
        }
        // Two long articles first, so both workers are on one when the short ones arrive.
        List<ArticleBatch.Item> batch = new ArrayList<>();
        batch.add(new ArticleBatch.Item("long.txt", NewArticle.upload(longText.toString().getBytes(), false), null));
        batch.add(new ArticleBatch.Item("long-too.txt", NewArticle.upload(longText.toString().replace("harbour board", "port authority")
                .getBytes(), false), null));
        String[] places = {"ferry", "council", "fish market", "lighthouse", "school", "library", "bridge", "marina", "clinic", "museum",
                "station", "park"};
        for (String place : places) {
            batch.add(new ArticleBatch.Item(place + ".txt", NewArticle.upload(("The " + place + " of Port Ellery reopened on Tuesday after "
                    + "the storm, the harbour board said.").getBytes(), false), null));
        }
        List<ArticleBatch.Result> added = articles.addAll(batch, Seeds.STORY_NAME, done -> { });
        long longOne = articleId(added.getFirst());
        List<Long> longOnes = List.of(longOne, articleId(added.get(1)));
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(6));

        assertThat(jdbc.sql("SELECT min(attempts) FROM analysis_jobs WHERE article_id IN (:ids)").param("ids", longOnes)
                .query(Integer.class).single()).as("each went back to the queue between sections").isGreaterThan(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM analysis_jobs WHERE article_id IN (:shorts)
                           AND finished_at < (SELECT min(finished_at) FROM analysis_jobs WHERE article_id IN (:longs))""")
                .param("shorts", added.stream().skip(2).map(StoryGrowthTest::articleId).toList()).param("longs", longOnes)
                .query(Integer.class).single()).as("the short articles did not wait for the long ones").isEqualTo(places.length);
        // What the sections said is one article's: quotes at their places in the whole body.
        List<MachineQuote> quotesOfLong = quotes.machineRows(Seeds.STORY).stream()
                .filter(q -> q.sources().stream().anyMatch(s -> s.article().value() == longOne)).toList();
        assertThat(quotesOfLong).isNotEmpty();
        String body = articles.find(org.storydesk.base.ArticleId.of(longOne)).orElseThrow().body();
        for (MachineQuote quote : quotesOfLong) {
            for (MachineQuote.Source source : quote.sources()) {
                if (source.article().value() == longOne && source.part().equals("body")) {
                    assertThat(body.substring(source.start(), source.end())).isEqualTo(source.text());
                }
            }
        }
    }

    private static long articleId(ArticleBatch.Result result) {
        return switch (result.outcome()) {
            case org.storydesk.articles.AddOutcome.Added added -> added.article().id().value();
            case org.storydesk.articles.AddOutcome.AlreadyStored existing -> existing.article().id().value();
            case org.storydesk.articles.AddOutcome.Rejected rejected -> throw new AssertionError(rejected.reason());
        };
    }

    /** An item with its lists in one order: the database keeps sources and people as sets. */
    private static Object comparable(MachinePerson person) {
        Map<org.storydesk.base.ArticleId, List<MachinePerson.Place>> places = person.places().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .sorted(Comparator.comparingInt(MachinePerson.Place::start)).toList()));
        return new MachinePerson(person.slug(), person.name(), person.roles(), person.variants(), person.flaggedVariants(), person.gender(),
                person.mentions(), places);
    }

    private static Object comparable(MachineQuote quote) {
        return new MachineQuote(quote.id(), quote.text(), quote.kind(), quote.speaker(), quote.speakerLabel(), quote.rule(), quote.confidence(),
                quote.saidOn(),
                quote.fullQuote(), quote.sources().stream().sorted(Comparator.comparingLong((MachineQuote.Source s) -> s.article().value())
                .thenComparing(MachineQuote.Source::part).thenComparingInt(MachineQuote.Source::start)).toList());
    }

    private static Object comparable(MachineEvent event) {
        return new MachineEvent(event.id(), event.from(), event.to(), event.precision(), event.timeOfDay(), event.summary(),
                event.people().stream().sorted(Comparator.comparing(PersonSlug::value)).toList(),
                event.sources().stream().sorted(Comparator.comparingLong((MachineEvent.Source s) -> s.article().value())
                        .thenComparingInt(MachineEvent.Source::start)).toList());
    }

    private static <T> Map<String, Object> byId(List<T> items, Function<T, String> id, Function<T, Object> comparable) {
        return items.stream().collect(Collectors.toMap(id, comparable));
    }

    private static Note saved(NoteOutcome outcome) {
        assertThat(outcome).isInstanceOf(NoteOutcome.Saved.class);
        return ((NoteOutcome.Saved) outcome).note();
    }
}
