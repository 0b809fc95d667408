package org.storydesk.articles.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.storydesk.people.PersonPlace;
import org.storydesk.quotes.Quote;

/**
 * An article's body cut into runs of text, each knowing the quote and the person (if any) it is
 * part of, and whether it is the passage a link pointed at, so the reader can mark them without
 * ever writing the article's text as HTML.
 */
final class Marks {

    /**
     * A run of text of one paragraph, with what covers it.
     *
     * @param start where the run begins in the article's body, so a selection in the browser maps back to the text
     * @param noted whether an editor's note is on these words
     */
    record Run(String text, int start, Quote quote, PersonPlace person, boolean target, boolean noted) {
    }

    /** Words an editor's note is on. */
    record Noted(int start, int end) {
    }

    private record Span(int start, int end, Quote quote, PersonPlace person) {
    }

    private Marks() {
    }

    /** The body's paragraphs, each as its runs. */
    static List<List<Run>> of(String body, List<Quote> quotes, List<PersonPlace> people, List<Noted> noted, long article,
                              int targetStart, int targetEnd) {
        List<Span> spans = new ArrayList<>();
        for (Quote quote : quotes) {
            for (Quote.Source source : quote.sources()) {
                if (source.article().value() == article && source.part().equals("body") && source.end() <= body.length()) {
                    spans.add(new Span(source.start(), source.end(), quote, null));
                }
            }
        }
        for (PersonPlace place : people) {
            if (place.end() <= body.length()) {
                spans.add(new Span(place.start(), place.end(), null, place));
            }
        }
        List<List<Run>> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf("\n\n", start);
            if (end < 0) {
                end = body.length();
            }
            paragraphs.add(runs(body, start, end, spans, noted, targetStart, targetEnd));
            start = end + 2;
        }
        return paragraphs;
    }

    private static List<Run> runs(String body, int from, int to, List<Span> spans, List<Noted> noted, int targetStart, int targetEnd) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Span span : spans) {
            if (span.end() > from && span.start() < to) {
                cuts.add(Math.max(from, span.start()));
                cuts.add(Math.min(to, span.end()));
            }
        }
        for (Noted note : noted) {
            if (note.end() > from && note.start() < to) {
                cuts.add(Math.max(from, note.start()));
                cuts.add(Math.min(to, note.end()));
            }
        }
        if (targetStart >= 0 && targetEnd > from && targetStart < to) {
            cuts.add(Math.max(from, targetStart));
            cuts.add(Math.min(to, targetEnd));
        }
        List<Run> runs = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int a = previous;
                int b = cut;
                Quote quote = spans.stream().filter(s -> s.quote() != null && s.start() <= a && s.end() >= b)
                        .map(Span::quote).findFirst().orElse(null);
                PersonPlace person = spans.stream().filter(s -> s.person() != null && s.start() <= a && s.end() >= b)
                        .map(Span::person).findFirst().orElse(null);
                boolean target = targetStart >= 0 && a >= targetStart && b <= targetEnd;
                boolean isNoted = noted.stream().anyMatch(note -> note.start() <= a && note.end() >= b);
                runs.add(new Run(body.substring(a, b), a, quote, person, target, isNoted));
            }
            previous = cut;
        }
        return runs;
    }
}
