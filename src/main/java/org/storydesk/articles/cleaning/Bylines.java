package org.storydesk.articles.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote the article, from the line that says so: "By Jane Doe The Harbour Post" → Jane Doe,
 * "Written by A and B" → A and B, "Reporting by A; Editing by B" → A, "Jane Doe | Health
 * correspondent" → Jane Doe. Agencies, desks and job titles after the name are not the author.
 */
final class Bylines {

    private static final Pattern LINE = Pattern.compile(
            "^[\\s—–-]*(?i:by|written by|words by|story by|reporting by|report by)\\s*:?\\s+(\\p{Lu}.*)$");
    private static final Pattern BY_AFTER_DATE = Pattern.compile("\\b(?i:by)\\s+(\\p{Lu}[^,;|]*)$");
    private static final Pattern JOB_TITLE = Pattern.compile(
            "(?i)^((senior|chief|staff|political|foreign|business|sports?|football|health|city|court|legal|local|national|"
                    + "science|education|environment|crime|parliamentary|investigative|contributing|associate|deputy|\\w+) ){0,3}"
                    + "(correspondent|reporter|writer|editor|columnist|journalist|contributor|critic|producer)$");
    private static final Set<String> NOT_A_NAME = Set.of(
            "The", "Press", "News", "Reuters", "Associated", "Agency", "AFP", "AP", "Staff", "Reporter", "Reporters",
            "Correspondent", "Writer", "Editor", "Times", "Post", "Herald", "Journal", "Gazette", "Wire", "Media",
            "Network", "Radio", "TV", "Television", "Service", "Bureau", "Desk", "Special", "Senior", "Chief", "Political",
            "Updated", "Posted", "Published", "In", "For", "From", "At", "On", "Photo", "Photos", "Contributor", "Columnist");
    /** "Ellie Nguyen | Environment reporter", "Ritika Sharma | New Delhi": a name, a bar, a desk or a place. */
    private static final Pattern NAME_BAR = Pattern.compile("^(\\p{Lu}[^|]{2,40}?)\\s+\\|\\s+(\\p{Lu}[^|]{1,40})$");
    private static final int BAR_REST_WORDS = 5;
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*|(?:de|da|del|van|von|der|bin|al|la|le)");

    private Bylines() {
    }

    /** Whether the line is a byline, and the author names in it. */
    static Optional<String> parse(String line) {
        if (Words.count(line) > 14) {
            return Optional.empty();
        }
        Matcher bar = NAME_BAR.matcher(line.strip());
        if (bar.matches() && Words.count(bar.group(2)) <= BAR_REST_WORDS) {
            String name = bar.group(1).strip();
            return name(name).filter(name::equals);
        }
        Matcher matcher = LINE.matcher(line.strip());
        if (!matcher.matches()) {
            // "Posted Mar 24, 2026 by Keiko Aranda": a date line that names its author.
            matcher = BY_AFTER_DATE.matcher(line.strip());
            if (!matcher.find() || PublicationDates.find(line).isEmpty()) {
                return Optional.empty();
            }
        }
        String credit = matcher.group(1).split(";")[0];
        credit = credit.split("(?i)\\b(updated|posted|published)\\b")[0];
        List<String> names = new ArrayList<>();
        for (String part : credit.split("\\s*(?:,|&|\\||\\band\\b|\\s[—–-]\\s)\\s*")) {
            name(part).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(join(names));
    }

    /** A name standing alone on its line above a job title ("Nicholas Fenwick-Ade" / "Chief Football Correspondent"). */
    static Optional<String> bareName(String line, String nextLine) {
        if (!JOB_TITLE.matcher(nextLine.strip()).matches() || Words.count(line) > 4) {
            return Optional.empty();
        }
        return name(line).filter(name -> name.equals(line.strip()));
    }

    private static Optional<String> name(String part) {
        List<String> tokens = new ArrayList<>();
        for (String token : part.strip().split("\\s+")) {
            if (token.isEmpty() || NOT_A_NAME.contains(token) || !NAME_WORD.matcher(token).matches()) {
                break;
            }
            tokens.add(token);
            if (tokens.size() == 4) {
                break;
            }
        }
        return tokens.size() >= 2 ? Optional.of(String.join(" ", tokens)) : Optional.empty();
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
