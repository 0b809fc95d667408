package org.storydesk.base.security;

/** Role names as Spring Security and {@code @RolesAllowed} spell them. */
public final class Roles {

    public static final String EDITOR = "EDITOR";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
