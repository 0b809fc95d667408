package org.storydesk.analysis.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.TextPart;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.quotes.QuoteId;

/**
 * A quote carried by three outlets is one quote with three sources: editors verify it once.
 * Wordings that differ by a word, by punctuation or by an ellipsis are the same quote, as long
 * as no two named speakers disagree; a partial quote that is a fragment of a full one links to it.
 */
final class QuoteMerger {

    /** A quote found in one article, with its speaker resolved to the story's person. */
    record Occurrence(ArticleId article, QuoteFound found, PersonSlug speaker, LocalDate date) {
    }

    private static final class Cluster {
        final List<Occurrence> occurrences = new ArrayList<>();
        final String normalized;

        Cluster(Occurrence first) {
            occurrences.add(first);
            normalized = QuoteText.normalize(first.found().text());
        }

        PersonSlug speaker() {
            Map<PersonSlug, Long> votes = new LinkedHashMap<>();
            for (Occurrence occurrence : occurrences) {
                if (occurrence.speaker() != null) {
                    votes.merge(occurrence.speaker(), 1L, Long::sum);
                }
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        String label() {
            Map<String, Long> votes = new LinkedHashMap<>();
            for (Occurrence occurrence : occurrences) {
                if (occurrence.found().speakerLabel() != null) {
                    votes.merge(occurrence.found().speakerLabel(), 1L, Long::sum);
                }
            }
            return votes.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().length()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        boolean full() {
            return occurrences.stream().anyMatch(o -> o.found().kind() == QuoteKind.FULL);
        }

        /** The wording the earliest article uses, its body before its headline. */
        Occurrence canonical() {
            return occurrences.stream()
                    .min(Comparator.comparingLong((Occurrence o) -> o.article().value())
                            .thenComparing(o -> o.found().part() == TextPart.HEADLINE)
                            .thenComparingInt(o -> o.found().start()))
                    .orElseThrow();
        }

        boolean accepts(Occurrence occurrence) {
            String normalized = QuoteText.normalize(occurrence.found().text());
            boolean sameWords = occurrences.stream().anyMatch(o -> QuoteText.sameQuote(QuoteText.normalize(o.found().text()), normalized));
            if (!sameWords) {
                return false;
            }
            PersonSlug speaker = speaker();
            if (speaker != null && occurrence.speaker() != null) {
                return speaker.equals(occurrence.speaker());
            }
            // A named person's words and an unnamed source's are not merged on wording alone.
            boolean oneNamedOneLabelled = speaker != null && occurrence.found().speakerLabel() != null
                    || speaker == null && label() != null && occurrence.speaker() != null;
            return !oneNamedOneLabelled;
        }
    }

    List<MachineQuote> merge(List<Occurrence> occurrences) {
        List<Cluster> clusters = new ArrayList<>();
        List<Occurrence> ordered = occurrences.stream()
                .sorted(Comparator.comparingLong((Occurrence o) -> o.article().value())
                        .thenComparing(o -> o.found().part() == TextPart.HEADLINE)
                        .thenComparingInt(o -> o.found().start()))
                .toList();
        for (Occurrence occurrence : ordered) {
            Cluster home = null;
            for (Cluster cluster : clusters) {
                if (cluster.accepts(occurrence)) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                clusters.add(new Cluster(occurrence));
            } else {
                home.occurrences.add(occurrence);
            }
        }
        Map<Cluster, QuoteId> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Cluster cluster : clusters) {
            ids.put(cluster, new QuoteId(Ids.unique(id(cluster).value(), taken)));
        }
        List<MachineQuote> quotes = new ArrayList<>();
        for (Cluster cluster : clusters) {
            Occurrence canonical = cluster.canonical();
            PersonSlug speaker = cluster.speaker();
            String label = speaker == null ? cluster.label() : null;
            Occurrence decided = cluster.occurrences.stream()
                    .filter(o -> Objects.equals(o.speaker(), speaker))
                    .filter(o -> o.found().rule() != null).findFirst().orElse(null);
            String rule = decided == null ? null : decided.found().rule().name();
            double confidence = decided == null ? 0 : decided.found().certainty();
            LocalDate saidOn = cluster.occurrences.stream().map(Occurrence::date).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            QuoteId fullQuote = cluster.full() ? null : fullQuoteOf(cluster, clusters, ids);
            List<MachineQuote.Source> sources = cluster.occurrences.stream()
                    .map(o -> new MachineQuote.Source(o.article(), o.found().part().code(), o.found().start(), o.found().end(),
                            o.found().text(), o.found().sentenceStart(), o.found().sentenceEnd()))
                    .toList();
            quotes.add(new MachineQuote(ids.get(cluster), canonical.found().text().strip(), (cluster.full() ? QuoteKind.FULL : QuoteKind.PARTIAL).code(),
                    speaker, label, rule, confidence, saidOn, fullQuote, sources));
        }
        return quotes;
    }

    /** The full quote a partial quote is a fragment of, by the same speaker (or where either is unknown). */
    private static QuoteId fullQuoteOf(Cluster partial, List<Cluster> clusters, Map<Cluster, QuoteId> ids) {
        for (Cluster candidate : clusters) {
            if (candidate == partial || !candidate.full()) {
                continue;
            }
            boolean sameSpeaker = partial.speaker() == null || candidate.speaker() == null
                    || partial.speaker().equals(candidate.speaker());
            if (sameSpeaker && candidate.occurrences.stream()
                    .anyMatch(o -> QuoteText.isFragmentOf(partial.normalized, QuoteText.normalize(o.found().text())))) {
                return ids.get(candidate);
            }
        }
        return null;
    }

    /** An id that stays the same when the same articles are analysed again. */
    private static QuoteId id(Cluster cluster) {
        Occurrence canonical = cluster.canonical();
        String key = QuoteText.normalize(canonical.found().text()) + "|" + canonical.article().value();
        return new QuoteId("q-" + Ids.sha1(key).substring(0, 12));
    }
}
