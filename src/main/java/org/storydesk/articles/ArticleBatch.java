package org.storydesk.articles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Many articles handed in at once: the files of a .zip, or the lines of a JSON Lines request.
 * Each is read on its own, so a bad file or line is reported by its name or number with what is
 * wrong, and the good ones are stored; each article is stored whole or not at all.
 */
public final class ArticleBatch {

    /** The most articles one batch may hold: a batch is a day's wire, not the archive. */
    public static final int MOST_ARTICLES = 5_000;
    /** The most a .zip may unpack to, whatever it says of itself: a small file that unpacks to gigabytes is refused. */
    private static final long MOST_UNPACKED = 512L * 1024 * 1024;

    /**
     * One article of a batch, named as the editor or integration will recognise it (its file name,
     * or its line's number), read as an article or refused with a reason.
     */
    public record Item(String name, NewArticle article, String refusal) {

        static Item of(String name, NewArticle article) {
            return new Item(name, article, null);
        }

        static Item refused(String name, String reason) {
            return new Item(name, null, reason);
        }
    }

    /** What became of one article of a batch. */
    public record Result(String name, AddOutcome outcome) {
    }

    private ArticleBatch() {
    }

    /**
     * The .txt and .html files of a .zip, in the order they are stored, folders and system files
     * (such as a Mac's {@code __MACOSX}) aside; anything else in it is refused by name.
     *
     * @throws IllegalArgumentException with a reason for the editor, where the file is not a readable .zip
     */
    public static List<Item> fromZip(InputStream zip, long maxArticleBytes) {
        List<Item> items = new ArrayList<>();
        long unpacked = 0;
        BufferedInputStream in = new BufferedInputStream(zip);
        if (!startsLikeAZip(in)) {
            throw new IllegalArgumentException("This is not a .zip file: upload a .zip of .txt or .html files, or one article at a time.");
        }
        try (ZipInputStream entries = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String path = entry.getName();
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (entry.isDirectory() || path.startsWith("__MACOSX/") || name.startsWith(".") || name.isEmpty()) {
                    continue;
                }
                if (items.size() >= MOST_ARTICLES) {
                    throw new IllegalArgumentException("The .zip holds more than " + MOST_ARTICLES + " files: split it into smaller ones.");
                }
                String lower = name.toLowerCase(Locale.ROOT);
                boolean html = lower.matches(".*\\.html?$");
                if (!html && !lower.endsWith(".txt")) {
                    items.add(Item.refused(path, "only .txt and .html files are articles"));
                    continue;
                }
                byte[] content = readAtMost(entries, maxArticleBytes + 1);
                unpacked += content.length;
                if (unpacked > MOST_UNPACKED) {
                    throw new IllegalArgumentException("The .zip unpacks to more than " + (MOST_UNPACKED >> 20) + " MB: split it into smaller ones.");
                }
                if (content.length > maxArticleBytes) {
                    items.add(Item.refused(path, "the file is larger than the " + ArticleText.size(maxArticleBytes) + " an article may be"));
                    continue;
                }
                items.add(Item.of(path, NewArticle.upload(content, html)));
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException("This is not a readable .zip file (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new IllegalArgumentException("The .zip could not be read to its end: " + e.getMessage());
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("The .zip holds no .txt or .html files.");
        }
        return items;
    }

    /**
     * The lines of a JSON Lines text, each an article object read by {@code read}, which
     * refuses a bad one with an {@link IllegalArgumentException} saying what is wrong. Blank
     * lines are skipped; an item is named by its line's number, from 1, as a text editor numbers them.
     */
    public static List<Item> fromJsonLines(String text, Function<String, NewArticle> read) {
        List<Item> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (items.size() >= MOST_ARTICLES) {
                throw new IllegalArgumentException("A request may hold at most " + MOST_ARTICLES + " articles: send the rest in another.");
            }
            String name = Integer.toString(i + 1);
            try {
                items.add(Item.of(name, read.apply(line)));
            } catch (IllegalArgumentException e) {
                items.add(Item.refused(name, e.getMessage()));
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("The request holds no articles: send one JSON object per line.");
        }
        return items;
    }

    /** A .zip begins with a local file header ("PK", 3, 4); anything else is not one, whatever its name. */
    private static boolean startsLikeAZip(BufferedInputStream in) {
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1 && total < limit) {
            int keep = (int) Math.min(read, limit - total);
            out.write(buffer, 0, keep);
            total += keep;
        }
        return out.toByteArray();
    }
}
