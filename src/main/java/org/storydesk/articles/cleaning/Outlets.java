package org.storydesk.articles.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet, where the page names it: first the site speaking of itself in its own furniture
 * ("Sign up for the X newsletter", "Add X to Home Screen", "X's Terms"), then a credit ("This report
 * by X was first published"), then a copyright line. Nothing is guessed.
 */
final class Outlets {

    private static final String NAME = "((?:The |the )?[\\p{L}\\d]*[\\p{Lu}\\d][\\p{L}\\d&.'’\\-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d&.'’\\-]*|of|&))*)";

    private static final List<Pattern> SITE = List.of(
            Pattern.compile("(?i:sign up for|subscribe to|get) (?:the |our )?" + NAME + " (?i:newsletters?|alerts|daily|briefing)"),
            Pattern.compile("(?i:add) " + NAME + " (?i:to (?:your )?home ?screen)"),
            Pattern.compile("(?i:download|get) (?:the )?" + NAME + " (?i:app)\\b"),
            Pattern.compile(NAME + "(?:['’]s?|’) (?i:terms|privacy|community guidelines|commenting policy)"),
            Pattern.compile("(?i:follow) " + NAME + " (?i:on)\\b"),
            Pattern.compile("(?i:readers|users|visitors) (?i:use|of|to) (?:the )?" + NAME));
    private static final List<Pattern> CREDIT = List.of(
            Pattern.compile("(?i:this (?:report|article|story) (?:by|from)) " + NAME + " (?i:was)"),
            Pattern.compile("(?i:(?:first|originally) (?:published|appeared) (?:by|in|on)) " + NAME + "(?: (?i:on)\\b|[.,]|$)"));
    private static final List<Pattern> COPYRIGHT = List.of(
            Pattern.compile("(?:©|\\((?i:c)\\)|(?i:copyright))\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*" + NAME));

    private Outlets() {
    }

    static Optional<String> find(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (List<Pattern> patterns : List.of(SITE, CREDIT, COPYRIGHT)) {
            for (String line : lines) {
                for (Pattern pattern : patterns) {
                    Matcher matcher = pattern.matcher(line);
                    while (matcher.find()) {
                        tidy(matcher.group(1)).ifPresent(names::add);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String best = names.getFirst();
        if (Words.count(best) == 1) {
            // A site that calls itself "the Record" in its furniture signs as "Coldwater Valley Record".
            for (String other : names) {
                if (other.endsWith(" " + best) && Words.count(other) <= 5) {
                    return Optional.of(other);
                }
            }
        }
        return Optional.of(best);
    }

    /** Whether the line is a credit ("This report by … was first published …"), which is not the article. */
    static boolean isCredit(String line) {
        return Words.count(line) <= 25 && CREDIT.stream().anyMatch(pattern -> pattern.matcher(line).find());
    }

    private static Optional<String> tidy(String name) {
        String tidy = name.split("\\.\\s")[0].strip()
                .replaceAll("(?i)(\\s+(all rights reserved|inc|ltd|llc|limited|plc|corp|media|group|holdings|\\d{4})\\.?)+$", "")
                .replaceAll("['’]s?$", "")
                .replaceAll("[.,]$", "")
                .strip();
        if (tidy.startsWith("the ")) {
            tidy = "The " + tidy.substring(4);
        }
        return Words.count(tidy) == 0 || Words.count(tidy) > 6 ? Optional.empty() : Optional.of(tidy);
    }
}
