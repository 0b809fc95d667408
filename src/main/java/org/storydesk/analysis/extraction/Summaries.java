package org.storydesk.analysis.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * A happening in a short clause, for the timeline: who did what, from the clause its date belongs
 * to, without the date itself, asides, relative clauses or long quotations. "At a news
 * conference on Tuesday, Ruiz, who is in Lisbon, said …" → "Ruiz said …".
 */
final class Summaries {

    private static final int MAX_WORDS = 16;
    private static final Set<String> LEFT_OUT = Set.of(
            "advcl", "parataxis", "punct", "discourse", "vocative", "cc", "mark", "obl:tmod", "nmod:tmod", "dep",
            "acl:relcl", "appos", "reparandum", "orphan", "list");

    private Summaries() {
    }

    static String of(NlpDocument document, Sentence sentence, int verb, Clauses clauses, List<QuoteSpans.Span> quotes) {
        List<Integer> tokens = clauseTokens(sentence, verb, false);
        Optional<Integer> subject = clauses.subject(sentence, verb);
        String replacement = null;
        int pronoun = -1;
        if (subject.isPresent() && sentence.token(subject.get()).isPronoun()) {
            Clauses.Source source = clauses.source(sentence, subject.get());
            if (source.person() != null) {
                replacement = source.person().name();
                pronoun = subject.get();
            }
        }
        if (subject.isPresent()) {
            // A long subject is named by its head: "Portugal and Spain's other partners in the alliance …" → "Portugal and … partners".
            List<Integer> subjectTokens = clauseTokens(sentence, subject.get(), false);
            if (subjectTokens.size() > 7) {
                tokens.removeAll(sentence.subtree(subject.get()));
                tokens.addAll(headPhrase(sentence, subject.get()));
            } else if (!tokens.contains(subject.get())) {
                tokens.addAll(subjectTokens);
            }
            tokens = new ArrayList<>(new TreeSet<>(tokens));
        }
        List<Integer> kept = new ArrayList<>();
        boolean cut = false;
        for (int index : tokens) {
            Token token = sentence.token(index);
            if (insideLongQuote(token, quotes) || token.word().equals("``") || token.word().equals("''")
                    || token.word().equals("\"") || token.word().equals("“") || token.word().equals("”")) {
                continue;
            }
            if (kept.size() >= MAX_WORDS) {
                cut = true;
                break;
            }
            kept.add(index);
        }
        String summary = words(document, sentence, kept, pronoun, replacement).replaceFirst("^\\p{Lu}[\\p{Lu} .,'’-]{1,40}(\\([^)]{1,40}\\))?\\s*[—–-]\\s+", "").replaceAll("\\s+([,.;:!?])", "$1").replaceAll(",(\\s*,)+", ",")
                .replaceAll("[,;:\\s—–-]+$", "").replaceAll("^[,;:\\s—–-]+", "").strip();
        if (summary.isEmpty()) {
            return sentence.tokens().isEmpty() ? "" : capitalise(sentence.token(0).word());
        }
        return capitalise(summary) + (cut ? " …" : "");
    }

    /** The tokens of a verb's clause that say what happened: the verb, its subject and objects, not its asides. */
    static List<Integer> clauseTokens(Sentence sentence, int verb, boolean withConjuncts) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(verb);
        for (int child : sentence.children(verb)) {
            Token token = sentence.token(child);
            String relation = token.relation();
            if (LEFT_OUT.contains(relation) || relation.equals("conj") && !withConjuncts || isTemporal(sentence, child)
                    || attribution(sentence, child)) {
                continue;
            }
            // "At a news conference at the embassy, Ruiz said …": a phrase set before the verb is scene-setting.
            boolean fronted = child < verb && relation.startsWith("obl") && !withConjuncts;
            if (fronted) {
                continue;
            }
            for (int index : sentence.subtree(child)) {
                Token inner = sentence.token(index);
                if (inner.relation().equals("acl:relcl") || inner.relation().equals("appos") || inner.relation().equals("parataxis")) {
                    continue;
                }
                if (!insideLeftOut(sentence, index, child)) {
                    tokens.add(index);
                }
            }
        }
        Collections.sort(tokens);
        return tokens;
    }

    /** A noun with its determiner, modifiers and conjoined nouns, without prepositional phrases or clauses. */
    private static List<Integer> headPhrase(Sentence sentence, int noun) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(noun);
        for (int child : sentence.children(noun)) {
            String relation = sentence.token(child).relation();
            if (relation.equals("det") || relation.equals("amod") || relation.startsWith("compound") || relation.equals("nmod:poss")
                    || relation.equals("nummod") || relation.equals("flat") || relation.equals("cc")) {
                tokens.addAll(sentence.subtree(child));
            } else if (relation.equals("conj")) {
                tokens.addAll(headPhrase(sentence, child));
            }
        }
        Collections.sort(tokens);
        return tokens;
    }

    /** "…, according to X": who vouches for the words is not part of what happened. */
    private static boolean attribution(Sentence sentence, int token) {
        return sentence.children(token, "case").stream().anyMatch(c -> sentence.token(c).lowerWord().equals("according"));
    }

    /** Whether a token sits under a relative clause, apposition or aside within the child's subtree. */
    private static boolean insideLeftOut(Sentence sentence, int index, int top) {
        for (int current = index; current >= 0 && current != top; current = sentence.token(current).head()) {
            String relation = sentence.token(current).relation();
            if (relation.equals("acl:relcl") || relation.equals("appos") || relation.equals("parataxis") || relation.equals("advcl")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTemporal(Sentence sentence, int token) {
        Token head = sentence.token(token);
        if (Lexicon.SUMMARY_TIME_WORDS.contains(head.lowerWord())) {
            return true;
        }
        String ner = head.ner();
        if ("DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner)) {
            return true;
        }
        for (int child : sentence.subtree(token)) {
            String childNer = sentence.token(child).ner();
            if (("DATE".equals(childNer) || "TIME".equals(childNer)) && sentence.subtree(token).size() <= 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLongQuote(Token token, List<QuoteSpans.Span> quotes) {
        for (QuoteSpans.Span span : quotes) {
            if (token.begin() >= span.start() && token.end() <= span.end() && span.end() - span.start() > 40) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kept tokens as the text writes them, each run of neighbours cut from the text, and the
     * pronoun that is the subject replaced by the name it stands for ("he said" → "Ruiz said").
     */
    private static String words(NlpDocument document, Sentence sentence, List<Integer> kept, int pronoun, String name) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= kept.size(); i++) {
            Integer index = i < kept.size() ? kept.get(i) : null;
            boolean runGoesOn = index != null && index != pronoun && !run.isEmpty() && run.getLast() + 1 == index && run.getLast() != pronoun;
            if (runGoesOn) {
                run.add(index);
                continue;
            }
            if (!run.isEmpty()) {
                Token first = sentence.token(run.getFirst());
                boolean replaced = run.getFirst() == pronoun;
                if (!text.isEmpty() && (replaced || previous == null || first.begin() != previous.end())) {
                    text.append(' ');
                }
                text.append(replaced ? name : document.words(sentence, run.getFirst(), run.getLast() + 1));
                previous = sentence.token(run.getLast());
            }
            run.clear();
            if (index != null) {
                run.add(index);
            }
        }
        return text.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
