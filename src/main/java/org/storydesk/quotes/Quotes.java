package org.storydesk.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.ArticleId;
import org.storydesk.base.EditorsWork;
import org.storydesk.base.ItemType;
import org.storydesk.base.Outcome;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.SearchWords;
import org.storydesk.base.StoryId;
import org.storydesk.base.Text;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.Editors;
import org.storydesk.history.History;

/**
 * Who said what: the quote board, the reader's highlights and the API read the story's quotes
 * here; editors set a quote's status and correct its speaker here, each write recorded in the
 * audit log and announced to every open view.
 */
@Service
public class Quotes implements EditorsWork {

    /** The longest reason an editor may give for a status. */
    public static final int MAX_NOTE = 10_000;

    private final QuoteRepository repository;
    private final History audit;
    private final StoryChanges changes;

    Quotes(QuoteRepository repository, History audit, StoryChanges changes) {
        this.repository = repository;
        this.audit = audit;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public List<Quote> list(QuoteQuery query, int offset, int limit) {
        return repository.list(query, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(QuoteQuery query) {
        return repository.count(query);
    }

    /** Whether any of these quotes (a merge's, say) is one the query asks for. */
    @Transactional(readOnly = true)
    public boolean anyAmong(QuoteQuery query, Collection<String> ids) {
        return repository.anyAmong(query, ids);
    }

    /** A page of the quotes of a story (null: of every story) whose words hold the words searched for. */
    @Transactional(readOnly = true)
    public List<QuoteHit> search(@Nullable StoryId story, SearchWords words, int offset, int limit) {
        return repository.search(story, words.text(), offset, limit);
    }

    /** How many quotes hold the words, counted up to {@code most}. */
    @Transactional(readOnly = true)
    public int countHits(@Nullable StoryId story, SearchWords words, int most) {
        return repository.countHits(story, words.text(), most);
    }

    @Transactional(readOnly = true)
    public Optional<Quote> find(StoryId story, QuoteId id) {
        return repository.find(story, id);
    }

    @Transactional(readOnly = true)
    public List<Quote> inArticle(StoryId story, ArticleId article) {
        return repository.inArticle(story, article);
    }

    /**
     * Sets a quote's status, unless someone else set it since the editor read version {@code version}
     * of the verdict. Disputed and corrected need a note that says why.
     *
     * @param status as the API and the UI name it: {@code unverified}, {@code verified}, {@code disputed}, {@code corrected}
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Quote> setStatus(StoryId story, QuoteId id, int version, String status, @Nullable String note) {
        Optional<QuoteStatus> wanted = QuoteStatus.of(status == null ? "" : status.strip());
        if (wanted.isEmpty()) {
            return new Outcome.Refused<>("There is no status '" + status + "': a quote is " + QuoteStatus.codes());
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (wanted.get().needsNote() && reason == null) {
            return new Outcome.Refused<>("A " + wanted.get().code() + " quote needs a note that says why");
        }
        if (Text.holdsNul(reason)) {
            return new Outcome.Refused<>(Text.nulIn("The note", reason).orElseThrow());
        }
        if (reason != null && reason.length() > MAX_NOTE) {
            return new Outcome.Refused<>("The note may be at most " + MAX_NOTE + " characters");
        }
        return write(story, id, "set status", "status", quote -> verdict(quote.verdict()),
                before -> repository.setVerdict(story, id, before.text(), version, wanted.get(), reason, Editors.current()));
    }

    /**
     * Corrects who said a quote: a person of the story, or, for someone who is not one, how the text
     * names them. Kept as the editors' override: every later analysis keeps it, and the machine's
     * speaker stays in sight.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Quote> correctSpeaker(StoryId story, QuoteId id, int version, @Nullable PersonSlug speaker, @Nullable String label) {
        String named = label == null || label.isBlank() ? null : label.strip();
        if ((speaker == null) == (named == null)) {
            return new Outcome.Refused<>("Say who said it: a person of the story, or how the text names the speaker");
        }
        if (Text.holdsNul(named)) {
            return new Outcome.Refused<>(Text.nulIn("A speaker's description", named).orElseThrow());
        }
        if (named != null && named.length() > 200) {
            return new Outcome.Refused<>("A speaker's description may be at most 200 characters");
        }
        if (speaker != null && !repository.personExists(story, speaker)) {
            return new Outcome.Refused<>("There is no person " + speaker + " in the story");
        }
        return write(story, id, "correct speaker", "correction", Quotes::speaker,
                before -> repository.correctSpeaker(story, id, before.text(), version, speaker, named, Editors.current()));
    }

    /** Gives a quote back the speaker the analysis found. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Quote> withdrawCorrection(StoryId story, QuoteId id, int version) {
        return write(story, id, "withdraw speaker correction", "correction", Quotes::speaker,
                before -> repository.withdrawCorrection(story, id, version));
    }

    /**
     * An editor's write to a quote: done only if no one changed what it changes since the editor
     * read it ({@code written} says whether it was), then logged with the value before and after,
     * and announced to every open view.
     *
     * @param value what the write changes, as the audit log keeps it
     */
    private Outcome<Quote> write(StoryId story, QuoteId id, String action, String change, Function<Quote, Map<String, Object>> value,
                                 Predicate<Quote> written) {
        Optional<Quote> before = repository.find(story, id);
        if (before.isEmpty()) {
            return new Outcome.Missing<>("There is no quote " + id.value() + " in the story (any more)");
        }
        if (!written.test(before.get())) {
            return new Outcome.Conflict<>(repository.find(story, id).orElseThrow());
        }
        Quote after = repository.find(story, id).orElseThrow();
        audit.record(story, action, "quote", id.value(), label(after), value.apply(before.get()), value.apply(after));
        changes.announce(new Change(story, change, "quote:" + id.value()));
        return new Outcome.Saved<>(after);
    }

    /** "“We will keep working on this” (Ana Ruiz)". */
    static String label(Quote quote) {
        String text = quote.words();
        return "“" + (text.length() <= 80 ? text : text.substring(0, 79) + "…") + "” (" + quote.speakerName() + ")";
    }

    private static Map<String, Object> verdict(Verdict verdict) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("status", verdict.status().code());
        value.put("note", verdict.note());
        return value;
    }

    private static Map<String, Object> speaker(Quote quote) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("speaker", quote.speaker() == null ? null : quote.speaker().slug().value());
        value.put("speakerLabel", quote.speakerLabel());
        return value;
    }

    /** A quote's verdict and correction follow it when a full merge makes it part of another; a corrected speaker follows the person. */
    @Override
    public List<Followed> follow(StoryId story, ItemType type, Map<String, String> moves) {
        List<Followed> followed = new ArrayList<>();
        moves.forEach((from, to) -> {
            if (type == ItemType.QUOTE) {
                for (String what : repository.follow(story, new QuoteId(from), new QuoteId(to))) {
                    followed.add(new Followed(type, from, to, what));
                }
            } else if (type == ItemType.PERSON) {
                int corrections = repository.followSpeaker(story, PersonSlug.of(from), PersonSlug.of(to));
                if (corrections > 0) {
                    followed.add(new Followed(type, from, to, corrections + " corrected speaker" + (corrections == 1 ? "" : "s")));
                }
            }
        });
        return followed;
    }
}
