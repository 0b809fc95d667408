package org.storydesk.analysis.extraction.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.storydesk.analysis.extraction.ArticlePeople;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;

/** "PM: troops only a “possibility”", "Mayor: …": a headline that names its speaker before a colon. */
final class HeadlineSpeakerPrefix implements SpeakerSieve {

    private static final Pattern PREFIX = Pattern.compile("^\\s*([\\p{L}.’' -]{1,30}?)\\s*:\\s");

    @Override
    public AttributionRule rule() {
        return AttributionRule.HEADLINE_SPEAKER_PREFIX;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        Matcher prefix = PREFIX.matcher(quote.context().text());
        if (prefix.find() && prefix.end() <= quote.span().start()) {
            return byTitleOrName(quote.context().body().people(), prefix.group(1));
        }
        return Optional.empty();
    }

    /** "PM", "Mayor", "Ruiz": the article's person with that title, or that name. */
    static Optional<Source> byTitleOrName(ArticlePeople people, String words) {
        String cleaned = words.strip().replaceAll("[.’']", "").toLowerCase(Locale.ROOT);
        String title = Lexicon.TITLE_ABBREVIATIONS.getOrDefault(cleaned, cleaned);
        Optional<ArticlePeople.Person> person = people.withRole(title).or(() -> people.named(words.strip()));
        return person.map(p -> new Source(p, null));
    }
}
