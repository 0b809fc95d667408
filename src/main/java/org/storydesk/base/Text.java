package org.storydesk.base;

import java.util.Collection;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What any text an editor or a script hands in must be, wherever it comes from (a form, the
 * API, an upload): PostgreSQL keeps no NUL character in text, so such text is refused with a
 * reason, never half-stored and never a server error.
 */
public final class Text {

    private Text() {
    }

    public static boolean holdsNul(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    /** Why {@code what} cannot be kept, if it holds a NUL character: {@code The note may not hold …}. */
    public static Optional<String> nulIn(String what, @Nullable CharSequence text) {
        return holdsNul(text) ? Optional.of(what + " may not hold a NUL character (\\u0000)") : Optional.empty();
    }

    public static Optional<String> nulIn(String what, @Nullable Collection<? extends CharSequence> texts) {
        return texts == null ? Optional.empty() : texts.stream().filter(Text::holdsNul).findFirst().flatMap(text -> nulIn(what, text));
    }
}
