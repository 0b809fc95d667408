package org.storydesk.tokens;

/** What became of an editor's request for a new token. */
public sealed interface TokenOutcome {

    /** Created: {@code secret} is the token, shown now and never again. */
    record Created(ApiToken token, String secret) implements TokenOutcome {
    }

    /** Nothing was created, for this reason. */
    record Refused(String reason) implements TokenOutcome {
    }
}
