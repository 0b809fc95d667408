package org.storydesk.notes;

import org.storydesk.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.database.DatabaseCredentials;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.Quotes;
import org.storydesk.articles.SeedIngestion;
import org.storydesk.support.Analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** Editors' notes against the real database: anchored, guarded against lost updates, audited, refused when wrong. */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class NotesTest {

    @Autowired
    Notes notes;
    @Autowired
    Quotes quotes;
    @Autowired
    SeedIngestion ingestion;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private Quote quote;

    @BeforeEach
    void waitForTheStory() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
        quote = quotes.list(QuoteQuery.of(Seeds.STORY, StoryFilter.EVERYTHING), 0, 1).getFirst();
    }

    @Test
    void anEditorNotesAQuoteAndTheNoteIsKeptWithWhoWroteItAndTheAuditLogSaysSo() {
        Note note = saved(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "  Check the tape before we run it.  ",
                List.of("#Check", "legal", "check"))));

        assertThat(note.body()).isEqualTo("Check the tape before we run it.");
        assertThat(note.tags()).containsExactly("check", "legal");
        assertThat(note.author()).isEqualTo("editor");
        assertThat(note.version()).isEqualTo(1);
        assertThat(note.anchor().attached()).isTrue();
        assertThat(notes.on(Seeds.STORY_NAME, ItemType.QUOTE, quote.id().value())).extracting(Note::id).contains(note.id());
        assertThat(audit(note)).containsExactly("add note");
    }

    @Test
    void aNoteOnAPassageFollowsItsWordsIntoAChangedVersionOfTheArticleAndIsDetachedWhenTheyAreGone() throws IOException {
        Path file = folder.resolve("anchoring-story.txt");
        String first = "The harbour board met on Thursday.\n\nThe chair said the ferry timetable would not change this winter.\n\n"
                + "Members voted on the dredging contract.";
        Files.writeString(file, first);
        ingestion.ingest(folder);
        String article = jdbc.sql("SELECT id::text FROM articles WHERE source = 'anchoring-story.txt'").query(String.class).single();
        String words = "the ferry timetable would not change";
        int start = body(article).indexOf(words);
        assertThat(start).isNotNegative();
        Note note = saved(notes.add(Seeds.STORY_NAME, NoteDraft.onPassage(article, start, start + words.length(), "Confirm with the ferry operator.", List.of())));
        assertThat(note.selector().exact()).isEqualTo(words);

        String second = "CORRECTION appended above: the board met on Friday, not Thursday.\n\n" + first;
        Files.writeString(file, second);
        ingestion.ingest(folder);

        Note moved = notes.inArticle(Seeds.STORY_NAME, article).stream().filter(n -> n.id().equals(note.id())).findFirst().orElseThrow();
        assertThat(moved.anchor().attached()).isTrue();
        assertThat(body(article).substring(moved.anchor().start(), moved.anchor().end())).isEqualTo(words);
        assertThat(moved.anchor().start()).isGreaterThan(start);

        Files.writeString(file, "The harbour board met on Friday.\n\nMembers voted on the dredging contract.");
        ingestion.ingest(folder);

        Note gone = notes.inArticle(Seeds.STORY_NAME, article).stream().filter(n -> n.id().equals(note.id())).findFirst().orElseThrow();
        assertThat(gone.anchor().attached()).isFalse();
        assertThat(gone.body()).isEqualTo("Confirm with the ferry operator.");
        assertThat(gone.about()).isEqualTo(words);
    }

    @Test
    void aPassageCanBeNotedByItsWordsAsWellAsByWhereTheyAre() {
        String article = jdbc.sql("SELECT min(id)::text FROM articles").query(String.class).single();
        String body = body(article);
        String words = body.substring(40, 80).strip();

        Note note = saved(notes.add(Seeds.STORY_NAME, new NoteDraft(ItemType.PASSAGE, article, null, null, words, null, null, "By its words.", List.of())));

        assertThat(body.substring(note.selector().start(), note.selector().end())).isEqualTo(words);
        assertThat(refusal(notes.add(Seeds.STORY_NAME, new NoteDraft(ItemType.PASSAGE, article, null, null, "words this article never had", null, null,
                "x", List.of())))).contains("does not contain");
        assertThat(refusal(notes.add(Seeds.STORY_NAME, NoteDraft.onPassage(article, 10, 999_999, "x", List.of())))).contains("not within the article");
    }

    @Test
    void twoEditorsChangingTheSameNoteDoNotOverwriteEachOther() {
        Note note = saved(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "First take.", List.of())));

        Note first = saved(notes.update(note.id(), note.version(), "Mine, saved first.", List.of()));
        NoteOutcome second = notes.update(note.id(), note.version(), "Theirs, on the stale copy.", List.of());

        assertThat(second).asInstanceOf(type(NoteOutcome.Conflict.class))
                .satisfies(conflict -> assertThat(conflict.current().body()).isEqualTo("Mine, saved first."));
        assertThat(notes.find(note.id()).orElseThrow().body()).isEqualTo("Mine, saved first.");
        assertThat(notes.delete(note.id(), note.version())).isInstanceOf(NoteOutcome.Conflict.class);
        assertThat(notes.delete(note.id(), first.version())).isInstanceOf(NoteOutcome.Deleted.class);
        assertThat(notes.update(note.id(), first.version(), "Too late.", List.of())).isInstanceOf(NoteOutcome.Missing.class);
        assertThat(audit(note)).containsExactly("delete note", "edit note", "add note");
    }

    @Test
    void anEmptyOrOverlongNoteOrOneOnNothingIsRefusedWithAReasonAndNothingIsStored() {
        int before = count();

        assertThat(refusal(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "   \n ", List.of())))).contains("needs some text");
        assertThat(refusal(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "x".repeat(10_001), List.of()))))
                .contains("at most 10,000 characters");
        assertThat(refusal(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, "q-000000000000", "On nothing.", List.of()))))
                .contains("no quote q-000000000000");
        assertThat(refusal(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.PERSON, "nobody-at-all", "On no one.", List.of())))).contains("no person");
        assertThat(refusal(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "Tagged to death.", List.of("a".repeat(41))))))
                .contains("at most 40 characters");
        assertThat(count()).isEqualTo(before);
        assertThat(saved(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "x".repeat(10_000), List.of()))).body()).hasSize(10_000);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsNotesButTheServiceRefusesEveryWrite() {
        int before = count();

        assertThat(notes.list(NoteQuery.everything(Seeds.STORY), 0, 10)).isNotNull();
        assertThatThrownBy(() -> notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "Sneaky.", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.update(NoteId.of(1), 1, "Sneaky.", List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(NoteId.of(1), 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theNotesListFiltersByTagAuthorKindAndThePeopleOfWhatIsNoted() {
        Note tagged = saved(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "Filter me.", List.of("filter-test"))));

        assertThat(notes.list(new NoteQuery(Seeds.STORY, Set.of(), null, null, "filter-test", null, null), 0, 50))
                .extracting(Note::id).containsExactly(tagged.id());
        assertThat(notes.list(new NoteQuery(Seeds.STORY, Set.of(), null, null, "filter-test", "someone-else", null), 0, 50)).isEmpty();
        assertThat(notes.list(new NoteQuery(Seeds.STORY, Set.of(), null, null, "filter-test", null, ItemType.EVENT), 0, 50)).isEmpty();
        if (quote.speaker() != null) {
            assertThat(notes.list(new NoteQuery(Seeds.STORY, Set.of(quote.speaker().slug()), null, null, "filter-test", null, null), 0, 50))
                    .extracting(Note::id).containsExactly(tagged.id());
        }
        assertThat(notes.tags(Seeds.STORY)).contains("filter-test");
    }

    @Test
    void theAuditLogCannotBeRewritten() {
        saved(notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.QUOTE, quote.id().value(), "Audited.", List.of())));

        // The app's own role may not touch a recorded row at all.
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET editor = 'someone else'").update()).rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).rootCause().hasMessageContaining("permission denied");
        // Even the schema's owner meets the trigger.
        JdbcClient owner = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/storydesk", DatabaseCredentials.OWNER, credentials.owner()));
        assertThatThrownBy(() -> owner.sql("UPDATE audit_log SET editor = 'someone else'").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("DELETE FROM audit_log").update()).hasMessageContaining("append-only");
    }

    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    @Autowired
    DatabaseCredentials credentials;

    private String body(String article) {
        return jdbc.sql("SELECT body FROM current_articles WHERE id = CAST(:id AS bigint)").param("id", article).query(String.class).single();
    }

    private List<String> audit(Note note) {
        return jdbc.sql("SELECT action FROM audit_log WHERE item_type = 'note' AND item_id = :id ORDER BY id DESC")
                .param("id", note.id().toString()).query(String.class).list();
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM notes").query(Integer.class).single();
    }

    private static Note saved(NoteOutcome outcome) {
        assertThat(outcome).isInstanceOf(NoteOutcome.Saved.class);
        return ((NoteOutcome.Saved) outcome).note();
    }

    private static String refusal(NoteOutcome outcome) {
        assertThat(outcome).isInstanceOf(NoteOutcome.Refused.class);
        return ((NoteOutcome.Refused) outcome).reason();
    }
}
