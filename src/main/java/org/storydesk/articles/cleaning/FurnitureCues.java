package org.storydesk.articles.cleaning;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language of page furniture: what a site says to its reader about itself (sign up,
 * share, comment, rate, our privacy policy) rather than what a reporter writes about the
 * world. These are phrases of the genre, found across outlets, not lines of any one page.
 * Words inside quotation marks are someone's speech and never count as furniture.
 */
final class FurnitureCues {

    /** Phrases that only furniture uses, wherever they stand in a block. */
    private static final List<Pattern> STRONG = patterns(
            "privacy (policy|notice|statement)", "terms (of (service|use)|and conditions|& conditions)",
            "all rights reserved", "©", "\\(c\\) \\d{4}", "copyright \\d{4}", "recaptcha", "unsubscribe",
            "story continues below", "continues? (reading )?below (the )?advert", "^advertisement$", "^advertising$",
            "^ad(vertisement)? ?-", "adchoices", "^sponsored( content)?$", "sponsored content", "skip to (main )?content",
            "skip navigation", "commenting policy", "community guidelines", "average rating", "vote count",
            "no votes (so far|yet)", "rate (this|it)\\b", "click (on )?a star", "was this (article|story|post|page) (helpful|useful)",
            "how useful was this", "you (may|might) also (like|enjoy)", "recommended for you", "more (stories|news) from",
            "^related( stories| articles| content| coverage| links)?:?( |$)", "^read (more|next|also)\\b", "^most (popular|read|viewed|shared)$",
            "^trending( now| stories| topics)?:?$", "^(top|latest) (stories|news|headlines)$", "editor'?s'? picks",
            "free (articles?|stories) (remaining|left)", "already (a subscriber|have an account)",
            "subscribe (now|today|for|to (our|the))", "sign up (for|to) (our|the|a) ", "sign up (now|today|here)",
            "newsletters?( today)?!", "delivered (straight |directly )?to your inbox", "to your inbox", "in your inbox",
            "(we|this site) uses? cookies", "cookie (policy|settings|preferences)", "accept (all )?cookies",
            "by (submitting|providing|entering|signing|clicking|continuing|subscribing|registering)\\b.{0,80}\\byou\\b",
            "you (are consenting|consent|agree) to", "marketing (emails|communications)", "email address will not be published",
            "required fields are marked", "you must be logged in", "log ?in to (comment|post|reply|continue)",
            "(leave|post|add) a (comment|reply)", "join the (conversation|discussion)\\b", "^comments?( \\(\\d+\\))?$",
            "share (this|on|via|to) ", "^share( this)?( (story|article|item|page|post))?$", "follow us (on|at)", "open in (the )?app",
            "download (our|the) (free )?app", "get the (free )?app", "add .{1,40} to (your )?home screen",
            "breaking news alerts", "push notifications", "^\\d+ min(ute)?s? read$", "^listen to (this|the) (article|story)",
            "^(click|tap) (here|to|on)\\b", "^(print|email|save|copy link)( this)?( article| story)?$",
            "^(photo|image|video|illustration|file photo|credit)s?:", "^(click|tap) to (play|watch|view|enlarge)",
            "^(watch|listen)( now| live)?:", "^(video|audio|gallery) ?(link|player)?:?$", "^headline link$",
            "^(follow|like) us\\b", "^(facebook|twitter|instagram|linkedin|tiktok|youtube|whatsapp|telegram|reddit|bluesky|x)$",
            "\\bsocial (media )?handles?\\b", "(save|remember) my (name|details)", "next time i comment", "^post comment$",
            "^back to top$", "^(advertise|submit a letter)\\b");

    /** Words of furniture that also occur in prose: they count only with an imperative or a "you". */
    private static final Pattern WEAK = Pattern.compile(
            "\\b(newsletters?|subscribe|subscription|subscriber|sign(ing)? up|register|log ?in|account|email|inbox|"
                    + "alerts?|notifications?|share|comments?|commenting|rate|rating|vote|app|download|home screen|"
                    + "browser|bookmark|click|tap|follow)\\b");

    /** A block that opens with an order to the reader. */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(please )?(sign|subscribe|click|tap|share|follow|download|get|join|read|watch|listen|add|press|select|"
                    + "leave|register|log|enter|choose|want|like|visit|explore|discover|stay|never miss|don't miss|start|save|"
                    + "be the first|see|view|learn more|find out|install|allow|enable|accept|reject|manage|continue)\\b");

    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(you|your|yours|you're|you've|you'll)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“”][^\"“”]*[\"“”]");
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+|\\S+@\\S+\\.\\w+");

    private FurnitureCues() {
    }

    /** Whether the block speaks the language of furniture. */
    static boolean isFurniture(String block) {
        return strength(block) != Strength.NONE;
    }

    enum Strength { NONE, WEAK, STRONG }

    /**
     * How surely the block is furniture: STRONG for phrases only furniture uses; WEAK for a block
     * that merely talks to "you" or opens with an order, which an article's own list of
     * instructions may also do, so its neighbours decide.
     */
    static Strength strength(String block) {
        String text = unquoted(block).toLowerCase(Locale.ROOT).strip();
        if (text.isEmpty()) {
            return Strength.NONE;
        }
        for (Pattern pattern : STRONG) {
            if (pattern.matcher(text).find()) {
                return Strength.STRONG;
            }
        }
        int words = Words.count(text);
        long you = SECOND_PERSON.matcher(text).results().count();
        boolean weak = WEAK.matcher(text).find();
        boolean imperative = IMPERATIVE.matcher(text).find();
        if (imperative && (weak || you > 0) || weak && you > 0 && words <= 40) {
            return Strength.WEAK;
        }
        // Reporters write about the world in the third person; a site talks to "you".
        return words > 0 && you >= 2 && (double) you / words >= 0.12 ? Strength.WEAK : Strength.NONE;
    }

    static double linkDensity(String block) {
        int words = Math.max(1, Words.count(block));
        return (double) URL.matcher(block).results().count() / words;
    }

    private static String unquoted(String block) {
        return QUOTED.matcher(block).replaceAll(" ");
    }

    private static List<Pattern> patterns(String... regexes) {
        return Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
