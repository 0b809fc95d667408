package org.storydesk.base;

import java.util.Optional;

/**
 * What an editor or a script typed into a search, as the desk takes it: the words of it, at
 * most {@link #LONGEST} characters, with at least one letter or digit (a query of symbols alone
 * finds nothing and says so). Written as on a web search engine: {@code "coalition of the willing"}
 * for a phrase, {@code carney -trudeau} for without, {@code troops or soldiers} for either.
 */
public record SearchWords(String text) {

    public static final int LONGEST = 500;

    /** The words, or why they cannot be searched for. */
    public static Optional<String> problemWith(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Say what to search for: q=words");
        }
        if (typed.length() > LONGEST) {
            return Optional.of("A search may be at most " + LONGEST + " characters (this one has " + typed.length() + ")");
        }
        if (Text.holdsNul(typed)) {
            return Optional.of("A search may not hold a NUL character");
        }
        if (typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of("A search needs a word or a number to look for, not only symbols");
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException with the reason, where the words cannot be searched for */
    public static SearchWords of(String typed) {
        problemWith(typed).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new SearchWords(typed.strip());
    }
}
