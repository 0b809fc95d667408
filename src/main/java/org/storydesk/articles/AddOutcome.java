package org.storydesk.articles;

/** What became of an article an editor added. The caller says so to the editor. */
public sealed interface AddOutcome {

    /** Stored as a new article (or a new version of a seed file); analysis follows in the background. */
    record Added(Article article) implements AddOutcome {
    }

    /** The same text is already in the story: it is one article. */
    record AlreadyStored(Article article) implements AddOutcome {
    }

    /** Nothing was stored, for the reason given, in words an editor can act on. */
    record Rejected(String reason) implements AddOutcome {
    }
}
