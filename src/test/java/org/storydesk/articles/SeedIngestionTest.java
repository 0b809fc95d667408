package org.storydesk.articles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import org.storydesk.Seeds;
import org.storydesk.base.ArticleId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SeedIngestionTest {

    @Autowired
    SeedIngestion ingestion;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everySeedIsStoredOnceWithItsRawTextKeptAsGiven() {
        for (Seeds seed : Seeds.values()) {
            String raw = jdbc.sql("SELECT raw FROM current_articles WHERE source = :source")
                    .param("source", seed.file).query(String.class).single();
            assertThat(raw).isEqualTo(seed.text());
        }
    }

    @Test
    void ingestingTheSeedsAgainAddsNothing() {
        int versions = versions();

        int added = ingestion.ingest(Seeds.FOLDER);

        assertThat(added).isZero();
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aChangedFileIsANewVersionOfTheSameArticleAndTheOldVersionIsKept(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("harbour-ferries.txt");
        Files.writeString(file, "The harbour authority approved a new ferry schedule on Wednesday, adding three sailings a day "
                + "between the island and the mainland.\nCommuters had asked for more sailings for years.\n");
        assertThat(ingestion.ingest(folder)).isEqualTo(1);
        long id = articleFrom("harbour-ferries.txt");

        Files.writeString(file, "The harbour authority approved a new ferry schedule on Wednesday, adding four sailings a day "
                + "between the island and the mainland.\nCommuters had asked for more sailings for years.\n");
        assertThat(ingestion.ingest(folder)).isEqualTo(1);

        assertThat(articleFrom("harbour-ferries.txt")).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM article_versions WHERE article_id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(articles.find(ArticleId.of(id)).orElseThrow().body()).contains("four sailings");
    }

    @Test
    void aRemovedFileRemovesNothing(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bridge.txt"), "The bridge reopened to traffic on Monday morning after six weeks "
                + "of repairs to its deck, the city said in a statement.\n");
        ingestion.ingest(folder);
        Files.delete(folder.resolve("bridge.txt"));
        int versions = versions();

        ingestion.ingest(folder);

        assertThat(versions()).isEqualTo(versions);
        assertThat(articleFrom("bridge.txt")).isPositive();
    }

    @Test
    void aFileThatIsNotAnArticleIsSkippedWithoutStoppingTheOthers(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("a-photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(folder.resolve("b-empty.txt"), "  \n ");
        Files.writeString(folder.resolve("c-school.txt"), "The school board voted on Tuesday to keep the old high school "
                + "open for another year while a new building is planned.\n");

        assertThat(ingestion.ingest(folder)).isEqualTo(1);
        assertThat(articleFrom("c-school.txt")).isPositive();
    }

    private int versions() {
        return jdbc.sql("SELECT count(*) FROM article_versions").query(Integer.class).single();
    }

    private long articleFrom(String source) {
        return jdbc.sql("SELECT id FROM articles WHERE source = :source").param("source", source).query(Long.class).single();
    }
}
