package org.storydesk.analysis.merging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.storydesk.analysis.extraction.Names;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.people.MachinePerson;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.quotes.QuoteId;
import org.storydesk.timeline.EventId;
import org.storydesk.timeline.MachineEvent;

/**
 * Where each item of a story went when the story was merged again as a whole: the item that now
 * holds most of what it held (its sources, for a quote or an event; its mentions, for a person).
 * When two quotes turn out to be one, or an editor parts a person the analysis took for one, the
 * editors' notes, statuses and corrections follow the item to where it went. An item whose
 * article changed is found by its words in the article's new version.
 */
public final class Successors {

    /** Items that went elsewhere: each old id with the id of the item that now holds most of it. */
    public record Moves(Map<PersonSlug, PersonSlug> people, Map<QuoteId, QuoteId> quotes, Map<EventId, EventId> events) {

        public boolean isEmpty() {
            return people.isEmpty() && quotes.isEmpty() && events.isEmpty();
        }
    }

    private Successors() {
    }

    public static Moves of(List<MachinePerson> people, List<MachineQuote> quotes, List<MachineEvent> events, StoryMerger.Story now) {
        return new Moves(people(people, now.people()), quotes(quotes, now.quotes()), events(events, now.events()));
    }

    private record Place(ArticleId article, String part, int start) {
    }

    private record Words(ArticleId article, String part, String words) {
    }

    static Map<QuoteId, QuoteId> quotes(List<MachineQuote> before, List<MachineQuote> after) {
        Map<Place, QuoteId> byPlace = new HashMap<>();
        Map<Words, QuoteId> byWords = new HashMap<>();
        Map<ArticleId, List<Located<QuoteId>>> byArticle = new HashMap<>();
        for (MachineQuote quote : after) {
            for (MachineQuote.Source source : quote.sources()) {
                byPlace.putIfAbsent(new Place(source.article(), source.part(), source.start()), quote.id());
                byWords.putIfAbsent(new Words(source.article(), source.part(), QuoteText.normalize(source.text())), quote.id());
                byArticle.computeIfAbsent(source.article(), a -> new ArrayList<>()).add(new Located<>(quote.id(), QuoteText.Wording.of(source.text())));
            }
        }
        Map<QuoteId, QuoteId> moves = new LinkedHashMap<>();
        for (MachineQuote quote : before) {
            List<QuoteId> holders = new ArrayList<>();
            for (MachineQuote.Source source : quote.sources()) {
                QuoteId holder = byPlace.get(new Place(source.article(), source.part(), source.start()));
                if (holder == null) {
                    holder = byWords.get(new Words(source.article(), source.part(), QuoteText.normalize(source.text())));
                }
                if (holder == null) {
                    // The article changed: the same quote in its new version, however reworded.
                    QuoteText.Wording wording = QuoteText.Wording.of(source.text());
                    holder = byArticle.getOrDefault(source.article(), List.of()).stream()
                            .filter(located -> QuoteText.sameQuote(wording, located.wording())).map(Located::id).findFirst().orElse(null);
                }
                holders.add(holder);
            }
            successor(quote.id(), holders).ifPresent(to -> moves.put(quote.id(), to));
        }
        return moves;
    }

    private record Located<T>(T id, QuoteText.Wording wording) {
    }

    private record Reported(ArticleId article, int start) {
    }

    private record Sentence(ArticleId article, String words) {
    }

    static Map<EventId, EventId> events(List<MachineEvent> before, List<MachineEvent> after) {
        Map<Reported, EventId> byPlace = new HashMap<>();
        Map<Sentence, EventId> bySentence = new HashMap<>();
        for (MachineEvent event : after) {
            for (MachineEvent.Source source : event.sources()) {
                byPlace.putIfAbsent(new Reported(source.article(), source.start()), event.id());
                bySentence.putIfAbsent(new Sentence(source.article(), QuoteText.normalize(source.sentence())), event.id());
            }
        }
        Map<EventId, EventId> moves = new LinkedHashMap<>();
        for (MachineEvent event : before) {
            List<EventId> holders = new ArrayList<>();
            for (MachineEvent.Source source : event.sources()) {
                EventId holder = byPlace.get(new Reported(source.article(), source.start()));
                holders.add(holder != null ? holder : bySentence.get(new Sentence(source.article(), QuoteText.normalize(source.sentence()))));
            }
            successor(event.id(), holders).ifPresent(to -> moves.put(event.id(), to));
        }
        return moves;
    }

    private record Mention(ArticleId article, int start) {
    }

    static Map<PersonSlug, PersonSlug> people(List<MachinePerson> before, List<MachinePerson> after) {
        Map<Mention, PersonSlug> byPlace = new HashMap<>();
        Map<String, List<MachinePerson>> byName = new HashMap<>();
        for (MachinePerson person : after) {
            person.places().forEach((article, places) -> places.forEach(place -> byPlace.putIfAbsent(new Mention(article, place.start()), person.slug())));
            byName.computeIfAbsent(Names.key(person.name()), n -> new ArrayList<>()).add(person);
            person.variants().forEach(variant -> byName.computeIfAbsent(Names.key(variant), n -> new ArrayList<>()).add(person));
        }
        Map<PersonSlug, PersonSlug> moves = new LinkedHashMap<>();
        for (MachinePerson person : before) {
            List<PersonSlug> holders = new ArrayList<>();
            List<ArticleId> articles = new ArrayList<>(person.places().keySet());
            articles.sort((a, b) -> Long.compare(a.value(), b.value()));
            for (ArticleId article : articles) {
                for (MachinePerson.Place place : person.places().get(article)) {
                    holders.add(byPlace.get(new Mention(article, place.start())));
                }
            }
            if (holders.stream().allMatch(Objects::isNull)) {
                // Its articles changed: the person of that name, if there is one.
                List<MachinePerson> named = byName.getOrDefault(Names.key(person.name()), List.of());
                holders = named.size() == 1 ? List.of(named.getFirst().slug()) : List.of();
            }
            successor(person.slug(), holders).ifPresent(to -> moves.put(person.slug(), to));
        }
        return moves;
    }

    /**
     * The item most of an old item's parts went to (the first part's, where as many went to
     * two), if that is not the old item itself: its parts in their order, each with the new item
     * that holds it (null: none does).
     */
    private static <T> Optional<T> successor(T old, List<T> holders) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (T holder : holders) {
            if (holder != null) {
                counts.merge(holder, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        T best = counts.containsKey(old) && counts.get(old) == most ? old
                : counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).findFirst().orElseThrow();
        return best.equals(old) ? Optional.empty() : Optional.of(best);
    }
}
