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
}
