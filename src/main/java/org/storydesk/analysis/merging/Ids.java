package org.storydesk.analysis.merging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** The ids of merged items: derived from what the item is, so the same story merged again gives the same ids. */
final class Ids {

    private Ids() {
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… where it is taken; the id returned is taken from then on. */
    static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
