package org.storydesk.analysis.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * A person's titles and roles, as the sentence states them next to the name: "Chilean President
 * Ana Ruiz", "Lena Holm, secretary-general of NATO", "Norway's defence chief, Gen. Rosa
 * Dalgaard", "Tomas Berg from the University of Oslo".
 */
final class Roles {

    private static final Set<String> ENTITY_MODIFIERS = Set.of(
            "TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION", "LOCATION", "CITY", "STATE_OR_PROVINCE", "MISC",
            "RELIGION", "IDEOLOGY");
    private static final int MAX_WORDS = 14;

    private Roles() {
    }

    static List<String> of(NlpDocument document, Sentence sentence, int from, int to) {
        List<String> roles = new ArrayList<>();
        beforeName(document, sentence, from).ifPresent(roles::add);
        int head = headOf(sentence, from, to);
        if (head >= 0) {
            roles.addAll(appositions(document, sentence, head, from, to));
            affiliation(document, sentence, head).ifPresent(roles::add);
            relativeClause(document, sentence, head).ifPresent(roles::add);
        }
        return roles.stream().map(String::strip).filter(role -> !role.isEmpty()).distinct().toList();
    }

    /** "Chilean President Ana Ruiz's special envoy Pablo Soto": the words before the name that say who they are. */
    private static Optional<String> beforeName(NlpDocument document, Sentence sentence, int from) {
        int start = from;
        boolean sawRoleWord = false;
        for (int i = from - 1; i >= 0; i--) {
            Token token = sentence.token(i);
            boolean entity = ENTITY_MODIFIERS.contains(token.ner());
            boolean possessive = token.pos().equals("POS") && i > 0 && sentence.token(i - 1).pos().startsWith("NNP");
            boolean nameBeforePossessive = token.pos().startsWith("NNP") && i + 1 < from && sentence.token(i + 1).pos().equals("POS");
            boolean nameInChain = token.pos().startsWith("NNP") && "PERSON".equals(token.ner()) && start < from
                    && (sentence.token(start).pos().equals("POS") || "PERSON".equals(sentence.token(start).ner()));
            boolean roleWord = (token.pos().startsWith("NN") || token.pos().equals("JJ"))
                    && !token.pos().startsWith("NNP") && Character.isLowerCase(token.word().codePointAt(0))
                    && (i == from - 1 || sawRoleWord || "TITLE".equals(sentence.token(i + 1).ner()));
            boolean abbreviation = token.word().endsWith(".") && Character.isUpperCase(token.word().codePointAt(0))
                    && Lexicon.NAME_PREFIXES.contains(token.lowerWord());
            if (entity || possessive || nameBeforePossessive || nameInChain || roleWord || abbreviation) {
                start = i;
                sawRoleWord |= roleWord || "TITLE".equals(token.ner()) || abbreviation;
                continue;
            }
            break;
        }
        if (start == from || !sawRoleWord) {
            return Optional.empty();
        }
        // A chain may not start with a possessive or a bare name: "Lopez's envoy" keeps "Lopez".
        while (start < from && sentence.token(start).pos().equals("POS")) {
            start++;
        }
        String role = document.words(sentence, start, from);
        return Names.words(role) > MAX_WORDS ? Optional.empty() : Optional.of(role);
    }

    /** The token that heads the name in the parse (the name's last word, in UD). */
    private static int headOf(Sentence sentence, int from, int to) {
        for (int i = from; i < to && i < sentence.tokens().size(); i++) {
            int head = sentence.token(i).head();
            if (head < from || head >= to) {
                return i;
            }
        }
        return -1;
    }

    /** "X, secretary-general of NATO," and "Portugal's defence chief, X,". */
    private static List<String> appositions(NlpDocument document, Sentence sentence, int head, int from, int to) {
        List<String> roles = new ArrayList<>();
        for (int child : sentence.children(head, "appos")) {
            phrase(document, sentence, child, from, to).ifPresent(roles::add);
        }
        Token name = sentence.token(head);
        if (name.relation().equals("appos") && name.head() >= 0) {
            phrase(document, sentence, name.head(), from, to).ifPresent(roles::add);
        }
        return roles;
    }

    /** "Lena Holm, who was health minister when …": what a relative clause says the person is (or was). */
    private static Optional<String> relativeClause(NlpDocument document, Sentence sentence, int head) {
        for (int child : sentence.children(head, "acl:relcl")) {
            Token predicate = sentence.token(child);
            boolean copula = !sentence.children(child, "cop").isEmpty();
            boolean who = sentence.children(child, "nsubj").stream().anyMatch(c -> sentence.token(c).lowerWord().equals("who"));
            if (!predicate.isNoun() || predicate.pos().startsWith("NNP") || !copula || !who) {
                continue;
            }
            List<Integer> phrase = new ArrayList<>();
            phrase.add(child);
            for (int modifier : sentence.children(child)) {
                String relation = sentence.token(modifier).relation();
                if (relation.equals("amod") || relation.startsWith("compound") || relation.equals("nmod:poss")) {
                    phrase.addAll(sentence.subtree(modifier));
                }
            }
            String role = document.words(sentence, phrase);
            return Names.words(role) > MAX_WORDS ? Optional.empty() : Optional.of(role);
        }
        return Optional.empty();
    }

    /** "Ana Ruiz from the University of Porto": an organisation the person is from. */
    private static Optional<String> affiliation(NlpDocument document, Sentence sentence, int head) {
        for (int child : sentence.children(head, "nmod")) {
            Token organisation = sentence.token(child);
            if (!"ORGANIZATION".equals(organisation.ner())) {
                continue;
            }
            boolean from = sentence.children(child, "case").stream()
                    .map(sentence::token).anyMatch(t -> t.lowerWord().equals("from") || t.lowerWord().equals("of") || t.lowerWord().equals("at"));
            if (from) {
                List<Integer> subtree = sentence.subtree(child);
                subtree.removeIf(i -> sentence.token(i).relation().equals("case") && sentence.token(i).head() == child
                        || sentence.token(i).relation().equals("det") && sentence.token(i).head() == child);
                return Optional.of(document.words(sentence, subtree));
            }
        }
        return Optional.empty();
    }

    /** A noun phrase as a role: without the name itself, relative clauses, leading articles or punctuation. */
    private static Optional<String> phrase(NlpDocument document, Sentence sentence, int noun, int from, int to) {
        Token head = sentence.token(noun);
        if ("PERSON".equals(head.ner()) || !head.isNoun() || head.pos().startsWith("NNP") && !"TITLE".equals(head.ner())) {
            return Optional.empty();
        }
        List<Integer> subtree = new ArrayList<>(sentence.subtree(noun));
        List<Integer> excluded = new ArrayList<>();
        for (int i : subtree) {
            Token token = sentence.token(i);
            if (i >= from && i < to || token.relation().startsWith("acl") || token.relation().equals("appos") && i != noun
                    || token.relation().equals("conj") && "PERSON".equals(token.ner())) {
                excluded.addAll(sentence.subtree(i));
            }
        }
        subtree.removeAll(excluded);
        while (!subtree.isEmpty() && edge(sentence.token(subtree.getFirst()))) {
            subtree.removeFirst();
        }
        while (!subtree.isEmpty() && sentence.token(subtree.getLast()).isPunctuation()) {
            subtree.removeLast();
        }
        if (subtree.isEmpty() || subtree.stream().map(sentence::token).anyMatch(t -> t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG"))) {
            return Optional.empty();
        }
        String role = document.words(sentence, subtree);
        return Names.words(role) > MAX_WORDS ? Optional.empty() : Optional.of(role);
    }

    private static boolean edge(Token token) {
        return token.isPunctuation() || token.pos().equals("DT") || token.pos().equals("PRP$") || token.pos().equals("CC");
    }
}
