package org.storydesk.tokens;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An API token as the desk keeps it: never the token itself, only its name, who it acts for,
 * and its first characters ({@code hint}) so its holder can tell which it is.
 */
public record ApiToken(TokenId id, String name, String account, String hint, Instant created, @Nullable Instant lastUsed,
                       @Nullable Instant revoked, @Nullable String revokedBy) {

    public boolean live() {
        return revoked == null;
    }
}
