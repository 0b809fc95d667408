package org.storydesk.stories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.articles.ArticleFiled;
import org.storydesk.base.ArticleId;
import org.storydesk.base.Outcome;
import org.storydesk.base.Slugs;
import org.storydesk.base.StoryArticles;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;
import org.storydesk.base.Text;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.Editors;
import org.storydesk.history.History;

/**
 * The desk's stories: listing them, creating, renaming and archiving one (editors only), and which
 * articles are on which story: an editor puts an article on a story, moves it to another, or takes
 * it out (the article is kept, on no story if it was on one only). Each write is recorded in the
 * story's History and announced to every open view; an archived story takes no article.
 */
@Service
public class Stories implements StoryDirectory, StoryArticles {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 2_000;

    private final StoryRepository repository;
    private final History history;
    private final StoryChanges changes;
    private final ApplicationEventPublisher events;

    Stories(StoryRepository repository, History history, StoryChanges changes, ApplicationEventPublisher events) {
        this.repository = repository;
        this.history = history;
        this.changes = changes;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoryName> bySlug(String slug) {
        return Slugs.isSlug(slug) ? repository.bySlug(slug).map(Story::named) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoryName> byId(StoryId id) {
        return repository.byId(id).map(Story::named);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoryName> first() {
        return repository.first().map(Story::named);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoryName> all() {
        return repository.list(null).stream().map(figures -> figures.story().named())
                .sorted(java.util.Comparator.comparing(StoryName::archived)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoryName> of(ArticleId article) {
        return repository.of(article);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holds(StoryId story, ArticleId article) {
        return repository.holds(story, article);
    }

    @Transactional(readOnly = true)
    public Optional<Story> find(String slug) {
        return Slugs.isSlug(slug) ? repository.bySlug(slug) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<Story> find(StoryId id) {
        return repository.byId(id);
    }

    /** The stories in a state (null: every one), oldest first, each with its figures. */
    @Transactional(readOnly = true)
    public List<StoryFigures> list(@Nullable StoryState state) {
        return repository.list(state);
    }

    @Transactional(readOnly = true)
    public Optional<StoryFigures> figures(StoryId story) {
        return repository.figures(story);
    }

    /** How many articles are on no story. */
    @Transactional(readOnly = true)
    public int articlesOnNoStory() {
        return repository.onNoStory();
    }

    /** An editor starts a story. Its slug is made from its name (another's slug taken, with a number after it). */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Story> create(String name, @Nullable String description) {
        return create(name, description, Editors.current());
    }

    /** The desk starts its first story for its seeds, on a new desk: nobody is logged in at start. */
    @Transactional
    public Story createSeedStory(String name) {
        Optional<Story> first = repository.first();
        if (first.isPresent()) {
            return first.get();
        }
        Outcome<Story> made = create(name, "", History.THE_DESK);
        if (made instanceof Outcome.Saved<Story> saved) {
            return saved.value();
        }
        throw new IllegalStateException("The seed story could not be created: " + made);
    }

    private Outcome<Story> create(String name, @Nullable String description, String author) {
        String named = clean(name);
        String about = description == null ? "" : description.strip();
        Optional<String> problem = problem(named, about, null);
        if (problem.isPresent()) {
            return new Outcome.Refused<>(problem.get());
        }
        String base = Slugs.of(named);
        String slug = base;
        for (int n = 2; repository.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        Story story = repository.insert(slug, named, about, author);
        Map<String, Object> after = content(story);
        if (author.equals(History.THE_DESK)) {
            history.recordByTheDesk(story.id(), "create story", "story", story.slug(), story.name(), null, after);
        } else {
            history.record(story.id(), "create story", "story", story.slug(), story.name(), null, after);
        }
        changes.announce(new Change(null, "stories", "story:" + story.slug()));
        return new Outcome.Saved<>(story);
    }

    /**
     * An editor renames a story, describes it again, archives it or opens it again, unless someone
     * changed it since {@code version} was read. Null leaves that part as it is. The slug stays.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Story> change(StoryId id, int version, @Nullable String name, @Nullable String description, @Nullable StoryState state) {
        Optional<Story> before = repository.byId(id);
        if (before.isEmpty()) {
            return new Outcome.Missing<>("There is no story " + id);
        }
        String named = name == null ? before.get().name() : clean(name);
        String about = description == null ? before.get().description() : description.strip();
        Optional<String> problem = problem(named, about, id);
        if (problem.isPresent()) {
            return new Outcome.Refused<>(problem.get());
        }
        Optional<Story> after = repository.update(id, version, named, about, state == null ? before.get().state() : state);
        if (after.isEmpty()) {
            return new Outcome.Conflict<>(repository.byId(id).orElseThrow());
        }
        String action = before.get().state() != after.get().state()
                ? (after.get().archived() ? "archive story" : "reopen story") : "change story";
        history.record(id, action, "story", after.get().slug(), after.get().name(), content(before.get()), content(after.get()));
        changes.announce(new Change(id, "stories", "story:" + after.get().slug()));
        return new Outcome.Saved<>(after.get());
    }

    /** An editor puts an article the desk holds on a story (an open one). */
    @Override
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<StoryName> addArticle(StoryName story, ArticleId article) {
        Optional<String> title = repository.articleTitle(article);
        if (title.isEmpty()) {
            return new Outcome.Missing<>("There is no article " + article);
        }
        if (repository.byId(story.id()).map(Story::archived).orElse(true)) {
            return new Outcome.Refused<>(archived(story));
        }
        if (!repository.add(story.id(), article, Editors.current())) {
            return new Outcome.Refused<>("The article is on “" + story.name() + "” already");
        }
        history.record(story.id(), "add article", "article", article.toString(), title.get(), null, Map.of("story", story.slug()));
        filed(story.id(), List.of(article), List.of());
        return new Outcome.Saved<>(story);
    }

    /**
     * An editor takes an article out of a story. The article stays on the desk (on no story, if it
     * was on this one only); the story is merged again without it, and what editors did with the
     * story's items stays on the items that remain.
     */
    @Override
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<StoryName> takeOut(StoryName story, ArticleId article) {
        Optional<String> title = repository.articleTitle(article);
        if (title.isEmpty()) {
            return new Outcome.Missing<>("There is no article " + article);
        }
        if (!repository.remove(story.id(), article)) {
            return new Outcome.Refused<>("The article is not on “" + story.name() + "”");
        }
        history.record(story.id(), "take out article", "article", article.toString(), title.get(), Map.of("story", story.slug()), null);
        filed(story.id(), List.of(), List.of(article));
        return new Outcome.Saved<>(story);
    }

    /** An editor moves an article from one story to another (an open one): out of the first, onto the second, at once. */
    @Override
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<StoryName> move(ArticleId article, StoryName from, StoryName to) {
        if (from.id().equals(to.id())) {
            return new Outcome.Refused<>("The article is on “" + to.name() + "” already");
        }
        Optional<String> title = repository.articleTitle(article);
        if (title.isEmpty()) {
            return new Outcome.Missing<>("There is no article " + article);
        }
        if (repository.byId(to.id()).map(Story::archived).orElse(true)) {
            return new Outcome.Refused<>(archived(to));
        }
        if (!repository.remove(from.id(), article)) {
            return new Outcome.Refused<>("The article is not on “" + from.name() + "”");
        }
        boolean added = repository.add(to.id(), article, Editors.current());
        Map<String, Object> moved = new LinkedHashMap<>();
        moved.put("from", from.slug());
        moved.put("to", to.slug());
        history.record(from.id(), "move article", "article", article.toString(), title.get(), Map.of("story", from.slug()), moved);
        history.record(to.id(), "move article", "article", article.toString(), title.get(), Map.of("story", from.slug()), moved);
        filed(from.id(), List.of(), List.of(article));
        if (added) {
            filed(to.id(), List.of(article), List.of());
        }
        return new Outcome.Saved<>(to);
    }

    /** An article stored (or stored again) onto a story: it is on it, in the same transaction. */
    @EventListener
    void onFiled(ArticleFiled filed) {
        if (repository.add(filed.story(), filed.article(), filed.by())) {
            filed(filed.story(), List.of(filed.article()), List.of());
        }
    }

    private void filed(StoryId story, List<ArticleId> added, List<ArticleId> removed) {
        events.publishEvent(new StoryArticlesChanged(story, added, removed));
        changes.announce(new Change(story, "articles", String.join(" ",
                java.util.stream.Stream.concat(added.stream(), removed.stream()).map(a -> "article:" + a).toList())));
    }

    static String archived(StoryName story) {
        return "The story “" + story.name() + "” is archived: it takes no new articles. Open it again first, or choose an open story.";
    }

    private Optional<String> problem(String name, String description, @Nullable StoryId self) {
        if (name.isEmpty()) {
            return Optional.of("A story needs a name");
        }
        if (Text.holdsNul(name) || Text.holdsNul(description)) {
            return Optional.of("A story's name and description may not hold a NUL character (\\u0000)");
        }
        if (name.length() > MAX_NAME) {
            return Optional.of("A story's name may be at most " + MAX_NAME + " characters");
        }
        if (description.length() > MAX_DESCRIPTION) {
            return Optional.of("A story's description may be at most " + MAX_DESCRIPTION + " characters");
        }
        if (repository.nameTaken(name, self)) {
            return Optional.of("There is a story called “" + name + "” already: give this one another name");
        }
        return Optional.empty();
    }

    private static String clean(@Nullable String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    private static Map<String, Object> content(Story story) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("name", story.name());
        content.put("description", story.description());
        content.put("state", story.state().code());
        return content;
    }
}
