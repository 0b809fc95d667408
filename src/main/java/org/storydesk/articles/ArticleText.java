package org.storydesk.articles;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.util.unit.DataSize;

/**
 * Whether what an editor handed in is an article's text at all: not empty, not a binary file,
 * not larger than the newsroom allows. Each refusal says what is wrong.
 */
final class ArticleText {

    private ArticleText() {
    }

    /** The text, or why it cannot be an article. */
    static Result read(byte[] content, DataSize limit) {
        if (content.length > limit.toBytes()) {
            return new Result(Optional.empty(), Optional.of("The article is " + size(content.length)
                    + "; the most an article may be is " + size(limit.toBytes()) + "."));
        }
        if (looksBinary(content)) {
            return new Result(Optional.empty(), Optional.of(
                    "This is not text: it looks like a binary file (an image, a PDF or a word-processor file). "
                            + "Paste the article's text or upload a .txt or .html file."));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            // Older pages saved as Windows-1252 are still text: mostly ASCII with a few accented letters.
            if (highBytesShare(content) > 0.3) {
                return new Result(Optional.empty(), Optional.of(
                        "This is not readable text (it is neither UTF-8 nor a Western text encoding). "
                                + "Save the article as UTF-8 text and try again."));
            }
            text = new String(content, Charset.forName("windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Result(Optional.empty(), Optional.of("The article is empty: paste or upload its text."));
        }
        return new Result(Optional.of(text), Optional.empty());
    }

    record Result(Optional<String> text, Optional<String> refusal) {
    }

    /** NUL bytes or many control characters mean a binary file; text has neither. */
    private static boolean looksBinary(byte[] content) {
        int sample = Math.min(content.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 100 > sample;
    }

    private static double highBytesShare(byte[] content) {
        int high = 0;
        for (byte b : content) {
            if ((b & 0x80) != 0) {
                high++;
            }
        }
        return content.length == 0 ? 0 : (double) high / content.length;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
