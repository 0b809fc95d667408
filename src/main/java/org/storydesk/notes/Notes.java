package org.storydesk.notes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.EditorsWork;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryItems;
import org.storydesk.base.StoryName;
import org.storydesk.base.Text;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.Editors;
import org.storydesk.history.History;

/**
 * Editors' notes: written, changed and deleted by editors only, each write recorded in the
 * History and announced to every open view; read by everyone, each note anchored in its story as
 * the story is today. A note is of one story: the same article on two stories has the notes each
 * story's desk wrote on it.
 */
@Service
public class Notes implements EditorsWork {

    /** The longest note an editor may write. */
    public static final int MAX_LENGTH = 10_000;
    static final int MAX_TAGS = 12;
    static final int MAX_TAG_LENGTH = 40;

    private final NoteRepository repository;
    private final Map<ItemType, StoryItems> items = new EnumMap<>(ItemType.class);
    private final History audit;
    private final StoryChanges changes;
    private final StoryDirectory stories;

    Notes(NoteRepository repository, List<StoryItems> items, History audit, StoryChanges changes, StoryDirectory stories) {
        this.repository = repository;
        items.forEach(kind -> this.items.put(kind.type(), kind));
        this.audit = audit;
        this.changes = changes;
        this.stories = stories;
    }

    /** Notes an item of a story: a passage of an article, a whole article, a quote, an event, a person, or the story itself. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public NoteOutcome add(StoryName story, NoteDraft draft) {
        Optional<String> problem = problemWith(draft.body()).or(() -> problemWithTags(draft.tags()));
        if (problem.isPresent()) {
            return new NoteOutcome.Refused(problem.get());
        }
        StoryItems kind = items.get(draft.type());
        if (kind == null) {
            return new NoteOutcome.Refused("Notes on " + draft.type().code() + "s are not kept here");
        }
        Optional<String> label = kind.label(story, draft.targetId());
        if (label.isEmpty()) {
            return new NoteOutcome.Refused(draft.type() == ItemType.STORY ? "A note on a story is on the story it is written in ("
                    + story.slug() + ")" : "There is no " + noun(draft.type()) + " " + draft.targetId() + " in the story " + story.name()
                    + " (any more)");
        }
        TextSelector selector = null;
        if (draft.type() == ItemType.PASSAGE) {
            Passage passage = passage(draft, kind.text(story, draft.targetId()).orElse(""));
            if (passage.problem() != null) {
                return new NoteOutcome.Refused(passage.problem());
            }
            selector = passage.selector();
        }
        Note note = repository.insert(story.id(), draft.type(), draft.targetId(), label.get(), selector, draft.body().strip(), tags(draft.tags()),
                Editors.current());
        audit.record(story.id(), "add note", "note", note.id().toString(), describe(note), null, content(note));
        announce(note);
        return new NoteOutcome.Saved(anchored(note));
    }

    /**
     * Changes a note's text and tags (or only its text, keeping its tags, when {@code tags} is null), unless
     * someone else changed it since {@code version} was read.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public NoteOutcome update(NoteId id, int version, String body, @Nullable List<String> tags) {
        Optional<String> problem = problemWith(body).or(() -> problemWithTags(tags));
        if (problem.isPresent()) {
            return new NoteOutcome.Refused(problem.get());
        }
        Optional<Note> before = repository.find(id);
        if (before.isEmpty()) {
            return new NoteOutcome.Missing(id);
        }
        Optional<Note> after = repository.update(id, version, body.strip(), tags == null ? before.get().tags() : tags(tags));
        if (after.isEmpty()) {
            return repository.find(id).<NoteOutcome>map(current -> new NoteOutcome.Conflict(anchored(current)))
                    .orElse(new NoteOutcome.Missing(id));
        }
        audit.record(after.get().story(), "edit note", "note", id.toString(), describe(after.get()), content(before.get()), content(after.get()));
        announce(after.get());
        return new NoteOutcome.Saved(anchored(after.get()));
    }

    /** Deletes a note, unless someone else changed it since {@code version} was read. The audit log keeps what it said. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public NoteOutcome delete(NoteId id, int version) {
        Optional<Note> deleted = repository.delete(id, version);
        if (deleted.isEmpty()) {
            return repository.find(id).<NoteOutcome>map(current -> new NoteOutcome.Conflict(anchored(current)))
                    .orElse(new NoteOutcome.Missing(id));
        }
        audit.record(deleted.get().story(), "delete note", "note", id.toString(), describe(deleted.get()), content(deleted.get()), null);
        announce(deleted.get());
        return new NoteOutcome.Deleted(id);
    }

    @Transactional(readOnly = true)
    public Optional<Note> find(NoteId id) {
        return repository.find(id).map(this::anchored);
    }

    /** The notes on some items of one type of a story, by item; items without notes are left out. */
    @Transactional(readOnly = true)
    public Map<String, List<Note>> on(StoryId story, ItemType type, Collection<String> ids) {
        Map<String, List<Note>> byItem = new LinkedHashMap<>();
        for (Note note : repository.on(story, type, ids)) {
            // These items are in the story (the caller is showing them), so their notes are attached.
            byItem.computeIfAbsent(note.targetId(), id -> new ArrayList<>()).add(note);
        }
        return byItem;
    }

    /** The notes on an item of a story, oldest first. */
    @Transactional(readOnly = true)
    public List<Note> on(StoryName story, ItemType type, String id) {
        return anchored(repository.on(story.id(), type, List.of(id)));
    }

    /** The notes on passages of an article in a story, each found in the article's current text, or detached. */
    @Transactional(readOnly = true)
    public List<Note> inArticle(StoryName story, String articleId) {
        return on(story, ItemType.PASSAGE, articleId);
    }

    /** How many notes a story holds on each of some items of one type (the whole articles of a page of the list, say). */
    @Transactional(readOnly = true)
    public Map<String, Integer> countsOn(StoryId story, ItemType type, Collection<String> ids) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        repository.on(story, type, ids).forEach(note -> counts.merge(note.targetId(), 1, Integer::sum));
        return counts;
    }

    /** A page of the notes a query asks for, newest first. */
    @Transactional(readOnly = true)
    public List<Note> list(NoteQuery query, int offset, int limit) {
        Window window = window(query);
        return anchored(repository.list(query, involved(query), window.from(), window.to(), offset, limit));
    }

    /** The latest note of each of these stories, for the desk home. */
    @Transactional(readOnly = true)
    public Map<StoryId, Note> latest(List<StoryId> stories) {
        return repository.latest(stories);
    }

    @Transactional(readOnly = true)
    public int count(NoteQuery query) {
        Window window = window(query);
        return repository.count(query, involved(query), window.from(), window.to());
    }

    @Transactional(readOnly = true)
    public List<String> tags(StoryId story) {
        return repository.tags(story);
    }

    @Transactional(readOnly = true)
    public List<String> authors(StoryId story) {
        return repository.authors(story);
    }

    /** Where to read what a note is on: the reader at a passage's words (where they are now), or the item. */
    public Optional<String> link(Note note) {
        StoryItems kind = items.get(note.type());
        Optional<StoryName> story = stories.byId(note.story());
        if (kind == null || story.isEmpty()) {
            return Optional.empty();
        }
        if (note.type() == ItemType.PASSAGE && note.anchor().start() >= 0) {
            return kind.link(story.get(), note.targetId()).map(path -> path + "?at=" + note.anchor().start() + "-" + note.anchor().end());
        }
        return kind.link(story.get(), note.targetId());
    }

    /** Why a note's text cannot be kept, if it cannot. */
    private static Optional<String> problemWith(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return Optional.of("A note needs some text");
        }
        if (Text.holdsNul(body)) {
            return Text.nulIn("A note", body);
        }
        if (body.strip().length() > MAX_LENGTH) {
            return Optional.of("A note may be at most " + String.format(Locale.ROOT, "%,d", MAX_LENGTH) + " characters (this one has "
                    + String.format(Locale.ROOT, "%,d", body.strip().length()) + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> problemWithTags(@Nullable List<String> tags) {
        Optional<String> nul = Text.nulIn("A tag", tags);
        if (nul.isPresent()) {
            return nul;
        }
        List<String> clean = tags(tags);
        if (clean.size() > MAX_TAGS) {
            return Optional.of("A note may have at most " + MAX_TAGS + " tags");
        }
        return clean.stream().filter(tag -> tag.length() > MAX_TAG_LENGTH).findFirst()
                .map(tag -> "A tag may be at most " + MAX_TAG_LENGTH + " characters (“" + tag.substring(0, 20) + "…”)");
    }

    /** Tags as kept: trimmed, lower case, without a leading #, each once. */
    static List<String> tags(@Nullable List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null) {
                String t = tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    clean.add(t);
                }
            }
        }
        return List.copyOf(clean);
    }

    /** A draft's passage: its selector, or why there is none. */
    private record Passage(@Nullable TextSelector selector, @Nullable String problem) {

        static Passage refused(String problem) {
            return new Passage(null, problem);
        }

        static Passage found(TextSelector selector) {
            return new Passage(selector, null);
        }
    }

    private static Passage passage(NoteDraft draft, String text) {
        if (draft.start() != null || draft.end() != null) {
            int start = draft.start() == null ? -1 : draft.start();
            int end = draft.end() == null ? -1 : draft.end();
            if (start < 0 || end <= start || end > text.length()) {
                return Passage.refused("The passage " + start + "–" + end + " is not within the article's text (0–" + text.length() + ")");
            }
            if (text.substring(start, end).isBlank()) {
                return Passage.refused("The passage " + start + "–" + end + " holds no words");
            }
            if (draft.exact() != null && !draft.exact().equals(text.substring(start, end))) {
                return Passage.refused("The article's text at " + start + "–" + end + " is not “" + draft.exact() + "”: it may have changed");
            }
            return Passage.found(TextSelector.of(text, start, end));
        }
        if (draft.exact() == null || draft.exact().isBlank()) {
            return Passage.refused("A note on a passage needs its words (exact) or where they are (start and end)");
        }
        TextSelector wanted = new TextSelector(draft.exact(), draft.prefix() == null ? "" : draft.prefix(),
                draft.suffix() == null ? "" : draft.suffix(), -1, -1);
        Anchor anchor = Anchoring.find(wanted, text);
        if (!anchor.attached()) {
            return Passage.refused("The article does not contain “" + draft.exact() + "”");
        }
        return Passage.found(TextSelector.of(text, anchor.start(), anchor.end()));
    }

    private Note anchored(Note note) {
        return anchored(List.of(note)).getFirst();
    }

    /**
     * The notes as they stand in today's story: a passage found again in its article's current
     * text, an item still in the story, or detached. Each item is looked up once for all its notes.
     */
    private List<Note> anchored(List<Note> notes) {
        Map<String, Optional<String>> texts = new HashMap<>();
        Map<String, Boolean> present = new HashMap<>();
        Map<StoryId, Optional<StoryName>> storiesOf = new HashMap<>();
        return notes.stream().map(note -> {
            StoryItems kind = items.get(note.type());
            Optional<StoryName> story = storiesOf.computeIfAbsent(note.story(), stories::byId);
            if (kind == null || story.isEmpty()) {
                return note.withAnchor(Anchor.DETACHED);
            }
            String target = note.story() + ":" + note.type().code() + ":" + note.targetId();
            if (note.type() == ItemType.PASSAGE) {
                return note.withAnchor(texts.computeIfAbsent(target, key -> kind.text(story.get(), note.targetId()))
                        .map(text -> Anchoring.find(note.selector(), text)).orElse(Anchor.DETACHED));
            }
            boolean there = present.computeIfAbsent(target, key -> kind.label(story.get(), note.targetId()).isPresent());
            return note.withAnchor(there ? Anchor.ATTACHED : Anchor.DETACHED);
        }).toList();
    }

    private @Nullable Map<ItemType, Set<String>> involved(NoteQuery query) {
        if (query.people().isEmpty()) {
            return null;
        }
        Map<ItemType, Set<String>> involved = new EnumMap<>(ItemType.class);
        items.forEach((type, kind) -> involved.put(type, kind.involving(query.story(), query.people())));
        return involved;
    }

    private record Window(@Nullable Instant from, @Nullable Instant to) {
    }

    /** A query's days, as instants where the desk is. */
    private static Window window(NoteQuery query) {
        ZoneId zone = ZoneId.systemDefault();
        return new Window(query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void announce(Note note) {
        changes.announce(new Change(note.story(), "note", note.type().code() + ":" + note.targetId()));
    }

    private static String describe(Note note) {
        String about = shorten(note.about());
        String what = switch (note.type()) {
            case PASSAGE -> "Note on the passage";
            case ARTICLE -> "Note on the article";
            case STORY -> "Note on the story";
            default -> "Note on " + noun(note.type());
        };
        return what + " " + (about.startsWith("“") ? about : "“" + about + "”");
    }

    private static Map<String, Object> content(Note note) {
        Map<String, Object> content = new HashMap<>();
        content.put("target", note.type().code() + ":" + note.targetId());
        content.put("body", note.body());
        content.put("tags", note.tags());
        return content;
    }

    static String noun(ItemType type) {
        return switch (type) {
            case PASSAGE, ARTICLE -> "article";
            case STORY -> "story";
            case QUOTE -> "quote";
            case EVENT -> "event";
            case PERSON -> "person";
        };
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }

    /** A note on a quote, an event or a person follows it when a full merge makes it part of another. */
    @Override
    public List<Followed> follow(StoryId story, ItemType type, Map<String, String> moves) {
        List<Followed> followed = new ArrayList<>();
        if (type == ItemType.PASSAGE || type == ItemType.ARTICLE || type == ItemType.STORY) {
            return followed;
        }
        moves.forEach((from, to) -> {
            int moved = repository.follow(story, type.code(), from, to);
            if (moved > 0) {
                followed.add(new Followed(type, from, to, moved == 1 ? "1 note" : moved + " notes"));
            }
        });
        return followed;
    }
}
