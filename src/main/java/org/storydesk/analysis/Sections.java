package org.storydesk.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalysis.EventFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.PersonFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.Span;
import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.TextPart;

/**
 * A long article in sections of whole paragraphs, each analysed on its own, and what the
 * sections said put together as one article's analysis (offsets in the whole body). A section
 * reads its pronouns and surnames alone against its own paragraphs; a person named in full in
 * one section and by surname in another is one person again when the story is merged.
 */
final class Sections {

    /** A section: where it starts in the body, and its text. */
    record Section(int start, String text) {
    }

    private Sections() {
    }

    /** The body cut between paragraphs into sections of at most {@code words} words (a longer paragraph is a section of its own). */
    static List<Section> of(String body, int words) {
        List<Section> sections = new ArrayList<>();
        int sectionStart = 0;
        int sectionWords = 0;
        int at = 0;
        while (at < body.length()) {
            int end = body.indexOf("\n\n", at);
            int paragraphEnd = end < 0 ? body.length() : end;
            int paragraphWords = wordsIn(body, at, paragraphEnd);
            if (sectionWords > 0 && sectionWords + paragraphWords > words) {
                sections.add(new Section(sectionStart, body.substring(sectionStart, at)));
                sectionStart = at;
                sectionWords = 0;
            }
            sectionWords += paragraphWords;
            at = end < 0 ? body.length() : end + 2;
        }
        if (sectionStart < body.length()) {
            sections.add(new Section(sectionStart, body.substring(sectionStart)));
        }
        return sections;
    }

    private static int wordsIn(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** What a section said, its offsets moved to where the section stands in the body (a headline's stay as they are). */
    static ArticleAnalysis shifted(ArticleAnalysis analysis, int by) {
        List<PersonFound> people = analysis.people().stream().map(p -> new PersonFound(p.key(), p.variants(), p.roles(), p.gender(),
                p.mentions().stream().map(span -> new Span(span.start() + by, span.end() + by)).toList())).toList();
        List<QuoteFound> quotes = analysis.quotes().stream().map(q -> q.part() == TextPart.HEADLINE ? q
                : new QuoteFound(q.part(), q.start() + by, q.end() + by, q.text(), q.kind(), q.speaker(), q.speakerLabel(), q.rule(),
                q.sentenceStart() + by, q.sentenceEnd() + by, q.date(), q.confidence())).toList();
        List<TermFound> terms = analysis.terms().stream().map(t -> t.part() == TextPart.HEADLINE ? t
                : new TermFound(t.part(), t.start() + by, t.end() + by, t.text(), t.rule())).toList();
        List<EventFound> events = analysis.events().stream().map(e -> new EventFound(e.date(), e.timeOfDay(), e.summary(), e.people(),
                e.start() + by, e.end() + by, e.sentence(), e.rule())).toList();
        return new ArticleAnalysis(people, quotes, terms, events);
    }

    /** Two parts of one article's analysis as one: a person both name is one entry with the mentions of both. */
    static ArticleAnalysis joined(ArticleAnalysis first, ArticleAnalysis second) {
        Map<String, PersonFound> people = new LinkedHashMap<>();
        for (PersonFound person : first.people()) {
            people.put(person.key(), person);
        }
        for (PersonFound person : second.people()) {
            people.merge(person.key(), person, (a, b) -> new PersonFound(a.key(), union(a.variants(), b.variants()), union(a.roles(), b.roles()),
                    a.gender() != null ? a.gender() : b.gender(), concat(a.mentions(), b.mentions())));
        }
        return new ArticleAnalysis(List.copyOf(people.values()), concat(first.quotes(), second.quotes()), concat(first.terms(), second.terms()),
                concat(first.events(), second.events()));
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return List.copyOf(union);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
