package org.storydesk.articles.cleaning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Separates the article from the page around it.
 *
 * <p>Each line of the page is a block. A block is first judged on its own, as jusText does: its
 * length, how dense it is in function words (prose is, menus are not), its links, and whether it
 * speaks the language of furniture. Then on its neighbours: a short line between two paragraphs of
 * the article is a subheading or a one-line paragraph; a short line among furniture is furniture.
 * Three page structures are recognised on top: captions (a "play video" or "Photo:" marker and the
 * lines that belong to it, or a line that ends in a photo credit), lists of other stories under a
 * "You may also like" or "Trending" heading, and the header (headline, byline, date) above the body.
 */
public final class PageCleaner {

    private static final int SHORT_CHARS = 70;
    private static final int LONG_CHARS = 200;
    private static final double STOP_LOW = 0.25;
    private static final double STOP_HIGH = 0.30;
    private static final double MAX_LINK_DENSITY = 0.2;

    private static final Pattern MEDIA_MARKER = Pattern.compile(
            "(?i)^(click|tap) to (play|watch|view)\\b.*|^(watch|video|photo|image|gallery|listen)( now)?:.*");
    /** "… before departing on official business. The Harbour Post": a caption ending in its credit. */
    private static final Pattern ENDS_WITH_CREDIT = Pattern.compile(
            "(?s).*[.!?]\\s+(?:(?:\\p{Lu}[\\p{L}'’.\\-]*|/|of|and)\\s*){1,5}$|(?s).*\\((?:[^()]*\\b(?:Photo|Image|Credit|Getty|File)\\b[^()]*)\\)\\s*$"
                    + "|(?s).*\\b(?:Photo|Image|Picture|Credit)s?\\s*(?:by|:)\\s*[\\p{Lu}][^.]{0,60}$");
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?i)^(you (may|might) also (like|enjoy)|related( stories| articles| content| coverage)?|read (more|next|also)|"
                    + "more (stories|news|from .*)|most (popular|read|viewed|shared)|trending( now| stories)?|"
                    + "recommended( for you| stories)?|(top|latest) (stories|news|headlines)|editor'?s'? picks|what to read next)\\s*:?$");
    private static final Pattern TEASER_END = Pattern.compile("(\\.{3,}|…\\.?)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦*\\-–]+\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]*$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;,]$|[.!?][\"”’')]+$");

    private final HtmlPages html = new HtmlPages();

    /** Cleans plain text copied from a page. */
    public CleanPage cleanText(String raw) {
        return clean(raw, PageMetadata.NONE, true);
    }

    /** Cleans an HTML page: its text is taken with jsoup (never rendered) and its markup lends metadata. */
    public CleanPage cleanHtml(String raw) {
        HtmlPages.HtmlText text = html.toText(raw);
        return clean(text.text(), text.metadata(), false);
    }

    private CleanPage clean(String raw, PageMetadata fromMarkup, boolean typed) {
        List<Block> blocks = blocks(raw);
        judgeAlone(blocks);
        // Text typed or pasted as "Headline, blank line, article" opens with its title: a short line a
        // page's neighbours would otherwise judge as furniture, at the very top of a page with no header.
        boolean titledFirstLine = typed && blocks.size() > 1 && blocks.getFirst().kind == Kind.SHORT && blocks.getFirst().blankAfter
                && isHeadline(blocks.getFirst().text);
        markCaptions(blocks);
        markStoryLists(blocks);
        int bodyFrom = markHeader(blocks);
        promoteRunsOfProse(blocks);
        reviseByNeighbours(blocks);

        Optional<String> headline = headline(blocks, bodyFrom, titledFirstLine);
        List<Block> body = blocks.stream().filter(block -> block.kind == Kind.GOOD).toList();
        if (body.isEmpty()) {
            // A short text with no page around it (a pasted paragraph or two) is all article.
            body = blocks.stream()
                    .filter(block -> block.kind != Kind.META && block.kind != Kind.HEADER)
                    .filter(block -> !FurnitureCues.isFurniture(block.text) && !MEDIA_MARKER.matcher(block.text).matches())
                    .filter(block -> isShortSentence(block.text) || Words.count(block.text) >= 8)
                    .toList();
        }
        String text = body.stream().map(block -> block.text).collect(Collectors.joining("\n\n"));

        PageMetadata fromText = new PageMetadata(
                Outlets.find(blocks.stream().map(block -> block.text).toList()),
                headline,
                blocks.stream().map(block -> block.byline).flatMap(Optional::stream).findFirst(),
                published(blocks));
        return new CleanPage(text, fromMarkup.orElse(fromText));
    }

    private static List<Block> blocks(String raw) {
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        boolean blankBefore = true;
        for (String line : lines) {
            String text = BULLET.matcher(line.replace('\u00A0', ' ').strip()).replaceFirst("").strip();
            if (text.isEmpty() || Words.count(text) == 0) {
                blankBefore = true;
                if (!blocks.isEmpty()) {
                    blocks.getLast().blankAfter = true;
                }
                continue;
            }
            Block block = new Block(blocks.size(), text, blankBefore);
            blocks.add(block);
            blankBefore = false;
        }
        return blocks;
    }

    private static void judgeAlone(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = block.text;
            block.byline = Bylines.parse(text);
            if (block.byline.isEmpty() && i + 1 < blocks.size()) {
                block.byline = Bylines.bareName(text, blocks.get(i + 1).text);
            }
            boolean dateLine = PublicationDates.isDateLine(text);
            if (block.byline.isPresent() || dateLine || Outlets.isCredit(text)) {
                block.kind = Kind.META;
                block.headerCandidate = block.byline.isPresent() || dateLine;
            } else if (FurnitureCues.strength(text) == FurnitureCues.Strength.WEAK) {
                block.kind = Kind.WEAK_BAD;
            } else if (FurnitureCues.isFurniture(text) || FurnitureCues.linkDensity(text) > MAX_LINK_DENSITY
                    || MEDIA_MARKER.matcher(text).matches() || isCaptionWithCredit(text)) {
                block.kind = Kind.BAD;
            } else if (text.length() < SHORT_CHARS) {
                block.kind = Kind.SHORT;
            } else {
                double stop = Words.stopWordDensity(text);
                if (stop >= STOP_HIGH) {
                    block.kind = text.length() > LONG_CHARS || isWholeSentence(text) ? Kind.GOOD : Kind.NEAR_GOOD;
                } else if (stop >= STOP_LOW) {
                    block.kind = Kind.NEAR_GOOD;
                } else {
                    block.kind = Kind.BAD;
                }
            }
        }
    }

    /** A paragraph of one or more complete sentences, long enough to be the article's and not a label. */
    private static boolean isWholeSentence(String text) {
        return Words.count(text) >= 15 && SENTENCE_END.matcher(text).find()
                && (Character.isUpperCase(text.codePointAt(0)) || "\"“‘'".indexOf(text.charAt(0)) >= 0);
    }

    /** Paragraphs of prose come in runs: near-good blocks side by side are the article's. */
    private static void promoteRunsOfProse(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind != Kind.NEAR_GOOD) {
                continue;
            }
            int j = i + 1;
            while (j < blocks.size() && (blocks.get(j).kind == Kind.SHORT)) {
                j++;
            }
            if (j < blocks.size() && (blocks.get(j).kind == Kind.NEAR_GOOD || blocks.get(j).kind == Kind.GOOD)) {
                blocks.get(i).kind = Kind.GOOD;
                if (blocks.get(j).kind == Kind.NEAR_GOOD) {
                    blocks.get(j).kind = Kind.GOOD;
                }
            }
        }
    }

    private static boolean isCaptionWithCredit(String text) {
        // A paragraph that ends in a quotation or a full stop is prose; a trailing credit marks a caption.
        return Words.count(text) >= 6 && ENDS_WITH_CREDIT.matcher(text).matches() && !TERMINAL.matcher(text).find();
    }

    /**
     * A media marker ("Click to play video: 'Title'") owns the lines that follow it: the title again,
     * and a description, as far as the page groups them (no blank line between, or furniture right after).
     */
    private static void markCaptions(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block marker = blocks.get(i);
            if (!MEDIA_MARKER.matcher(marker.text).matches()) {
                continue;
            }
            int j = i + 1;
            if (j < blocks.size() && isTitleRepeat(marker.text, blocks.get(j).text)) {
                blocks.get(j).kind = Kind.BAD;
                j++;
            }
            if (j < blocks.size() && blocks.get(j).kind != Kind.META) {
                Block description = blocks.get(j);
                boolean grouped = !description.blankBefore && pageSeparatesParagraphsWithBlankLines(blocks);
                boolean closedByFurniture = j + 1 >= blocks.size() || blocks.get(j + 1).kind == Kind.BAD;
                if (grouped || closedByFurniture) {
                    description.kind = Kind.BAD;
                }
            }
        }
    }

    private static boolean isTitleRepeat(String marker, String line) {
        String title = line.strip();
        return title.length() >= 8 && marker.contains(title);
    }

    private static boolean pageSeparatesParagraphsWithBlankLines(List<Block> blocks) {
        long prose = blocks.stream().filter(block -> block.kind == Kind.GOOD || block.kind == Kind.NEAR_GOOD).count();
        long separated = blocks.stream()
                .filter(block -> block.kind == Kind.GOOD || block.kind == Kind.NEAR_GOOD)
                .filter(block -> block.blankBefore)
                .count();
        return prose > 0 && separated * 10 >= prose * 6;
    }

    /**
     * Under a "You may also like" or "Trending" heading come other stories: headlines and teasers
     * that trail off. The list ends where the article's prose resumes.
     */
    private static void markStoryLists(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!LIST_HEADING.matcher(blocks.get(i).text).matches()) {
                continue;
            }
            blocks.get(i).kind = Kind.BAD;
            int j = i + 1;
            while (j < blocks.size() && looksLikeListItem(blocks.get(j))) {
                blocks.get(j).kind = Kind.BAD;
                j++;
            }
        }
    }

    private static boolean looksLikeListItem(Block block) {
        String text = block.text;
        if (block.kind == Kind.META) {
            return false; // a byline or date line opens an article, not an item of a list
        }
        if (block.kind == Kind.BAD || block.kind == Kind.WEAK_BAD || block.kind == Kind.SHORT
                || LIST_HEADING.matcher(text).matches()) {
            return true;
        }
        if (TEASER_END.matcher(text).find()) {
            return true;
        }
        return isTitleLike(text) && (Words.capitalisedShare(text) >= 0.5 || !TERMINAL.matcher(text).find());
    }

    /**
     * Headline, byline and date stand above the article. A byline or date line with most of the
     * prose below it is the header's end: what stands above it (the headline, captions) is not the
     * body. A byline at the foot of the article ends nothing.
     */
    private static int markHeader(List<Block> blocks) {
        int headerEnd = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.headerCandidate) {
                continue;
            }
            int proseBefore = prose(blocks.subList(0, i));
            int proseAfter = prose(blocks.subList(i + 1, blocks.size()));
            if (proseAfter > 0 && proseAfter > 2 * proseBefore) {
                headerEnd = i;
            }
        }
        for (int i = 0; i < headerEnd; i++) {
            if (blocks.get(i).kind != Kind.META) {
                blocks.get(i).kind = Kind.HEADER;
            }
        }
        return headerEnd + 1;
    }

    private static int prose(List<Block> blocks) {
        return (int) blocks.stream().filter(block -> block.kind == Kind.GOOD || block.kind == Kind.NEAR_GOOD).count();
    }

    /**
     * jusText's second stage. Short blocks take the class of their nearest substantial
     * neighbours; near-good blocks are good unless furniture surrounds them.
     */
    private static void reviseByNeighbours(List<Block> blocks) {
        Kind[] revised = new Kind[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            revised[i] = block.kind;
            if (block.kind != Kind.SHORT && block.kind != Kind.WEAK_BAD) {
                continue;
            }
            Kind before = neighbour(blocks, i, -1, true);
            Kind after = neighbour(blocks, i, +1, true);
            if (before == Kind.GOOD && after == Kind.GOOD) {
                revised[i] = Kind.GOOD;
            } else if (block.kind == Kind.WEAK_BAD || before == Kind.BAD && after == Kind.BAD) {
                revised[i] = Kind.BAD;
            } else if ((before == Kind.BAD && neighbour(blocks, i, -1, false) == Kind.NEAR_GOOD)
                    || (after == Kind.BAD && neighbour(blocks, i, +1, false) == Kind.NEAR_GOOD)) {
                revised[i] = Kind.GOOD;
            } else if (isShortSentence(block.text)) {
                // "No new talks had been scheduled." closes many an article.
                revised[i] = Kind.GOOD;
            } else {
                revised[i] = Kind.BAD;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind == Kind.SHORT || blocks.get(i).kind == Kind.WEAK_BAD) {
                blocks.get(i).kind = revised[i];
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind != Kind.NEAR_GOOD) {
                continue;
            }
            Kind before = neighbour(blocks, i, -1, true);
            Kind after = neighbour(blocks, i, +1, true);
            revised[i] = before == Kind.BAD && after == Kind.BAD ? Kind.BAD : Kind.GOOD;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind == Kind.NEAR_GOOD) {
                blocks.get(i).kind = revised[i];
            }
        }
    }

    private static boolean isShortSentence(String text) {
        String opening = text.replaceFirst("^[\"“‘'(]+", "");
        return Words.count(text) >= 5 && SENTENCE_END.matcher(text).find() && !opening.isEmpty()
                && Character.isUpperCase(opening.codePointAt(0)) && Words.stopWordDensity(text) >= STOP_LOW;
    }

    /** The nearest block in a direction that is good or bad (or near-good, unless ignored); the page's edges are bad. */
    private static Kind neighbour(List<Block> blocks, int from, int step, boolean ignoreNearGood) {
        for (int i = from + step; i >= 0 && i < blocks.size(); i += step) {
            Kind kind = blocks.get(i).kind;
            switch (kind) {
                case GOOD:
                    return Kind.GOOD;
                case NEAR_GOOD:
                    if (!ignoreNearGood) {
                        return Kind.NEAR_GOOD;
                    }
                    break;
                case SHORT, WEAK_BAD:
                    break;
                default:
                    return Kind.BAD;
            }
        }
        return Kind.BAD;
    }

    /**
     * The headline stands just above the byline or date; on a page without such a header, it is
     * the first line, if that line reads as a title and the article follows it.
     */
    private static Optional<String> headline(List<Block> blocks, int bodyFrom, boolean titledFirstLine) {
        Optional<Integer> firstHeaderLine = blocks.stream()
                .filter(block -> block.headerCandidate && block.index < Math.max(bodyFrom, 1))
                .map(block -> block.index)
                .min(Comparator.naturalOrder());
        if (firstHeaderLine.isPresent()) {
            for (int i = firstHeaderLine.get() - 1; i >= Math.max(0, firstHeaderLine.get() - 4); i--) {
                Block block = blocks.get(i);
                if (isHeadline(block.text)) {
                    block.kind = Kind.HEADER;
                    return Optional.of(block.text);
                }
            }
        }
        if (titledFirstLine && blocks.get(1).kind == Kind.GOOD) {
            blocks.getFirst().kind = Kind.HEADER;
            return Optional.of(blocks.getFirst().text);
        }
        for (int i = 0; i < blocks.size() - 1; i++) {
            Block block = blocks.get(i);
            if (block.kind == Kind.BAD || block.kind == Kind.META || block.kind == Kind.HEADER) {
                continue;
            }
            Block next = blocks.get(i + 1);
            boolean articleFollows = next.kind == Kind.GOOD || next.kind == Kind.META;
            if (isHeadline(block.text) && articleFollows) {
                block.kind = Kind.HEADER;
                return Optional.of(block.text);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isHeadline(String text) {
        return isTitleLike(text) && Words.count(text) >= 3 && !FurnitureCues.isFurniture(text)
                && !MEDIA_MARKER.matcher(text).matches() && !isCaptionWithCredit(text)
                && !SENTENCE_BREAK.matcher(text).find();
    }

    private static boolean isTitleLike(String text) {
        int words = Words.count(text);
        return words <= 25 && !TERMINAL.matcher(text).find() || words <= 25 && text.endsWith("?") || words <= 25 && text.endsWith("!");
    }

    /**
     * The publication date: from a date line or credit, or a date labelled as such in the page's
     * furniture ("date 2026-01-06"); a published date beats an unlabelled one beats an update.
     */
    private static Optional<LocalDate> published(List<Block> blocks) {
        record Candidate(int rank, int index, LocalDate date) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Block block : blocks) {
            boolean dateLine = block.kind == Kind.META && block.byline.isEmpty();
            boolean labelledInFurniture = block.kind != Kind.GOOD && Words.count(block.text) <= 25
                    && PublicationDates.isLabelled(block.text);
            if (dateLine || labelledInFurniture) {
                int rank = Outlets.isCredit(block.text) ? 0 : PublicationDates.rank(block.text);
                PublicationDates.find(block.text).ifPresent(date -> candidates.add(new Candidate(rank, block.index, date)));
            }
        }
        return candidates.stream()
                .min(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::index))
                .map(Candidate::date);
    }

    /** WEAK_BAD: talks to the reader like furniture, but an article's own instructions may too. */
    private enum Kind { GOOD, NEAR_GOOD, SHORT, WEAK_BAD, BAD, META, HEADER }

    private static final class Block {
        final int index;
        final String text;
        final boolean blankBefore;
        boolean blankAfter;
        Kind kind;
        Optional<String> byline = Optional.empty();
        boolean headerCandidate;

        Block(int index, String text, boolean blankBefore) {
            this.index = index;
            this.text = text;
            this.blankBefore = blankBefore;
        }

        @Override
        public String toString() {
            return kind + ": " + text;
        }
    }
}
