package org.storydesk.analysis.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.storydesk.analysis.extraction.ArticleAnalysis.EventFound;
import org.storydesk.analysis.extraction.NlpDocument.Mention;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * The dated happenings of an article: one per sentence that dates what it reports ("Monday",
 * "Tuesday evening", "last month", "Jan. 6"), read by SUTime against the publication date;
 * "the day before the vote" read against the vote's own date; and, in a story with a dateline,
 * what the reporter places earlier or later that day. Durations and futures ("over the next
 * five years", "in the coming years") date nothing, and neither do words inside quotes.
 */
final class Events {

    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(?:T(MO|AF|EV|NI|\\d{2}(?::\\d{2})?))?.*");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    /** Spans and futures of no fixed day: "the coming years", "over the next five years", "within months". */
    private static final Pattern NOT_A_DATE_OF_RECORD = Pattern.compile(
            "(?i)\\b(coming|upcoming|future|over the|within|through|until|decades?|centur\\w*)\\b"
                    + "|\\b(next|following|past|last)\\s+(\\w+\\s+)?(years|months|weeks|days|decades)\\b|\\byears\\b");
    private static final Pattern ANCHORED = Pattern.compile(
            "(?i)\\b(the|one|a|an|\\d+|two|three|four|five|six|seven)\\s+days?\\s+(before|after|prior to|ahead of|following)\\s+"
                    + "(?:the|a|this|that|last|its|their)\\s+((?:[\\p{L}’'-]+\\s*){1,5})");
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'’-]{1,40}(\\([^)]{1,40}\\))?\\s*[—–-]\\s");
    /** "an earlier press conference", "before the announcement": placed within the dateline's day. */
    private static final Pattern SAME_DAY = Pattern.compile(
            "(?i)\\b(?:an?|the|its|their)\\s+(?:earlier|later)\\s+((?:[\\p{L}-]+\\s*){1,3})|\\b(?:before|after) the (\\p{L}+)\\b");
    private static final Map<String, Integer> NUMBERS = Map.of("the", 1, "one", 1, "a", 1, "an", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7);

    private final NlpDocument document;
    private final ArticlePeople people;
    private final Clauses clauses;
    private final LocalDate published;
    private final List<QuoteSpans.Span> quotes;
    private final Map<Integer, TimexDate> sentenceDates = new LinkedHashMap<>();

    Events(NlpDocument document, ArticlePeople people, Clauses clauses, LocalDate published) {
        this.document = document;
        this.people = people;
        this.clauses = clauses;
        this.published = published;
        this.quotes = clauses.quoteSpans();
    }

    /**
     * A date as the text gives it, before anchors are followed. {@code strong} when the text names
     * the day itself (a weekday, a date, "yesterday"); a bare part of a day ("the afternoon") is weak.
     */
    private record Dated(TimexDate date, String timeOfDay, int token, String expression, DatingRule rule, boolean strong) {
        Dated(TimexDate date, String timeOfDay, int token, String expression, DatingRule rule) {
            this(date, timeOfDay, token, expression, rule, true);
        }

        /** "the day before": a day that SUTime reads against the publication date, but that only an anchor can date. */
        boolean relative() {
            return expression.toLowerCase(Locale.ROOT).matches(".*\\bdays? (before|after)\\b.*");
        }
    }

    private static final Pattern NAMES_A_DAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
                    + "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
                    + "september|october|november|december|yesterday|today|tomorrow|tonight|week|month|\\d{1,4})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** "Monday", "on Tuesday", "Tuesday evening": a weekday with nothing to say which week. */
    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "(?i)(on\\s+|last\\s+|next\\s+|this\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(\\s+(morning|afternoon|evening|night))?");
    /** "July", "in July": a month with nothing to say which year. */
    private static final Pattern BARE_MONTH = Pattern.compile(
            "(?i)(in\\s+|early\\s+|late\\s+|mid-)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
                    + "august|september|october|november|december)\\.?");
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");

    List<EventFound> find() {
        Map<Integer, List<Dated>> dated = new LinkedHashMap<>();
        for (Sentence sentence : document.sentences()) {
            if (parenthetical(sentence)) {
                continue; // "(Today, we all win.)": a translation in brackets reports nothing of its own
            }
            List<Dated> dates = timexes(sentence);
            if (!dates.isEmpty()) {
                dated.put(sentence.index(), dates);
            }
        }
        Map<Integer, Dated> explicit = new LinkedHashMap<>();
        dated.forEach((index, dates) -> dates.stream().filter(Dated::strong)
                .filter(date -> !date.relative())
                .findFirst().ifPresent(date -> explicit.put(index, date)));
        for (Sentence sentence : document.sentences()) {
            Matcher matcher = ANCHORED.matcher(sentence.text(document.text()));
            if (!matcher.find() || insideQuote(sentence.begin() + matcher.start())) {
                continue;
            }
            List<Dated> own = dated.getOrDefault(sentence.index(), List.of());
            boolean ownDay = own.stream().anyMatch(date -> date.strong() && !date.relative());
            if (ownDay) {
                continue;
            }
            // SUTime reads "the day before" against the publication date; only the anchor can date it.
            String timeOfDay = own.stream().map(Dated::timeOfDay).filter(Objects::nonNull).findFirst().orElse(null);
            dated.remove(sentence.index());
            anchored(sentence, matcher, explicit).ifPresent(date ->
                    dated.put(sentence.index(), List.of(new Dated(date.date(), timeOfDay, date.token(), date.expression(), date.rule()))));
        }
        if (published != null && DATELINE.matcher(document.text()).find()) {
            for (Sentence sentence : document.sentences()) {
                if (!dated.containsKey(sentence.index())) {
                    sameDay(sentence).ifPresent(date -> dated.put(sentence.index(), List.of(date)));
                }
            }
        }
        List<EventFound> events = new ArrayList<>();
        for (Map.Entry<Integer, List<Dated>> entry : dated.entrySet()) {
            Sentence sentence = document.sentences().get(entry.getKey());
            // One happening per clause: "lost at Westfield last week, a result Beck called embarrassing on Wednesday" is two.
            Map<Integer, Dated> byVerb = new LinkedHashMap<>();
            for (Dated date : entry.getValue()) {
                int verb = clauseVerb(sentence, date.token());
                Dated kept = byVerb.get(verb);
                if (kept == null || !kept.strong() && date.strong()) {
                    byVerb.put(verb, date);
                }
            }
            boolean anyStrong = byVerb.values().stream().anyMatch(Dated::strong);
            for (Map.Entry<Integer, Dated> clause : byVerb.entrySet()) {
                Dated date = clause.getValue();
                if (anyStrong && !date.strong()) {
                    continue;
                }
                int verb = clause.getKey();
                // A saying's date is when the sentence's quotes were said; another happening's date is not
                // ("NHTSA, which opened an evaluation in December, said …" was said when the article says).
                if (Lexicon.isSpeech(sentence.token(verb))) {
                    sentenceDates.put(sentence.index(), date.date());
                }
                if (Lexicon.SAYING_VERBS.contains(sentence.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                    // "The official said the focus of the leaders' conversations Tuesday will be on …": the reported happening is the event.
                    Optional<Integer> reported = reportedClause(sentence, verb, date.token());
                    if (reported.isPresent()) {
                        verb = reported.get();
                    } else if (speechOnly(sentence, verb)) {
                        continue; // "“…,” Roe told reporters Tuesday": the words are on the quote board, no happening on the timeline
                    }
                }
                events.add(new EventFound(date.date(), date.timeOfDay(), Summaries.of(document, sentence, verb, clauses, quotes),
                        peopleIn(sentence, verb), sentence.begin(), sentence.end(), sentence.text(document.text()), date.rule()));
            }
        }
        return events;
    }

    /** The clause a verb of saying reports, where the date belongs to it rather than to the saying: its head. */
    private Optional<Integer> reportedClause(Sentence sentence, int verb, int dateToken) {
        for (int child : sentence.children(verb)) {
            String relation = sentence.token(child).relation();
            boolean reported = (relation.equals("ccomp") || relation.equals("parataxis") || relation.equals("dep"))
                    && sentence.token(child).isVerb() && !insideQuote(sentence.token(child).begin());
            List<Integer> clause = sentence.subtree(child);
            // Within the reported clause's words, whatever the parse hung the date on.
            boolean within = clause.contains(dateToken) || clause.getFirst() < dateToken && dateToken < clause.getLast();
            if (reported && within && !insideQuote(sentence.token(dateToken).begin())) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /**
     * A verb of saying with nothing said outside quotation marks: "“…,” Roe told reporters
     * Tuesday", "she said on Monday". Who spoke to whom is no happening; what about ("spoke about
     * the importance of …", "said the talks would resume") or where ("spoke at a town hall") is.
     */
    private boolean speechOnly(Sentence sentence, int verb) {
        for (int child : sentence.children(verb)) {
            Token token = sentence.token(child);
            String relation = token.relation();
            boolean content = relation.equals("ccomp") || relation.equals("xcomp") || relation.equals("parataxis") || relation.equals("dep")
                    || relation.startsWith("obl") && !relation.equals("obl:tmod") && !addressee(sentence, child)
                    || relation.equals("advcl") || relation.equals("obj") && !addressee(sentence, child);
            if (!content || "DATE".equals(token.ner()) || "TIME".equals(token.ner())) {
                continue;
            }
            boolean outsideQuotes = sentence.subtree(child).stream().map(sentence::token)
                    .anyMatch(inner -> !inner.isPunctuation() && !insideQuote(inner.begin()) && !"DATE".equals(inner.ner())
                            && !"TIME".equals(inner.ner()));
            if (outsideQuotes) {
                return false;
            }
        }
        return true;
    }

    /** "told reporters", "spoke to supporters", "told the BBC": who was spoken to, which says nothing of what happened. */
    private boolean addressee(Sentence sentence, int noun) {
        Token token = sentence.token(noun);
        boolean to = sentence.children(noun, "case").stream().anyMatch(c -> sentence.token(c).lowerWord().equals("to"));
        boolean listener = people.at(sentence.index(), noun).isPresent() || "ORGANIZATION".equals(token.ner())
                || Lexicon.LISTENERS.contains(token.lemma().toLowerCase(Locale.ROOT));
        return (token.relation().startsWith("obj") || token.relation().equals("iobj") || to) && listener;
    }

    private boolean parenthetical(Sentence sentence) {
        String text = sentence.text(document.text()).strip();
        return text.startsWith("(") && text.endsWith(")") || text.startsWith("(") && text.endsWith(".)");
    }

    /** The date of each sentence that has one (a happening's, or a saying's), for quotes to know when they were said. */
    Map<Integer, TimexDate> sentenceDates() {
        return Map.copyOf(sentenceDates);
    }

    /**
     * The date and time expressions of the sentence that SUTime resolved, outside quotes, most
     * precise first: days before weeks before months; durations and open futures left out.
     */
    private List<Dated> timexes(Sentence sentence) {
        List<Dated> found = new ArrayList<>();
        for (Mention mention : sentence.mentions()) {
            if (!"DATE".equals(mention.type()) && !"TIME".equals(mention.type()) || mention.normalized() == null) {
                continue;
            }
            if (insideQuote(mention.begin()) || NOT_A_DATE_OF_RECORD.matcher(mention.text()).find()) {
                continue;
            }
            String value = mention.normalized();
            boolean strong = NAMES_A_DAY.matcher(mention.text()).find();
            Matcher day = DAY.matcher(value);
            if (day.matches()) {
                Optional<TimexDate> parsed = TimexDate.parse(day.group(1) + "-" + day.group(2) + "-" + day.group(3));
                if (parsed.isEmpty()) {
                    continue;
                }
                TimexDate date = parsed.get();
                if (published != null && BARE_WEEKDAY.matcher(mention.text().strip()).matches()) {
                    date = weekdayByTense(sentence, mention);
                } else if (WEEKDAY.matcher(mention.text()).find()) {
                    date = byTense(sentence, mention, date);
                } else if (published != null && !YEAR.matcher(mention.text()).find()) {
                    date = yearByTense(sentence, mention, date);
                }
                found.add(new Dated(date, timeOfDay(day.group(4), sentence, mention), mention.from(), mention.text(),
                        DatingRule.TIME_EXPRESSION, strong));
            } else if (WEEK.matcher(value).matches()) {
                TimexDate.parse(value).ifPresent(date ->
                        found.add(new Dated(date, null, mention.from(), mention.text(), DatingRule.TIME_EXPRESSION, strong)));
            } else if (MONTH.matcher(value).matches()) {
                TimexDate.parse(value).ifPresent(date -> found.add(new Dated(
                        published != null && BARE_MONTH.matcher(mention.text().strip()).matches() ? yearByTense(sentence, mention, date) : date,
                        null, mention.from(), mention.text(), DatingRule.TIME_EXPRESSION, strong)));
            }
        }
        // Days before weeks before months: the precisions are declared in that order.
        found.sort(Comparator.comparingInt((Dated date) -> date.strong() ? 0 : 1)
                .thenComparingInt(date -> date.date().precision().ordinal()));
        return found;
    }

    private enum Tense {
        PAST, FUTURE, NEITHER
    }

    /** Whether the clause a date belongs to tells of what happened or of what will: "will vote", "are planned for", "met". */
    private Tense tense(Sentence sentence, Mention mention) {
        int verb = clauseVerb(sentence, mention.from());
        // "will meet … to discuss": an infinitive or a joined verb takes the tense of the verb it hangs on.
        for (int current = verb, hops = 0; current >= 0 && hops < 3; hops++) {
            int at = current;
            boolean future = sentence.children(at).stream().map(sentence::token)
                    .anyMatch(t -> t.relation().startsWith("aux") && Lexicon.FUTURE_AUXILIARIES.contains(t.lowerWord())
                            && sentence.children(at).stream().map(sentence::token).noneMatch(other -> other.lowerWord().equals("have")))
                    || sentence.tokens().stream().anyMatch(t -> Lexicon.FUTURE_MARKERS.contains(t.lowerWord()) && Math.abs(t.index() - at) <= 3);
            if (future) {
                return Tense.FUTURE;
            }
            String relation = sentence.token(at).relation();
            boolean dependent = relation.equals("xcomp") || relation.equals("conj") || relation.startsWith("advcl")
                    && sentence.children(at, "mark").stream().anyMatch(mark -> sentence.token(mark).lowerWord().equals("to"));
            if (!dependent || sentence.token(at).pos().equals("VBD")) {
                break;
            }
            current = sentence.token(at).head();
        }
        String pos = sentence.token(verb).pos();
        return pos.equals("VBD") || pos.equals("VBN") ? Tense.PAST : Tense.NEITHER;
    }

    /**
     * A weekday named on its own ("on Monday", "Tuesday evening", "last Tuesday") is read by the tense of its
     * clause: the last one for what happened, the next one for what will, the nearest otherwise.
     * SUTime's own reading of a weekday carries over from the articles it read before (CoreNLP
     * issue 1061), so it is not used.
     */
    private TimexDate weekdayByTense(Sentence sentence, Mention mention) {
        Matcher named = WEEKDAY.matcher(mention.text());
        named.find();
        DayOfWeek weekday = DayOfWeek.valueOf(named.group(1).toUpperCase(Locale.ROOT));
        String text = mention.text().strip().toLowerCase(Locale.ROOT);
        // "last Tuesday" is a week or less before; "next Saturday" the first after; the tense decides the rest.
        Tense tense = text.startsWith("last ") ? Tense.PAST : text.startsWith("next ") ? Tense.FUTURE
                : text.startsWith("this ") ? Tense.NEITHER : tense(sentence, mention);
        boolean lastOrNext = text.startsWith("last ") || text.startsWith("next ");
        LocalDate day = switch (tense) {
            // "said on Tuesday" and "will meet on Tuesday" in a Tuesday paper are that day; "next Tuesday" is next week's.
            case PAST -> lastOrNext ? published.with(TemporalAdjusters.previous(weekday))
                    : published.with(TemporalAdjusters.previousOrSame(weekday));
            case FUTURE -> lastOrNext ? published.with(TemporalAdjusters.next(weekday)) : published.with(TemporalAdjusters.nextOrSame(weekday));
            case NEITHER -> {
                LocalDate before = published.with(TemporalAdjusters.previousOrSame(weekday));
                LocalDate after = published.with(TemporalAdjusters.nextOrSame(weekday));
                yield published.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - published.toEpochDay() ? before : after;
            }
        };
        return TimexDate.ofDay(day);
    }

    /**
     * A weekday with more to it ("last Tuesday") is the one before the publication date for what
     * happened, the one after for what will, whatever SUTime guessed.
     */
    private TimexDate byTense(Sentence sentence, Mention mention, TimexDate date) {
        if (published == null || date.toLocalDate().isEmpty()) {
            return date;
        }
        LocalDate day = date.toLocalDate().get();
        Tense tense = tense(sentence, mention);
        if (tense == Tense.PAST && day.isAfter(published)) {
            return TimexDate.ofDay(day.minusWeeks(1));
        }
        if (tense == Tense.FUTURE && day.isBefore(published)) {
            return TimexDate.ofDay(day.plusWeeks(1));
        }
        return date;
    }

    /**
     * A day or a month the text gives without its year ("in July", "on November 14") is in the
     * year before the publication date for what happened, after it for what will, and otherwise
     * the nearest: "a commitment made in July" in a March paper is last July.
     */
    private TimexDate yearByTense(Sentence sentence, Mention mention, TimexDate date) {
        if (!date.hasYear()) {
            return date;
        }
        Tense tense = tense(sentence, mention);
        LocalDate start = date.isDay() ? date.toLocalDate().orElse(null) : LocalDate.of(date.year(), date.month(), 1);
        if (start == null) {
            return date;
        }
        LocalDate end = date.isDay() ? start : start.with(TemporalAdjusters.lastDayOfMonth());
        int shift = 0;
        if (tense == Tense.PAST && start.isAfter(published)) {
            shift = -1;
        } else if (tense == Tense.FUTURE && end.isBefore(published)) {
            shift = 1;
        } else if (tense == Tense.NEITHER) {
            long days = start.toEpochDay() - published.toEpochDay();
            shift = days > 183 ? -1 : days < -183 ? 1 : 0;
        }
        if (shift == 0) {
            return date;
        }
        return date.isDay() ? date.toLocalDate(date.year() + shift).map(TimexDate::ofDay).orElse(date)
                : TimexDate.ofMonth(date.year() + shift, date.month());
    }

    private static String timeOfDay(String suffix, Sentence sentence, Mention mention) {
        if (suffix != null) {
            switch (suffix) {
                case "MO":
                    return "morning";
                case "AF":
                    return "afternoon";
                case "EV":
                    return "evening";
                case "NI":
                    return "night";
                default:
                    break;
            }
        }
        for (Token token : sentence.tokens()) {
            if (Math.abs(token.index() - mention.from()) <= 3) {
                String word = token.lowerWord();
                if (word.equals("morning") || word.equals("afternoon") || word.equals("evening") || word.equals("night")) {
                    return word;
                }
                if (word.equals("overnight") || word.equals("midnight")) {
                    return "night";
                }
                if (word.equals("noon") || word.equals("midday")) {
                    return "afternoon";
                }
            }
        }
        return null;
    }

    /** "The day before the vote", "one day before the Lisbon summit": that happening's date, a day off. */
    private Optional<Dated> anchored(Sentence sentence, Matcher matcher, Map<Integer, Dated> dated) {
        // "one day before the Lisbon summit": the happening is the first noun of a happening, else the first noun.
        List<String> words = Arrays.stream(matcher.group(3).toLowerCase(Locale.ROOT).split("[^\\p{L}’'-]+"))
                .filter(word -> !word.isEmpty()).toList();
        String noun = words.stream().filter(Lexicon.EVENT_NOUNS::contains).findFirst()
                .orElse(words.isEmpty() ? null : words.getLast());
        if (noun == null) {
            return Optional.empty();
        }
        int days = NUMBERS.getOrDefault(matcher.group(1).toLowerCase(Locale.ROOT), parse(matcher.group(1)));
        boolean before = !matcher.group(2).toLowerCase(Locale.ROOT).matches("after|following");
        Optional<TimexDate> anchor = dateOfHappening(noun, sentence.index(), dated);
        if (anchor.isEmpty() || !anchor.get().isDay()) {
            return Optional.empty();
        }
        TimexDate date = anchor.get().plusDays(before ? -days : days);
        int token = sentence.tokenAt(sentence.begin() + matcher.start());
        return Optional.of(new Dated(date, null, Math.max(token, 0), matcher.group().strip(), DatingRule.ANCHORED_TO_HAPPENING));
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The date of the happening a noun refers to: a dated sentence that names it (as a noun or a verb:
     * "the trade" / "traded", or a happening of its kind: a summit is a meeting); else the happening the
     * article leads with, when its first sentence is dated ("the day before the storm hit").
     */
    private Optional<TimexDate> dateOfHappening(String noun, int except, Map<Integer, Dated> dated) {
        // A sentence that names the very happening and gives its own day: "The council will vote on Tuesday".
        for (Map.Entry<Integer, Dated> entry : dated.entrySet()) {
            Sentence sentence = document.sentences().get(entry.getKey());
            boolean names = sentence.tokens().stream().anyMatch(token -> token.lemma().toLowerCase(Locale.ROOT).equals(noun));
            if (entry.getKey() != except && names && entry.getValue().date().isDay()) {
                return Optional.of(entry.getValue().date());
            }
        }
        // Otherwise the happening "the day before the vote" refers to is most often the one the article leads with.
        Dated lead = dated.get(0);
        if (lead != null && except != 0 && lead.date().isDay()) {
            return Optional.of(lead.date());
        }
        return namedHappening(noun, except, dated);
    }

    private Optional<TimexDate> namedHappening(String noun, int except, Map<Integer, Dated> dated) {
        String kind = Lexicon.EVENT_KIND.getOrDefault(noun, noun);
        for (Sentence sentence : document.sentences()) {
            if (sentence.index() == except) {
                continue;
            }
            boolean names = sentence.tokens().stream()
                    .map(token -> token.lemma().toLowerCase(Locale.ROOT))
                    .anyMatch(lemma -> lemma.equals(noun) || Lexicon.EVENT_KIND.getOrDefault(lemma, "").equals(kind));
            if (!names) {
                continue;
            }
            Dated own = dated.get(sentence.index());
            if (own != null && own.date().isDay()) {
                return Optional.of(own.date());
            }
            // "The vote was 9-4." right after "Council approved the levy Wednesday evening.": the vote is that happening.
            for (int back = 1; back <= 2 && sentence.index() - back >= 0; back++) {
                if (sentence.index() - back == except) {
                    continue;
                }
                Dated previous = dated.get(sentence.index() - back);
                if (previous != null && previous.date().isDay()) {
                    return Optional.of(previous.date());
                }
            }
        }
        return Optional.empty();
    }

    /** In a dateline story: "At an earlier press conference …", "… before the announcement": the dateline's day. */
    private Optional<Dated> sameDay(Sentence sentence) {
        Matcher matcher = SAME_DAY.matcher(sentence.text(document.text()));
        while (matcher.find()) {
            if (insideQuote(sentence.begin() + matcher.start())) {
                continue;
            }
            String words = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).toLowerCase(Locale.ROOT);
            boolean happening = Arrays.stream(words.split("[^\\p{L}]+")).anyMatch(Lexicon.EVENT_NOUNS::contains);
            if (!happening) {
                continue;
            }
            int token = sentence.tokenAt(sentence.begin() + matcher.start());
            return Optional.of(new Dated(TimexDate.ofDay(published), null, Math.max(token, 0), matcher.group(), DatingRule.DATELINE_DAY));
        }
        return Optional.empty();
    }

    /** The verb whose clause the date belongs to: "When Ruiz met Okafor … last month, Chile announced …" → met. */
    private static int clauseVerb(Sentence sentence, int token) {
        int current = token;
        for (int hops = 0; current >= 0 && hops < 10; hops++) {
            Token candidate = sentence.token(current);
            if (candidate.isVerb() && !candidate.relation().equals("aux") && !candidate.relation().startsWith("amod")) {
                // "will meet them on Thursday to discuss …": a purpose's infinitive is part of the happening it serves.
                boolean purpose = (candidate.relation().equals("advcl") || candidate.relation().equals("xcomp")) && candidate.head() >= 0
                        && sentence.token(candidate.head()).isVerb()
                        && sentence.children(current, "mark").stream().anyMatch(mark -> sentence.token(mark).lowerWord().equals("to"));
                return purpose ? candidate.head() : current;
            }
            if (candidate.head() < 0) {
                return current;
            }
            current = candidate.head();
        }
        return sentence.root();
    }

    /** Who is in the happening: everyone named in its clause, and the person its "he" or "she" stands for. */
    private List<String> peopleIn(Sentence sentence, int verb) {
        Set<String> names = new LinkedHashSet<>();
        List<Integer> clause = Summaries.clauseTokens(sentence, verb, true);
        Optional<Integer> subject = clauses.subject(sentence, verb);
        if (subject.isPresent()) {
            Clauses.Source source = clauses.source(sentence, subject.get());
            if (source.person() != null) {
                names.add(source.person().name());
            }
        }
        for (var mention : people.in(sentence.index())) {
            ArticlePeople.Place place = mention.getKey();
            boolean inClause = clause.stream().anyMatch(i -> i >= place.from() && i < place.to());
            if (inClause && !insideQuote(place.begin())) {
                names.add(mention.getValue().name());
            }
        }
        return List.copyOf(names);
    }

    private boolean insideQuote(int offset) {
        return QuoteSpans.covers(quotes, offset);
    }
}
