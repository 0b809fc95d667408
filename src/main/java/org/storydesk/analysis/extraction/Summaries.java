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

    private static final int MAX_WORDS = 20;
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
        Set<Integer> core = new TreeSet<>(core(sentence, verb));
        if (subject.isPresent()) {
            int head = subject.get();
            Token subjectToken = sentence.token(head);
            boolean relative = Lexicon.RELATIVE_PRONOUNS.contains(subjectToken.lowerWord()) && sentence.token(verb).head() >= 0
                    && sentence.token(verb).relation().startsWith("acl");
            if (relative) {
                // "a ballot that closed last month" → "A ballot closed": the relative pronoun stands for the noun it hangs on.
                tokens.remove(Integer.valueOf(head));
                head = sentence.token(verb).head();
                tokens.addAll(headPhrase(sentence, head));
            } else if (!tokens.contains(head)) {
                tokens.addAll(clauseTokens(sentence, head, false));
            }
            core.addAll(headPhrase(sentence, head));
            tokens = new ArrayList<>(new TreeSet<>(tokens));
        } else if (sentence.token(verb).relation().startsWith("acl") && sentence.token(verb).head() >= 0) {
            // "a statement released after the signing": a participle's subject is the noun it describes.
            List<Integer> noun = headPhrase(sentence, sentence.token(verb).head());
            tokens.addAll(noun);
            core.addAll(noun);
            tokens = new ArrayList<>(new TreeSet<>(tokens));
        }
        // A short quotation stays whole or goes whole, and so do words written as one ("facial-recognition").
        for (int index : tokens) {
            Token token = sentence.token(index);
            if (QuoteSpans.covers(quotes, token.begin()) && !insideLongQuote(token, quotes)) {
                core.add(index);
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int index : tokens) {
            Token token = sentence.token(index);
            boolean subordinator = kept.isEmpty() && (token.relation().equals("mark") || token.pos().equals("WRB") && token.relation().equals("advmod"));
            if (insideLongQuote(token, quotes) || token.word().equals("``") || token.word().equals("''")
                    || token.word().equals("\"") || token.word().equals("“") || token.word().equals("”") || subordinator) {
                continue;
            }
            kept.add(index);
        }
        prune(sentence, kept, core);
        dropStrandedPunctuation(sentence, kept);
        String summary = words(document, sentence, kept, pronoun, replacement)
                .replaceFirst("^\\p{Lu}[\\p{Lu} .'’-]{1,40}(,[^—–:(]{1,30})?(\\([^)]{1,40}\\))?\\s*[—–:-]\\s+", "").replaceAll("\\s+([,.;:!?])", "$1")
                .replaceAll(",(\\s*,)+", ",").replaceAll("[,;:\\s—–-]+$", "").replaceAll("^[,;:\\s—–-]+", "").strip();
        if (Names.words(summary) < 3) {
            // The parse left too little of the clause to say what happened ("Stood"): the sentence says it.
            return capitalise(sentence.text(document.text()).strip().replaceAll("\\s+", " ").replaceAll("[.;:]+$", ""));
        }
        return capitalise(summary);
    }

    /** What a clause cannot lose and still say what happened: its verb with its auxiliaries, and the heads of what it governs. */
    private static Set<Integer> core(Sentence sentence, int verb) {
        Set<Integer> core = new TreeSet<>();
        core.add(verb);
        for (int child : sentence.children(verb)) {
            String relation = sentence.token(child).relation();
            if (relation.startsWith("aux") || relation.equals("cop") || relation.equals("neg") || relation.equals("compound:prt")
                    || relation.equals("advmod") && sentence.token(child).lowerWord().equals("not")) {
                core.add(child);
            }
            if (relation.equals("obj") || relation.equals("iobj") || relation.equals("ccomp") || relation.equals("xcomp")) {
                core.addAll(headPhrase(sentence, child));
                // "signed a statement", "said the talks would resume": the object's own verb and its object stay too.
                if (sentence.token(child).isVerb()) {
                    core.addAll(core(sentence, child));
                }
            }
        }
        return core;
    }

    /**
     * A summary longer than {@link #MAX_WORDS} loses whole phrases from its end (a place, a
     * purpose, a clause), never words from the middle of one: "signed a statement" is kept, not cut
     * to "signed a …". What the clause cannot lose stays, however long.
     */
    private static void prune(Sentence sentence, List<Integer> kept, Set<Integer> core) {
        while (kept.size() > MAX_WORDS) {
            int removable = -1;
            for (int i = kept.size() - 1; i >= 0 && removable < 0; i--) {
                int token = kept.get(i);
                String relation = sentence.token(token).relation();
                boolean optional = relation.startsWith("obl") || relation.startsWith("nmod") || relation.startsWith("acl")
                        || relation.equals("advmod") || relation.equals("conj") || relation.equals("appos") || relation.equals("dep")
                        || relation.equals("amod") || relation.equals("nummod") && !core.contains(token);
                boolean anchorsCore = sentence.subtree(token).stream().anyMatch(core::contains);
                if (optional && !anchorsCore && kept.contains(sentence.token(token).head())) {
                    removable = token;
                }
            }
            if (removable < 0) {
                return;
            }
            List<Integer> phrase = new ArrayList<>(sentence.subtree(removable));
            // Words glued to the phrase without a space ("facial-recognition") go with it.
            for (int i = phrase.getFirst(); i > 0 && sentence.token(i).begin() == sentence.token(i - 1).end(); i--) {
                phrase.add(i - 1);
            }
            for (int i = phrase.getLast(); i + 1 < sentence.tokens().size() && sentence.token(i + 1).begin() == sentence.token(i).end()
                    && (!sentence.token(i + 1).isPunctuation() || sentence.token(i + 1).word().equals("-")); i++) {
                phrase.add(i + 1);
            }
            if (phrase.stream().anyMatch(core::contains)) {
                core.add(removable);
                continue;
            }
            kept.removeAll(phrase);
            // "… and", "… of": a joining word or a preposition left at the end goes with its phrase.
            while (!kept.isEmpty() && dangling(sentence.token(kept.getLast()))) {
                kept.removeLast();
            }
        }
    }

    /** "The city's auditor general, reviewed …": a comma whose neighbour was left out goes with it. */
    private static void dropStrandedPunctuation(Sentence sentence, List<Integer> kept) {
        kept.removeIf(index -> {
            Token token = sentence.token(index);
            boolean comma = token.word().equals(",") || token.word().equals(";") || token.word().equals("—") || token.word().equals("–");
            return comma && (!kept.contains(index - 1) || !kept.contains(index + 1));
        });
    }

    private static boolean dangling(Token token) {
        String pos = token.pos();
        return pos.equals("CC") || pos.equals("IN") || pos.equals("TO") || pos.equals("DT") || pos.equals("POS") || pos.equals("PRP$")
                || token.word().equals(",") || token.word().equals(":");
    }

    /** The tokens of a verb's clause that say what happened: the verb, its subject and objects, not its asides. */
    static List<Integer> clauseTokens(Sentence sentence, int verb, boolean withConjuncts) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(verb);
        for (int child : sentence.children(verb)) {
            Token token = sentence.token(child);
            String relation = token.relation();
            // "said the focus … will be on Ukraine", parsed with the reported clause loose: what was said is part of the saying.
            boolean reported = relation.equals("dep") && child > verb && !Clauses.isPassive(sentence, verb)
                    && Lexicon.SAYING_VERBS.contains(sentence.token(verb).lemma().toLowerCase(Locale.ROOT))
                    && sentence.children(child).stream().map(sentence::token)
                    .anyMatch(t -> t.relation().equals("cop") || t.relation().startsWith("aux") || t.relation().startsWith("nsubj"));
            if (LEFT_OUT.contains(relation) && !reported || relation.equals("conj") && !withConjuncts || isTemporal(sentence, child)
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
        String relation = head.relation();
        // "described night shifts", "left about six weeks": what a clause is about is not its time.
        if (relation.startsWith("obj") || relation.equals("iobj") || relation.startsWith("nsubj") || relation.equals("ccomp")) {
            return false;
        }
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
