package org.storydesk.base.database;

/** Searching text in SQL with {@code LIKE}/{@code ILIKE}: what an editor typed, matched as typed. */
public final class Like {

    private Like() {
    }

    /** A pattern for text containing {@code words}, whose own {@code %}, {@code _} and {@code \} match themselves. */
    public static String containing(String words) {
        return "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
