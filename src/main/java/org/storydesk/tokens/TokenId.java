package org.storydesk.tokens;

/** One API token, whatever became of it. */
public record TokenId(long value) {

    public static TokenId of(long value) {
        return new TokenId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
