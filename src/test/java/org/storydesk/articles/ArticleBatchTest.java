package org.storydesk.articles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Many articles handed in at once: each file or line read on its own, a bad one named with its reason. */
class ArticleBatchTest {

    @Test
    void theTextAndHtmlFilesOfAZipAreArticlesAndAnythingElseIsRefusedByName() throws IOException {
        byte[] zip = zip("wire/monday.txt", "The ferry sailed on Monday.", "wire/tuesday.html", "<p>The ferry sailed on Tuesday.</p>",
                "photo.jpg", "not an article", "__MACOSX/wire/._monday.txt", "resource fork", ".DS_Store", "x", "wire/", "");

        List<ArticleBatch.Item> items = ArticleBatch.fromZip(new ByteArrayInputStream(zip), 1024);

        assertThat(items).extracting(ArticleBatch.Item::name).containsExactly("wire/monday.txt", "wire/tuesday.html", "photo.jpg");
        assertThat(items.get(0).article().html()).isFalse();
        assertThat(items.get(1).article().html()).isTrue();
        assertThat(items.get(2).article()).isNull();
        assertThat(items.get(2).refusal()).contains(".txt and .html");
    }

    @Test
    void aFileLargerThanAnArticleMayBeIsRefusedAndTheOthersAreKept() throws IOException {
        byte[] zip = zip("long.txt", "word ".repeat(500), "short.txt", "The council met.");

        List<ArticleBatch.Item> items = ArticleBatch.fromZip(new ByteArrayInputStream(zip), 1000);

        assertThat(items.getFirst().refusal()).contains("larger than");
        assertThat(items.get(1).article()).isNotNull();
    }

    @Test
    void somethingThatIsNotAZipOrHoldsNoArticlesIsRefusedAsAWhole() throws IOException {
        assertThatThrownBy(() -> ArticleBatch.fromZip(new ByteArrayInputStream("just text".getBytes(StandardCharsets.UTF_8)), 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a .zip file");
        assertThatThrownBy(() -> ArticleBatch.fromZip(new ByteArrayInputStream(zip("folder/", "")), 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no .txt or .html");
    }

    @Test
    void jsonLinesAreNumberedAsAnEditorSeesThemAndABadLineIsRefusedWithItsReason() {
        List<ArticleBatch.Item> items = ArticleBatch.fromJsonLines("{\"ok\": 1}\n\n{\"bad\": 2}\n", line -> {
            if (line.contains("bad")) {
                throw new IllegalArgumentException("text is required");
            }
            return NewArticle.upload(line.getBytes(StandardCharsets.UTF_8), false);
        });

        assertThat(items).extracting(ArticleBatch.Item::name).containsExactly("1", "3");
        assertThat(items.get(1).refusal()).isEqualTo("text is required");
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
