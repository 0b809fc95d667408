package org.storydesk.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.storydesk.analysis.merging.GrowingStory;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.analysis.merging.Successors;
import org.storydesk.base.ArticleId;
import org.storydesk.base.EditorsWork;
import org.storydesk.base.ItemType;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.Revision;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.StoryId;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.history.History;
import org.storydesk.people.MachinePerson;
import org.storydesk.people.PeopleParted;
import org.storydesk.people.PersonRepository;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.quotes.QuoteId;
import org.storydesk.quotes.QuoteRepository;
import org.storydesk.stories.StoryArticlesChanged;
import org.storydesk.timeline.EventId;
import org.storydesk.timeline.EventRepository;
import org.storydesk.timeline.MachineEvent;

/**
 * Takes each new analysis into every story its article is on, as the story stands, on a thread of
 * its own: its quotes, people and events join the story's or become new ones, and only the rows
 * that changed are written, in a short transaction, announced item by item. Where an article
 * changes how others are read, or was analysed anew, or was taken out of the story, or editors
 * parted two people, the story is merged again as a whole in the background; readers see the
 * story as it was until the new one is written. Each story is merged on its own: its own log, its
 * own merge state, its own lock.
 *
 * <p>Each node keeps copies of the stories it merges in memory (a story's merge state and its items
 * as written), at most {@code storydesk.analysis.merge-copies} of them; one left idle for
 * {@code storydesk.analysis.merge-copy-idle}, or the least recently merged when more are needed, is
 * dropped, and read again from the story's log the next time it is merged. The database is the
 * truth: a story's merge log says which analyses it took in, in which order, and how many full
 * merges it has had, so a node whose copy is behind catches up by taking in what another node
 * merged, and one whose copy is of an earlier full merge reads the story again. Merges of one story
 * on two nodes never interleave: each holds the story's lock while it writes; on one node, one
 * merge runs at a time.
 */
@Component
class StoryMerges implements SmartLifecycle {

    /**
     * The version of the merge rules. Raise it when a change to the merging gives other items or
     * ids for the same articles: every installation then merges each story again as a whole once.
     */
    static final int RULES = 2;

    private static final Logger log = LoggerFactory.getLogger(StoryMerges.class);
    /** At most this many analyses are taken in per transaction, so each stays short and the panels fill in. */
    private static final int BATCH = 20;
    private static final Duration TICK = Duration.ofSeconds(2);
    private static final Duration FULL_MERGE_PATIENCE = Duration.ofSeconds(30);

    private final ArticleAnalyses analyses;
    private final AnalysisJobs jobs;
    private final MergeLog mergeLog;
    private final PersonRepository people;
    private final QuoteRepository quotes;
    private final EventRepository events;
    private final List<EditorsWork> work;
    private final History audit;
    private final TransactionTemplate transaction;
    private final StoryChanges changes;
    private final boolean enabled;
    private final int copiesKept;
    private final Duration copyIdle;
    private final Semaphore wakeUp = new Semaphore(0);

    /** This node's copies of the stories it merges, least recently merged first; only the merging thread touches them. */
    private final LinkedHashMap<StoryId, Copy> copies = new LinkedHashMap<>(16, 0.75f, true);
    private volatile boolean running;
    private volatile Thread thread;

    StoryMerges(ArticleAnalyses analyses, AnalysisJobs jobs, MergeLog mergeLog, PersonRepository people, QuoteRepository quotes,
                EventRepository events, List<EditorsWork> work, History audit, TransactionTemplate transaction, StoryChanges changes,
                StoryDeskProperties properties) {
        this.analyses = analyses;
        this.jobs = jobs;
        this.mergeLog = mergeLog;
        this.people = people;
        this.quotes = quotes;
        this.events = events;
        this.work = List.copyOf(work);
        this.audit = audit;
        this.transaction = transaction;
        this.changes = changes;
        this.enabled = properties.analysis().merge();
        this.copiesKept = Math.max(1, properties.analysis().mergeCopies());
        this.copyIdle = properties.analysis().mergeCopyIdle();
    }

    /** A story as this node last merged or read it: a generation, the last analysis taken in, the merge state and the items. */
    private static final class Copy {
        final int generation;
        long lastSeq;
        Instant used = Instant.now();
        final GrowingStory story;
        final Map<PersonSlug, MachinePerson> people;
        final Map<QuoteId, MachineQuote> quotes;
        final Map<EventId, MachineEvent> events;

        Copy(int generation, long lastSeq, GrowingStory story) {
            this(generation, lastSeq, story, story.story());
        }

        Copy(int generation, long lastSeq, GrowingStory story, StoryMerger.Story items) {
            this.generation = generation;
            this.lastSeq = lastSeq;
            this.story = story;
            this.people = byId(items.people(), MachinePerson::slug);
            this.quotes = byId(items.quotes(), MachineQuote::id);
            this.events = byId(items.events(), MachineEvent::id);
        }
    }

    /** Something may be waiting to be taken in: look now rather than at the next tick. */
    void wake() {
        wakeUp.release();
    }

    /** Asks for a story to be merged again as a whole, in the caller's transaction (an editor's write, say). */
    void askForFullMerge(StoryId story, String reason) {
        mergeLog.askForFullMerge(story, reason);
    }

    /** An article's analysis was saved, in the caller's transaction: every story it is on may take it in. */
    void analysed(ArticleId article) {
        mergeLog.lookAgainFor(article);
    }

    /** How many stories this node keeps a copy of now (for tests of the bound). */
    synchronized int copiesInMemory() {
        return copies.size();
    }

    /** An editor parted two people the analysis had taken for one: the story is merged again, with them kept apart. */
    @EventListener
    void onParting(PeopleParted parted) {
        askForFullMerge(parted.story(), "an editor kept “" + parted.name() + "” apart from " + parted.person().value());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterParting(PeopleParted parted) {
        wake();
    }

    /**
     * Articles were put on a story or taken out, in the caller's transaction: one put on is taken in
     * when its analysis is there; one taken out leaves the story's merge, which is merged again as a
     * whole without it (editors' work stays on the items that remain, and follows those that change).
     */
    @EventListener
    void onArticlesChanged(StoryArticlesChanged changed) {
        mergeLog.lookAgain(List.of(changed.story()));
        if (!changed.removed().isEmpty()) {
            askForFullMerge(changed.story(), "article " + changed.removed().getFirst() + " was taken out of the story");
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterArticlesChanged(StoryArticlesChanged changed) {
        wake();
    }

    @Override
    public void start() {
        if (!enabled) {
            log.info("This node does not merge stories (storydesk.analysis.merge=false)");
            return;
        }
        // Every story with articles has its merge row and is looked at once: a restore keeps none, a stop may have left work.
        inItsOwnTransaction(mergeLog::ensureAll);
        running = true;
        Thread merger = new Thread(this::work, "story-merger");
        merger.setDaemon(true);
        thread = merger;
        merger.start();
    }

    private void work() {
        while (running) {
            try {
                boolean more = mergeWaiting();
                if (!more) {
                    wakeUp.tryAcquire(TICK.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.error("Merging the stories hit a problem; it tries again shortly", e);
                pause();
            }
        }
    }

    /**
     * Takes in what is waiting for each story that may have something, or merges one as a whole
     * where that is needed. Returns whether there may be more to do. A story whose merge fails is
     * left for the next round; the others go on.
     */
    synchronized boolean mergeWaiting() {
        boolean more = false;
        boolean failed = false;
        for (StoryId story : mergeLog.toLookAt()) {
            try {
                more |= mergeWaiting(story);
            } catch (RuntimeException e) {
                if (!running && thread != null) {
                    throw e;
                }
                copies.remove(story);
                failed = true;
                log.error("Merging story {} hit a problem; it is tried again shortly", story, e);
                inItsOwnTransaction(() -> mergeLog.lookAgain(List.of(story)));
            }
        }
        evictIdle();
        if (failed) {
            pause();
        }
        return more;
    }

    /**
     * Takes in what is waiting for one story, or merges it again as a whole where that is needed.
     * Returns whether there may be more to do. A full merge waits while articles are being
     * analysed (for at most {@link #FULL_MERGE_PATIENCE}): when many are analysed again, one full
     * merge takes them all in, not one each.
     */
    synchronized boolean mergeWaiting(StoryId story) {
        // From here on, whatever arrives for the story flags it again: nothing is missed between this look and the next.
        inItsOwnTransaction(() -> mergeLog.lookedAt(story));
        MergeLog.State state = mergeLog.state(story);
        Optional<String> full = state.fullMerge();
        if (full.isEmpty() && state.rules() != RULES) {
            if (!state.mergedBefore()) {
                // Nothing merged yet: there is nothing to merge again.
                inItsOwnTransaction(() -> mergeLog.rules(story, RULES));
            } else {
                full = Optional.of(state.rules() < 2 ? "the story is merged one article at a time from now on" : "the merge rules changed");
            }
        }
        List<ArticleId> leaving = analyses.leaving(story);
        if (full.isEmpty() && !leaving.isEmpty()) {
            full = Optional.of(analyses.onStory(story, leaving.getFirst())
                    ? "article " + leaving.getFirst().value() + " has no analysis of its current version"
                    : "article " + leaving.getFirst().value() + " was taken out of the story");
        }
        List<ArticleAnalyses.Numbered> waiting = analyses.waiting(story, BATCH);
        Optional<ArticleAnalyses.Numbered> changed = waiting.stream().filter(ArticleAnalyses.Numbered::changed).findFirst();
        if (full.isEmpty() && changed.isPresent()) {
            full = Optional.of("article " + changed.get().article().value() + " was analysed again");
        }
        if (full.isPresent()) {
            if (state.fullMerge().isEmpty()) {
                String reason = full.get();
                inItsOwnTransaction(() -> mergeLog.askForFullMerge(story, reason));
                state = mergeLog.state(story);
            }
            // Articles analysed anew (new rules, a restore) come many at a time: one full merge takes them all in, not one
            // each. A story that merely grew into needing one (a full name for a surname that stood alone) is merged now.
            boolean analysedAnew = changed.isPresent() || !leaving.isEmpty() || state.rules() != RULES;
            if (analysedAnew && jobs.anyWaiting() && state.fullMergeAsked().plus(FULL_MERGE_PATIENCE).isAfter(Instant.now())) {
                return false;
            }
            fullMerge(story, state.fullMerge().orElse(full.get()));
            return true;
        }
        if (waiting.isEmpty()) {
            return false;
        }
        take(story, waiting);
        if (waiting.size() == BATCH) {
            inItsOwnTransaction(() -> mergeLog.lookAgain(List.of(story)));
        }
        return true;
    }

    /** Takes new analyses into a story as it stands, writing only what they changed. */
    private void take(StoryId storyId, List<ArticleAnalyses.Numbered> fresh) {
        long start = System.nanoTime();
        Taken taken = transaction.execute(status -> {
            mergeLog.lock(storyId);
            Copy story = current(storyId, mergeLog.state(storyId));
            Map<PersonSlug, Revision<MachinePerson>> changedPeople = new LinkedHashMap<>();
            Map<QuoteId, Revision<MachineQuote>> changedQuotes = new LinkedHashMap<>();
            Map<EventId, Revision<MachineEvent>> changedEvents = new LinkedHashMap<>();
            List<ArticleId> articles = new ArrayList<>();
            boolean spent = false;
            for (ArticleAnalyses.Numbered analysis : fresh) {
                if (story.story.contains(analysis.article())) {
                    continue; // another node took it in meanwhile
                }
                GrowingStory.Growth growth = story.story.add(analysis.analysed());
                if (growth instanceof GrowingStory.Growth.NeedsFullMerge needs) {
                    mergeLog.askForFullMerge(storyId, needs.why());
                    spent = true;
                    break;
                }
                GrowingStory.Changes grown = ((GrowingStory.Growth.Grown) growth).changes();
                revise(changedPeople, story.people, grown.people(), MachinePerson::slug);
                revise(changedQuotes, story.quotes, grown.quotes(), MachineQuote::id);
                revise(changedEvents, story.events, grown.events(), MachineEvent::id);
                mergeLog.took(storyId, analysis.article(), analysis.number());
                articles.add(analysis.article());
            }
            people.write(storyId, changedPeople.values(), List.of());
            quotes.write(storyId, changedQuotes.values(), List.of());
            events.write(storyId, changedEvents.values(), List.of());
            mergeLog.merged(storyId, story.people.size(), quotesOnTheBoard(story.quotes.values()), story.events.size());
            Map<String, Collection<String>> items = new LinkedHashMap<>();
            items.put("article", articles.stream().map(a -> Long.toString(a.value())).toList());
            items.put("quote", changedQuotes.keySet().stream().map(QuoteId::value).toList());
            items.put("event", changedEvents.keySet().stream().map(EventId::value).toList());
            items.put("person", changedPeople.keySet().stream().map(PersonSlug::value).toList());
            changes.announce(Change.merged(storyId, items));
            story.lastSeq = mergeLog.state(storyId).lastSeq();
            return new Taken(articles.size(), changedPeople.size(), changedQuotes.size(), changedEvents.size(), spent);
        });
        if (taken.spent()) {
            copies.remove(storyId); // a full merge is asked for: this copy cannot grow any more
        }
        if (taken.articles() > 0) {
            log.info("Took {} article(s) into story {} in {} ms: {} people, {} quotes, {} events changed", taken.articles(), storyId,
                    (System.nanoTime() - start) / 1_000_000, taken.people(), taken.quotes(), taken.events());
        }
    }

    private record Taken(int articles, int people, int quotes, int events, boolean spent) {
    }

    /** Notes an item's new version beside the version written last (the first of this transaction's, where it changed twice). */
    private static <K, T> void revise(Map<K, Revision<T>> revisions, Map<K, T> written, List<T> items, Function<T, K> id) {
        for (T item : items) {
            K key = id.apply(item);
            T before = written.put(key, item);
            Revision<T> earlier = revisions.get(key);
            revisions.put(key, new Revision<>(earlier != null ? earlier.before() : before, item));
        }
    }

    /** This node's copy of a story, brought up to the database's: read again after another node's full merge, else caught up. */
    private Copy current(StoryId story, MergeLog.State state) {
        Copy known = copies.get(story);
        if (known != null && known.generation == state.generation()) {
            known.used = Instant.now();
            if (known.lastSeq < state.lastSeq()) {
                for (ArticleAnalyses.Numbered merged : analyses.mergedAfter(story, known.lastSeq)) {
                    GrowingStory.Growth growth = known.story.add(merged.analysed());
                    if (!(growth instanceof GrowingStory.Growth.Grown grown)) {
                        return read(story, state);
                    }
                    grown.changes().people().forEach(p -> known.people.put(p.slug(), p));
                    grown.changes().quotes().forEach(q -> known.quotes.put(q.id(), q));
                    grown.changes().events().forEach(e -> known.events.put(e.id(), e));
                    known.lastSeq = merged.seq();
                }
            }
            if (known.lastSeq == state.lastSeq()) {
                return known;
            }
        }
        return read(story, state);
    }

    /** Reads a story as the database has it: every analysis it took in, in its order, merged as a whole. */
    private Copy read(StoryId story, MergeLog.State state) {
        long start = System.nanoTime();
        List<StoryMerger.Analysed> taken = analyses.current(story).stream()
                .filter(a -> a.seq() != null && !a.changed()).map(ArticleAnalyses.Numbered::analysed).toList();
        Copy read = new Copy(state.generation(), state.lastSeq(), GrowingStory.of(taken, people.splits(story)));
        keep(story, read);
        log.info("Read story {} of {} articles in {} ms", story, taken.size(), (System.nanoTime() - start) / 1_000_000);
        return read;
    }

    /** Keeps a copy, dropping the least recently merged one where this node keeps as many as it may. */
    private void keep(StoryId story, Copy copy) {
        copies.remove(story);
        while (copies.size() >= copiesKept) {
            StoryId eldest = copies.keySet().iterator().next();
            copies.remove(eldest);
            log.info("Dropped this node's copy of story {}: it is read again from its log when it is merged next", eldest);
        }
        copies.put(story, copy);
    }

    /** Copies not merged for a while are dropped: a story editors left alone costs no memory. */
    private void evictIdle() {
        Instant before = Instant.now().minus(copyIdle);
        copies.entrySet().removeIf(entry -> entry.getValue().used.isBefore(before));
    }

    /**
     * Merges a story again as a whole, from every current analysis of its articles in the order the
     * story took them in, and writes the difference: items that changed, items gone, and editors'
     * work moved to the items that hold what it was on. The merge itself runs outside any
     * transaction; readers see the old story until the new one is written.
     */
    private void fullMerge(StoryId storyId, String reason) {
        long start = System.nanoTime();
        MergeLog.State before = mergeLog.state(storyId);
        inItsOwnTransaction(() -> {
            mergeLog.askForFullMerge(storyId, reason);
            mergeLog.progress(storyId, 5);
        });
        log.info("Merging story {} again as a whole: {}", storyId, reason);
        List<ArticleAnalyses.Numbered> all = analyses.current(storyId);
        inItsOwnTransaction(() -> mergeLog.progress(storyId, 40));
        GrowingStory merged = GrowingStory.of(all.stream().map(ArticleAnalyses.Numbered::analysed).toList(), people.splits(storyId));
        StoryMerger.Story story = merged.story();
        inItsOwnTransaction(() -> mergeLog.progress(storyId, 70));
        Boolean written = transaction.execute(status -> {
            mergeLog.lock(storyId);
            MergeLog.State now = mergeLog.state(storyId);
            if (now.generation() != before.generation() || !sameAnalyses(storyId, all)) {
                return false; // another node merged meanwhile, or more came in: merge again
            }
            List<MachinePerson> oldPeople = people.machineRows(storyId);
            List<MachineQuote> oldQuotes = quotes.machineRows(storyId);
            List<MachineEvent> oldEvents = events.machineRows(storyId);
            Successors.Moves moves = Successors.of(oldPeople, oldQuotes, oldEvents, story);
            people.write(storyId, revisions(oldPeople, story.people(), MachinePerson::slug), gone(oldPeople, story.people(), MachinePerson::slug));
            quotes.write(storyId, revisions(oldQuotes, story.quotes(), MachineQuote::id), gone(oldQuotes, story.quotes(), MachineQuote::id));
            events.write(storyId, revisions(oldEvents, story.events(), MachineEvent::id), gone(oldEvents, story.events(), MachineEvent::id));
            follow(storyId, moves, reason);
            // An article whose analysis is still to come keeps its place in the order; one taken out, or that will get none, leaves it.
            mergeLog.dropped(storyId, analyses.leaving(storyId));
            mergeLog.tookAll(storyId, all.stream().map(ArticleAnalyses.Numbered::article).toList(),
                    all.stream().map(ArticleAnalyses.Numbered::number).toList());
            mergeLog.fullyMerged(storyId, RULES);
            mergeLog.merged(storyId, story.people().size(), quotesOnTheBoard(story.quotes()), story.events().size());
            changes.announce(new Change(storyId, Change.STORY, ""));
            return true;
        });
        if (Boolean.TRUE.equals(written)) {
            MergeLog.State after = mergeLog.state(storyId);
            keep(storyId, new Copy(after.generation(), after.lastSeq(), merged, story));
            log.info("Merged story {} again as a whole in {} ms: {} people, {} quotes, {} events", storyId,
                    (System.nanoTime() - start) / 1_000_000, story.people().size(), story.quotes().size(), story.events().size());
        } else {
            copies.remove(storyId);
        }
    }

    /** How many quotes the quote board counts: a fragment shown under its full quote is not one more. */
    private static int quotesOnTheBoard(Collection<MachineQuote> quotes) {
        Set<QuoteId> ids = new HashSet<>();
        quotes.forEach(quote -> ids.add(quote.id()));
        return (int) quotes.stream().filter(quote -> quote.fullQuote() == null || !ids.contains(quote.fullQuote())).count();
    }

    /** Whether a story's articles and their analyses are still those a full merge was made of. */
    private boolean sameAnalyses(StoryId story, List<ArticleAnalyses.Numbered> merged) {
        Map<Long, Long> now = analyses.numbers(story);
        if (now.size() != merged.size()) {
            return false;
        }
        for (ArticleAnalyses.Numbered analysis : merged) {
            if (!Objects.equals(now.get(analysis.article().value()), analysis.number())) {
                return false;
            }
        }
        return true;
    }

    /** Editors' work on items that went elsewhere follows them there; the History says so, and old links lead there. */
    private void follow(StoryId story, Successors.Moves moves, String reason) {
        Map<ItemType, Map<String, String>> byType = new EnumMap<>(ItemType.class);
        byType.put(ItemType.PERSON, strings(moves.people(), PersonSlug::value));
        byType.put(ItemType.QUOTE, strings(moves.quotes(), QuoteId::value));
        byType.put(ItemType.EVENT, strings(moves.events(), EventId::value));
        byType.forEach((type, itemMoves) -> {
            mergeLog.succeeded(story, type, itemMoves);
            Map<String, List<String>> whatMoved = new LinkedHashMap<>();
            for (EditorsWork feature : work) {
                for (EditorsWork.Followed followed : feature.follow(story, type, itemMoves)) {
                    whatMoved.computeIfAbsent(followed.from() + " " + followed.to(), k -> new ArrayList<>()).add(followed.what());
                }
            }
            whatMoved.forEach((fromTo, what) -> {
                String[] ids = fromTo.split(" ");
                audit.recordByTheDesk(story, "follow", type.code(), ids[1], ids[1], Map.of("item", ids[0]),
                        Map.of("item", ids[1], "moved", String.join(", ", what), "why", "the story was merged again: " + reason));
            });
        });
    }

    private static <K> Map<String, String> strings(Map<K, K> moves, Function<K, String> id) {
        Map<String, String> strings = new LinkedHashMap<>();
        moves.forEach((from, to) -> strings.put(id.apply(from), id.apply(to)));
        return strings;
    }

    private static <K, T> List<Revision<T>> revisions(List<T> before, List<T> after, Function<T, K> id) {
        Map<K, T> old = byId(before, id);
        List<Revision<T>> revisions = new ArrayList<>();
        for (T item : after) {
            T was = old.get(id.apply(item));
            if (!item.equals(was)) {
                revisions.add(new Revision<>(was, item));
            }
        }
        return revisions;
    }

    private static <K, T> List<K> gone(List<T> before, List<T> after, Function<T, K> id) {
        Set<K> now = new java.util.HashSet<>(after.stream().map(id).toList());
        return before.stream().map(id).filter(key -> !now.contains(key)).toList();
    }

    private static <K, T> Map<K, T> byId(List<T> items, Function<T, K> id) {
        Map<K, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private void inItsOwnTransaction(Runnable write) {
        transaction.executeWithoutResult(status -> write.run());
    }

    private void pause() {
        try {
            Thread.sleep(TICK.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread merger = thread;
        if (merger != null) {
            merger.interrupt();
            try {
                merger.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the database, beside the analysis workers; stop before the database goes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
