package org.storydesk.analysis.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.TextPart;
import org.storydesk.analysis.merging.QuoteText.Wording;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.quotes.QuoteId;
import org.storydesk.base.StopWords;

/**
 * A quote carried by three outlets is one quote with three sources: editors verify it once.
 * Wordings that differ by a word, by punctuation or by an ellipsis are the same quote, as long
 * as no two named speakers disagree; a partial quote that is a fragment of a full one links to it.
 *
 * <p>Quotes are merged in the order the story's articles came, each wording joining the first
 * quote it is the same as. Every wording is normalised once, and looked up by the words any
 * wording of the same quote must share with it, so a new article is merged by looking at the few
 * quotes that share enough of its rarest words, not at every quote.
 */
final class QuoteMerger {

    /** A quote found in one article, with its speaker resolved to the story's person. */
    record Occurrence(ArticleId article, QuoteFound found, PersonSlug speaker, LocalDate date) {
    }

    private record Placed(Occurrence occurrence, Wording wording) {
    }

    static final class Cluster {
        final int order;
        final QuoteId id;
        final Wording wording;
        final List<Placed> occurrences = new ArrayList<>();
        final Map<PersonSlug, Integer> speakerVotes = new LinkedHashMap<>();
        final Map<String, Integer> labelVotes = new LinkedHashMap<>();
        List<String> fragmentKeys = List.of();
        Set<String> requiredWords = Set.of();
        /** The words, wordings and key words it is already listed under in the merger's indexes. */
        final Set<String> indexed = new HashSet<>();
        /** Every word of every wording it has. */
        final Set<String> words = new HashSet<>();
        /** The fewest and the most words of its wordings without an ellipsis (none yet: 0 and 0). */
        int shortest;
        int longest;
        /** The last lookup that met this quote, so a lookup meets each quote once without a set of its own. */
        int looked;
        boolean full;
        Cluster fullQuote;

        Cluster(int order, QuoteId id, Wording wording) {
            this.order = order;
            this.id = id;
            this.wording = wording;
        }

        private PersonSlug speaker;
        private String label;

        /** Who most of its wordings say said it (the first named, where as many say another). */
        PersonSlug speaker() {
            return speaker;
        }

        String label() {
            return label;
        }

        private void add(Placed placed) {
            occurrences.add(placed);
            if (!placed.wording().elided()) {
                int size = placed.wording().words().size();
                shortest = shortest == 0 ? size : Math.min(shortest, size);
                longest = Math.max(longest, size);
            }
            Occurrence occurrence = placed.occurrence();
            if (occurrence.speaker() != null) {
                speakerVotes.merge(occurrence.speaker(), 1, Integer::sum);
            }
            if (occurrence.found().speakerLabel() != null) {
                labelVotes.merge(occurrence.found().speakerLabel(), 1, Integer::sum);
            }
            full |= occurrence.found().kind() == QuoteKind.FULL;
            speaker = speakerVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            label = labelVotes.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        /** The wording the story first carried: the first article's, its body before its headline. */
        Occurrence canonical() {
            return occurrences.getFirst().occurrence();
        }

        boolean accepts(Placed placed) {
            boolean sameWords = false;
            for (Placed occurrence : occurrences) {
                if (QuoteText.sameQuote(occurrence.wording(), placed.wording())) {
                    sameWords = true;
                    break;
                }
            }
            if (!sameWords) {
                return false;
            }
            PersonSlug speaker = speaker();
            Occurrence occurrence = placed.occurrence();
            if (speaker != null && occurrence.speaker() != null) {
                return speaker.equals(occurrence.speaker());
            }
            // A named person's words and an unnamed source's are not merged on wording alone.
            boolean oneNamedOneLabelled = speaker != null && occurrence.found().speakerLabel() != null
                    || speaker == null && label() != null && occurrence.speaker() != null;
            return !oneNamedOneLabelled;
        }

        MachineQuote quote() {
            Occurrence canonical = canonical();
            PersonSlug speaker = speaker();
            String label = speaker == null ? label() : null;
            Occurrence decided = occurrences.stream().map(Placed::occurrence)
                    .filter(o -> Objects.equals(o.speaker(), speaker))
                    .filter(o -> o.found().rule() != null).findFirst().orElse(null);
            String rule = decided == null ? null : decided.found().rule().name();
            double confidence = decided == null ? 0 : decided.found().certainty();
            LocalDate saidOn = occurrences.stream().map(o -> o.occurrence().date()).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            List<MachineQuote.Source> sources = occurrences.stream().map(Placed::occurrence)
                    .map(o -> new MachineQuote.Source(o.article(), o.found().part().code(), o.found().start(), o.found().end(),
                            o.found().text(), o.found().sentenceStart(), o.found().sentenceEnd()))
                    .toList();
            return new MachineQuote(id, canonical.found().text().strip(), (full ? QuoteKind.FULL : QuoteKind.PARTIAL).code(), speaker, label, rule,
                    confidence, saidOn,
                    !full && fullQuote != null ? fullQuote.id : null, sources);
        }
    }

    private final List<Cluster> clusters = new ArrayList<>();
    /** Numbers the lookups (see {@link Cluster#looked}). */
    private int looking;
    private final Set<String> takenIds = new HashSet<>();
    /** Quotes by their exact normalised wording, by every word of every wording, and (with an ellipsis) by their key words. */
    private final Map<String, List<Cluster>> byWording = new HashMap<>();
    private final Map<String, List<Cluster>> byWord = new HashMap<>();
    private final Map<String, List<Cluster>> elidedByKey = new HashMap<>();
    /** Partial quotes by the words any quote they are a fragment of must contain. */
    private final Map<String, List<Cluster>> fragmentsByKey = new HashMap<>();
    /** For each full quote, the partial quotes linked to it. */
    private final Map<Cluster, Set<Cluster>> linked = new HashMap<>();

    /** The quotes of a whole story at once: every wording in the order it came, then the fragments linked to their full quotes. */
    static QuoteMerger of(List<Occurrence> occurrences) {
        QuoteMerger merger = new QuoteMerger();
        for (Occurrence occurrence : occurrences) {
            merger.place(occurrence);
        }
        // Each partial quote's full quote: the first (in the order they came) of the full quotes whose wordings hold it.
        // Looked up from the full quotes' side, where each wording names the few fragments keyed by its words, keyed
        // again now that the whole story tells which words are rare (any key words will do; rare ones name fewer).
        merger.fragmentsByKey.clear();
        for (Cluster cluster : merger.clusters) {
            if (!cluster.full) {
                merger.keyFragment(cluster);
            }
        }
        // A fragment's stretches of fewer than six words are found word for word in any quote that holds it, so such a
        // quote has each pair of neighbouring words of them: pairs are far rarer than words, and name few quotes to look at.
        Map<String, List<Cluster>> byPair = new HashMap<>();
        for (Cluster whole : merger.clusters) {
            if (whole.full) {
                for (Placed placed : whole.occurrences) {
                    for (String pair : QuoteText.pairs(placed.wording().words())) {
                        List<Cluster> holders = byPair.computeIfAbsent(pair, p -> new ArrayList<>());
                        if (holders.isEmpty() || holders.getLast() != whole) {
                            holders.add(whole);
                        }
                    }
                }
            }
        }
        for (Cluster partial : merger.clusters) {
            if (partial.full) {
                continue;
            }
            List<String> pairs = QuoteText.requiredPairs(partial.wording);
            Collection<Cluster> candidates = pairs.isEmpty() ? merger.wholesFor(partial)
                    : pairs.stream().map(pair -> byPair.getOrDefault(pair, List.of())).min(Comparator.comparingInt(List::size)).orElseThrow();
            Cluster best = null;
            for (Cluster candidate : candidates) {
                if ((best == null || candidate.order < best.order) && holds(candidate, partial)) {
                    best = candidate;
                }
            }
            merger.setLink(partial, best);
        }
        return merger;
    }

    /**
     * One more article's quotes, in its order (body before headline, by place): each joins a
     * quote or becomes one, and the partial quotes whose full quote may have changed are linked
     * again. Returns every quote that changed.
     */
    Set<Cluster> add(List<Occurrence> occurrences) {
        Set<Cluster> touched = new LinkedHashSet<>();
        Map<Cluster, PersonSlug> speakersBefore = new HashMap<>();
        Map<Cluster, Boolean> fullBefore = new HashMap<>();
        Map<Cluster, List<Placed>> added = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrences) {
            Placed placed = new Placed(occurrence, Wording.of(occurrence.found().text()));
            Cluster home = home(placed);
            if (home != null) {
                speakersBefore.putIfAbsent(home, home.speaker());
                fullBefore.putIfAbsent(home, home.full);
            }
            Cluster cluster = put(placed, home);
            touched.add(cluster);
            added.computeIfAbsent(cluster, c -> new ArrayList<>()).add(placed);
        }
        // Partial quotes whose full quote must be found again: those said by someone else now, and those linked to a quote that changed.
        Set<Cluster> relink = new LinkedHashSet<>();
        // Partial quotes a quote's new wordings may hold: each is linked to it if it came before their full quote.
        Map<Cluster, Set<Cluster>> newHomes = new LinkedHashMap<>();
        for (var entry : added.entrySet()) {
            Cluster cluster = entry.getKey();
            boolean isNew = !speakersBefore.containsKey(cluster);
            boolean changed = isNew || !Objects.equals(speakersBefore.get(cluster), cluster.speaker()) || fullBefore.get(cluster) != cluster.full;
            if (!cluster.full) {
                relink.add(cluster);
            }
            if (changed) {
                relink.addAll(linked.getOrDefault(cluster, Set.of()));
            }
            if (cluster.full) {
                // All of its wordings if who said it (or that it is full) changed, else the new ones.
                for (Placed placed : changed ? cluster.occurrences : entry.getValue()) {
                    for (Cluster partial : fragmentsContainedIn(placed.wording())) {
                        newHomes.computeIfAbsent(partial, p -> new LinkedHashSet<>()).add(cluster);
                    }
                }
            }
        }
        for (Cluster partial : relink) {
            Cluster after = partial.full ? null : fullQuoteOf(partial);
            if (partial.fullQuote != after) {
                setLink(partial, after);
                touched.add(partial);
            }
        }
        for (var entry : newHomes.entrySet()) {
            Cluster partial = entry.getKey();
            if (relink.contains(partial) || partial.full) {
                continue;
            }
            Cluster best = partial.fullQuote;
            for (Cluster candidate : entry.getValue()) {
                if ((best == null || candidate.order < best.order) && holds(candidate, partial)) {
                    best = candidate;
                }
            }
            if (best != partial.fullQuote) {
                setLink(partial, best);
                touched.add(partial);
            }
        }
        return touched;
    }

    private void place(Occurrence occurrence) {
        Placed placed = new Placed(occurrence, Wording.of(occurrence.found().text()));
        put(placed, home(placed));
    }

    /** The first quote (in the order they came) this wording is, among those sharing the words it must share. */
    private Cluster home(Placed placed) {
        Wording wording = placed.wording();
        Set<Cluster> candidates = new HashSet<>(byWording.getOrDefault(wording.normalized(), List.of()));
        if (wording.elided()) {
            for (String word : QuoteText.keyWords(wording, this::rarity)) {
                candidates.addAll(byWord.getOrDefault(word, List.of()));
            }
        } else if (wording.words().size() >= 5) {
            candidates.addAll(sharingEnough(wording));
        }
        for (String word : QuoteText.distinctWords(wording)) {
            candidates.addAll(elidedByKey.getOrDefault(word, List.of()));
        }
        Cluster home = null;
        for (Cluster candidate : candidates) {
            if ((home == null || candidate.order < home.order) && candidate.accepts(placed)) {
                home = candidate;
            }
        }
        return home;
    }

    /**
     * Quotes that share enough of a wording's words to be the same quote. A wording of the same
     * quote shares {@value QuoteText#SAME_SHARE} of the longer one's words, so it may lack only a
     * few of this one's ({@code slack}, counting repeats): it has one of the rarest words that add
     * up to more than the slack (so only the quotes listed under those are looked at), and all
     * but the slack of the wording's words.
     */
    private Collection<Cluster> sharingEnough(Wording wording) {
        Map<String, Integer> counts = wording.counts();
        int size = wording.words().size();
        int slack = size - (int) Math.ceil(QuoteText.SAME_SHARE * size);
        List<String> rarest = new ArrayList<>(counts.keySet());
        rarest.sort(Comparator.comparingInt(this::rarity).thenComparing(Comparator.comparingInt(String::length).reversed()));
        // The rarest words first: a quote that is not the same lacks those soonest, and is left sooner.
        Map<String, Integer> rarestFirst = new LinkedHashMap<>();
        rarest.forEach(word -> rarestFirst.put(word, counts.get(word)));
        int look = ++looking;
        List<Cluster> candidates = new ArrayList<>();
        double shortest = size * QuoteText.SAME_SHARE;
        int probed = 0;
        for (String word : rarest) {
            if (probed > slack) {
                break;
            }
            probed += counts.get(word);
            for (Cluster cluster : byWord.getOrDefault(word, List.of())) {
                if (cluster.looked == look) {
                    continue;
                }
                cluster.looked = look;
                // Two wordings of one quote are within a few words of each other's length (the shorter at least 85 % of the longer).
                boolean nearInLength = cluster.longest >= shortest && cluster.shortest * QuoteText.SAME_SHARE <= size;
                if (nearInLength && sharesAtLeast(cluster, rarestFirst, size, size - slack)) {
                    candidates.add(cluster);
                }
            }
        }
        return candidates;
    }

    /**
     * Whether at least {@code needed} of a wording's {@code total} words (counting repeats) are
     * among a quote's words; it stops looking as soon as too many are missing.
     */
    private static boolean sharesAtLeast(Cluster cluster, Map<String, Integer> counts, int total, int needed) {
        int missing = 0;
        int allowed = total - needed;
        for (var entry : counts.entrySet()) {
            if (!cluster.words.contains(entry.getKey())) {
                missing += entry.getValue();
                if (missing > allowed) {
                    return false;
                }
            }
        }
        return true;
    }

    private Cluster put(Placed placed, Cluster home) {
        Cluster cluster = home;
        if (cluster == null) {
            cluster = new Cluster(clusters.size(), new QuoteId(Ids.unique(id(placed).value(), takenIds)), placed.wording());
            clusters.add(cluster);
            cluster.requiredWords = QuoteText.requiredWords(placed.wording());
            keyFragment(cluster);
        }
        cluster.add(placed);
        Wording wording = placed.wording();
        addTo(byWording, "=" + wording.normalized(), wording.normalized(), cluster);
        for (String word : QuoteText.distinctWords(wording)) {
            if (cluster.words.add(word)) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(cluster);
            }
        }
        if (wording.elided()) {
            for (String key : QuoteText.keyWords(wording, this::rarity)) {
                addTo(elidedByKey, "…" + key, key, cluster);
            }
        }
        return cluster;
    }

    /** Lists a quote (as a possible fragment of another) under the words any quote holding it must have. */
    private void keyFragment(Cluster cluster) {
        cluster.fragmentKeys = QuoteText.keyWords(cluster.wording, this::rarity);
        for (String key : cluster.fragmentKeys) {
            fragmentsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(cluster);
        }
    }

    private static void addTo(Map<String, List<Cluster>> index, String mark, String key, Cluster cluster) {
        if (cluster.indexed.add(mark)) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(cluster);
        }
    }

    /**
     * How many quotes a word is in so far, with the little words of English always counted as
     * the commonest: early in a story every word is rare, and a quote looked up by "the" would be
     * compared with every quote the story will ever have.
     */
    private int rarity(String word) {
        List<Cluster> holders = byWord.get(word);
        int count = holders == null ? 0 : holders.size();
        return StopWords.contains(word) ? Integer.MAX_VALUE / 2 + count : count;
    }

    /** Partial quotes that may be fragments of a wording: those whose key words it has, and every word they require. */
    private Set<Cluster> fragmentsContainedIn(Wording wording) {
        Set<String> words = QuoteText.distinctWords(wording);
        Set<Cluster> fragments = new LinkedHashSet<>();
        for (String word : words) {
            for (Cluster candidate : fragmentsByKey.getOrDefault(word, List.of())) {
                if (!candidate.full && words.containsAll(candidate.requiredWords)) {
                    fragments.add(candidate);
                }
            }
        }
        return fragments;
    }

    /** The full quote a partial quote is a fragment of, by the same speaker (or where either is unknown): the first that came. */
    private Cluster fullQuoteOf(Cluster partial) {
        Cluster best = null;
        for (Cluster candidate : wholesFor(partial)) {
            if ((best == null || candidate.order < best.order) && holds(candidate, partial)) {
                best = candidate;
            }
        }
        return best;
    }

    /** Whether a full quote, by the partial quote's speaker (or where either is unknown), has a wording the partial is a fragment of. */
    private static boolean holds(Cluster candidate, Cluster partial) {
        if (candidate == partial || !candidate.full) {
            return false;
        }
        PersonSlug speaker = partial.speaker();
        boolean sameSpeaker = speaker == null || candidate.speaker() == null || speaker.equals(candidate.speaker());
        if (!sameSpeaker) {
            return false;
        }
        for (Placed occurrence : candidate.occurrences) {
            if (QuoteText.isFragmentOf(partial.wording, occurrence.wording())) {
                return true;
            }
        }
        return false;
    }

    /** The quotes that may hold a fragment: those with every word it requires, or else one of its key words. */
    private Collection<Cluster> wholesFor(Cluster partial) {
        if (partial.requiredWords.isEmpty()) {
            // Long stretches only: a quote holding it has most of the first stretch's words.
            QuoteText.Stretch stretch = QuoteText.firstStretch(partial.wording);
            Map<String, Integer> rarestFirst = new LinkedHashMap<>();
            stretch.counts().keySet().stream().sorted(Comparator.comparingInt(this::rarity))
                    .forEach(word -> rarestFirst.put(word, stretch.counts().get(word)));
            int look = ++looking;
            List<Cluster> candidates = new ArrayList<>();
            for (String word : partial.fragmentKeys) {
                for (Cluster candidate : byWord.getOrDefault(word, List.of())) {
                    if (candidate.looked == look || !candidate.full || candidate == partial) {
                        continue;
                    }
                    candidate.looked = look;
                    if (sharesAtLeast(candidate, rarestFirst, stretch.size(), stretch.needed())) {
                        candidates.add(candidate);
                    }
                }
            }
            return candidates;
        }
        String rarest = null;
        for (String word : partial.requiredWords) {
            if (rarest == null || byWord.getOrDefault(word, List.of()).size() < byWord.getOrDefault(rarest, List.of()).size()) {
                rarest = word;
            }
        }
        List<Cluster> candidates = new ArrayList<>();
        for (Cluster candidate : byWord.getOrDefault(rarest, List.of())) {
            if (!candidate.full || candidate == partial) {
                continue;
            }
            boolean hasAll = true;
            for (String word : partial.requiredWords) {
                if (!candidate.words.contains(word)) {
                    hasAll = false;
                    break;
                }
            }
            if (hasAll) {
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    private void setLink(Cluster partial, Cluster full) {
        if (partial.fullQuote != null) {
            Set<Cluster> partials = linked.get(partial.fullQuote);
            if (partials != null) {
                partials.remove(partial);
            }
        }
        partial.fullQuote = full;
        if (full != null) {
            linked.computeIfAbsent(full, f -> new LinkedHashSet<>()).add(partial);
        }
    }

    List<Cluster> clusters() {
        return clusters;
    }

    List<MachineQuote> quotes() {
        return clusters.stream().map(Cluster::quote).toList();
    }

    /** An id that stays the same when the same articles are merged again, and as the story grows. */
    private static QuoteId id(Placed first) {
        String key = first.wording().normalized() + "|" + first.occurrence().article().value();
        return new QuoteId("q-" + Ids.sha1(key).substring(0, 12));
    }

    /** The order a story's quotes are merged in: article by article, the body before the headline, by place. */
    static Comparator<QuoteFound> inArticleOrder() {
        return Comparator.comparing((QuoteFound q) -> q.part() == TextPart.HEADLINE).thenComparingInt(QuoteFound::start);
    }
}
