package org.storydesk.base.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is writing, for the services that record it: the logged-in account, from the UI or the API. */
public final class Editors {

    private Editors() {
    }

    /** The name of the account making the current request. */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No one is logged in");
        }
        return authentication.getName();
    }

    /** Whether the current request came in with an API token rather than a password. */
    public static boolean viaToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof ViaToken;
    }

    /** Marks a request let in by an API token: which one. */
    public record ViaToken(long tokenId, String tokenName) {
    }
}
