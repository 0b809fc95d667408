package org.storydesk.analysis.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists are data: each is a resource file next to this class, one word (or one
 * {@code word = meaning}) a line, {@code #} for comments. A list that names a word twice does not
 * load: a duplicate is a slip that hides which entry was meant.
 */
public final class WordLists {

    private WordLists() {
    }

    /** The words of a list, lower case as written. */
    public static Set<String> words(String file) {
        Set<String> words = new LinkedHashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String line : lines(file)) {
            if (!words.add(line)) {
                duplicates.add(line);
            }
        }
        failOnDuplicates(file, duplicates);
        return Set.copyOf(words);
    }

    /** The entries of a {@code word = meaning} list. */
    public static Map<String, String> meanings(String file) {
        Map<String, String> meanings = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (String line : lines(file)) {
            int equals = line.indexOf(" = ");
            if (equals < 0) {
                throw new IllegalStateException(file + ": \"" + line + "\" is not \"word = meaning\"");
            }
            if (meanings.put(line.substring(0, equals).strip(), line.substring(equals + 3).strip()) != null) {
                duplicates.add(line.substring(0, equals).strip());
            }
        }
        failOnDuplicates(file, duplicates);
        return Map.copyOf(meanings);
    }

    private static void failOnDuplicates(String file, List<String> duplicates) {
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException(file + " names these more than once: " + duplicates);
        }
    }

    private static List<String> lines(String file) {
        try (InputStream in = WordLists.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
