package org.storydesk.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs: how a name becomes the id of a story in links and the API ({@code paris-coalition-summit}).
 * Lower-case letters and digits joined by hyphens, accents dropped, never digits alone (a number
 * after {@code /stories/} is an article's old link), at most 80 characters.
 */
public final class Slugs {

    public static final int LONGEST = 80;

    private Slugs() {
    }

    /** The slug of a name; a name with no letters or digits in it gives {@code story}. */
    public static String of(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > LONGEST) {
            slug = slug.substring(0, LONGEST).replaceAll("-[^-]*$", "");
        }
        if (slug.isEmpty()) {
            return "story";
        }
        return slug.matches("[0-9]+") ? "story-" + slug : slug;
    }

    /** Whether a text is a slug as stories keep them. */
    public static boolean isSlug(String text) {
        return text != null && text.length() <= LONGEST && text.matches("[a-z0-9]+(-[a-z0-9]+)*") && !text.matches("[0-9]+");
    }
}
