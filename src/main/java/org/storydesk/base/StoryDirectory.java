package org.storydesk.base;

import java.util.List;
import java.util.Optional;

/**
 * The desk's stories as every feature and the shell need them: a story by its slug or id, the
 * first story (today's links and API calls without a story land on it), and the stories an
 * article is on. The stories feature provides it; the shell and the other features know no more
 * of stories than this.
 */
public interface StoryDirectory {

    Optional<StoryName> bySlug(String slug);

    Optional<StoryName> byId(StoryId id);

    /** The desk's first story, the one a new user lands on; empty while the desk has none. */
    Optional<StoryName> first();

    /** Every story of the desk, the open ones first, each in the order they were created: for an editor to choose from. */
    List<StoryName> all();

    /** The stories an article is on, in the order they were created. */
    List<StoryName> of(ArticleId article);

    /** Whether an article is on a story. */
    default boolean holds(StoryId story, ArticleId article) {
        return of(article).stream().anyMatch(on -> on.id().equals(story));
    }
}
