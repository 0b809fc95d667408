package org.storydesk.analysis.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * The pipeline's reading of a text, in the terms the extraction works with: sentences of
 * tokens (with character offsets into the text), their entities and dates, and for each token
 * its head and relation in the dependency parse.
 */
public final class NlpDocument {

    /** A word of a sentence. {@code head} is the index of its head in the sentence, -1 for the root. */
    public record Token(int index, String word, String lemma, String pos, String ner, String normalized,
                        int begin, int end, int head, String relation) {

        public boolean isVerb() {
            return pos.startsWith("VB");
        }

        public boolean isNoun() {
            return pos.startsWith("NN");
        }

        public boolean isPronoun() {
            return pos.equals("PRP") || pos.equals("WP");
        }

        public boolean isPunctuation() {
            return relation.equals("punct") || !Character.isLetterOrDigit(word.codePointAt(0)) && word.length() <= 2;
        }

        public String lowerWord() {
            return word.toLowerCase(Locale.ROOT);
        }
    }

    /** A named entity or a date as the pipeline found it; {@code from}/{@code to} are token indexes (to exclusive). */
    public record Mention(String type, String text, int begin, int end, int from, int to, String normalized, Gender gender) {
    }

    public record Sentence(int index, int begin, int end, List<Token> tokens, List<Mention> mentions) {

        public List<Integer> children(int token) {
            List<Integer> children = new ArrayList<>();
            for (Token candidate : tokens) {
                if (candidate.head() == token) {
                    children.add(candidate.index());
                }
            }
            return children;
        }

        public List<Integer> children(int token, String relationPrefix) {
            List<Integer> children = new ArrayList<>();
            for (Token candidate : tokens) {
                if (candidate.head() == token && candidate.relation().startsWith(relationPrefix)) {
                    children.add(candidate.index());
                }
            }
            return children;
        }

        /** The token and every token below it in the parse, in sentence order. */
        public List<Integer> subtree(int token) {
            List<Integer> subtree = new ArrayList<>();
            collect(token, subtree);
            Collections.sort(subtree);
            return subtree;
        }

        private void collect(int token, List<Integer> into) {
            into.add(token);
            for (int child : children(token)) {
                if (!into.contains(child)) {
                    collect(child, into);
                }
            }
        }

        public Token token(int index) {
            return tokens.get(index);
        }

        public int root() {
            for (Token token : tokens) {
                if (token.head() < 0) {
                    return token.index();
                }
            }
            return 0;
        }

        /** The token at or containing a character offset, or -1. */
        public int tokenAt(int offset) {
            for (Token token : tokens) {
                if (offset >= token.begin() && offset < token.end()) {
                    return token.index();
                }
            }
            return -1;
        }

        public String text(String document) {
            return document.substring(begin, end);
        }
    }

    private final String text;
    private final List<Sentence> sentences;

    private NlpDocument(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
    }

    /** A document from its text and its sentences as a pipeline parsed them (a stored parse, read back). */
    public static NlpDocument of(String text, List<Sentence> sentences) {
        return new NlpDocument(text, sentences);
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /**
     * The words of some tokens of a sentence as the text writes them, cut by their offsets: each
     * run of neighbouring tokens as one piece of the text (its spacing made single), runs a space
     * apart. Never rebuilt from the tokens, which may differ from the text.
     */
    public String words(Sentence sentence, Collection<Integer> tokens) {
        List<Integer> ordered = new ArrayList<>(new TreeSet<>(tokens));
        StringBuilder words = new StringBuilder();
        int runStart = 0;
        for (int i = 0; i < ordered.size(); i++) {
            boolean runEnds = i + 1 == ordered.size() || ordered.get(i + 1) != ordered.get(i) + 1;
            if (runEnds) {
                if (!words.isEmpty()) {
                    words.append(' ');
                }
                words.append(words(sentence, ordered.get(runStart), ordered.get(i) + 1));
                runStart = i + 1;
            }
        }
        return words.toString();
    }

    /** The words of the tokens {@code from} to {@code to} (exclusive) of a sentence, as the text writes them. */
    public String words(Sentence sentence, int from, int to) {
        if (from >= to) {
            return "";
        }
        return SPACING.matcher(text.substring(sentence.token(from).begin(), sentence.token(to - 1).end())).replaceAll(" ");
    }

    private static final Pattern SPACING = Pattern.compile("[\\s\\u00A0]+");

    /** The sentence holding a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.begin() && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    /**
     * A document from a sentence-by-sentence listing of its tokens, so a rule can be tested on a
     * hand-made parse without loading the pipeline. The listing is CoNLL-like: a {@code # text = …}
     * line gives each sentence's words as written, {@code # newpar} starts a paragraph, and each
     * token is a line of {@code index word lemma tag ner head relation [normalized]}, with the head
     * counted from 1 (0 for the root), {@code _} for a lemma that is the word itself, and an entity
     * type such as {@code PERSON}, {@code PERSON:FEMALE} (the pipeline's gender) or {@code DATE} with
     * its normalised value. Consecutive tokens of one entity type are one mention.
     * {@link #toConll()} writes a parsed document in the same form.
     */
    public static NlpDocument fromConll(String conll) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        String sentenceText = null;
        boolean newParagraph = false;
        for (String line : (conll.strip() + "\n").lines().toList()) {
            String row = line.strip();
            if (row.startsWith("# text = ")) {
                if (sentenceText != null) {
                    sentences.add(conllSentence(text, sentenceText, rows, sentences.size(), newParagraph));
                    newParagraph = false;
                }
                sentenceText = row.substring("# text = ".length());
                rows = new ArrayList<>();
            } else if (row.equals("# newpar")) {
                if (sentenceText != null) {
                    sentences.add(conllSentence(text, sentenceText, rows, sentences.size(), newParagraph));
                    sentenceText = null;
                }
                newParagraph = true;
            } else if (!row.isEmpty() && !row.startsWith("#")) {
                rows.add(row.split("\\s+"));
            }
        }
        if (sentenceText != null) {
            sentences.add(conllSentence(text, sentenceText, rows, sentences.size(), newParagraph));
        }
        return new NlpDocument(text.toString(), sentences);
    }

    private static Sentence conllSentence(StringBuilder text, String sentenceText, List<String[]> rows, int index, boolean newParagraph) {
        if (!text.isEmpty()) {
            text.append(newParagraph ? "\n\n" : " ");
        }
        int begin = text.length();
        text.append(sentenceText);
        List<Token> tokens = new ArrayList<>();
        int cursor = 0;
        for (String[] row : rows) {
            if (row.length < 7) {
                throw new IllegalArgumentException("A token needs index, word, lemma, tag, ner, head and relation: " + String.join(" ", row));
            }
            String word = row[1];
            int at = sentenceText.indexOf(word, cursor);
            if (at < 0) {
                throw new IllegalArgumentException("“" + word + "” is not in “" + sentenceText + "” after offset " + cursor);
            }
            cursor = at + word.length();
            String ner = row[4].contains(":") ? row[4].substring(0, row[4].indexOf(':')) : row[4];
            tokens.add(new Token(tokens.size(), word, row[2].equals("_") ? word : row[2], row[3], ner, row.length > 7 ? row[7] : null,
                    begin + at, begin + cursor, Integer.parseInt(row[5]) - 1, row[6]));
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String ner = rows.get(i)[4];
            if (ner.equals("O")) {
                continue;
            }
            int to = i + 1;
            while (to < tokens.size() && rows.get(to)[4].equals(ner)) {
                to++;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(to - 1);
            String type = first.ner();
            Gender gender = ner.endsWith(":MALE") ? Gender.MALE : ner.endsWith(":FEMALE") ? Gender.FEMALE : null;
            mentions.add(new Mention(type, text.substring(first.begin(), last.end()), first.begin(), last.end(), i, to,
                    first.normalized(), gender));
            i = to - 1;
        }
        return new Sentence(index, begin, text.length(), tokens, mentions);
    }

    /** The document in the listing {@link #fromConll(String)} reads: to turn a real parse into a rule's test. */
    public String toConll() {
        StringBuilder conll = new StringBuilder();
        for (Sentence sentence : sentences) {
            if (sentence.index() > 0 && text.substring(sentences.get(sentence.index() - 1).end(), sentence.begin()).contains("\n\n")) {
                conll.append("# newpar\n");
            }
            conll.append("# text = ").append(sentence.text(text).replace('\n', ' ')).append('\n');
            for (Token token : sentence.tokens()) {
                String ner = token.ner();
                for (Mention mention : sentence.mentions()) {
                    if (token.index() >= mention.from() && token.index() < mention.to() && mention.gender() != null
                            && mention.type().equals(ner)) {
                        ner = ner + ":" + mention.gender();
                    }
                }
                conll.append(String.format(Locale.ROOT, "%-3d %-14s %-14s %-5s %-12s %-3d %-12s%s%n", token.index() + 1, token.word(),
                        token.lemma().equals(token.word()) ? "_" : token.lemma(), token.pos(), ner, token.head() + 1, token.relation(),
                        token.normalized() == null || token.ner().equals("O") ? "" : " " + token.normalized()));
            }
        }
        return conll.toString();
    }

    static NlpDocument of(String text, Annotation annotation) {
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap coreSentence : coreSentences) {
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            int firstTokenInDocument = coreSentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            SemanticGraph graph = coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            int[] heads = new int[labels.size()];
            String[] relations = new String[labels.size()];
            Arrays.fill(heads, -1);
            Arrays.fill(relations, "root");
            if (graph != null) {
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    IndexedWord dependent = edge.getDependent();
                    int child = dependent.index() - 1;
                    if (child >= 0 && child < labels.size()) {
                        heads[child] = edge.getGovernor().index() - 1;
                        relations[child] = edge.getRelation().toString();
                    }
                }
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                String ner = label.ner() == null ? "O" : label.ner();
                String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(i, label.word(), label.lemma() == null ? label.word() : label.lemma(), label.tag(), ner,
                        normalized, label.beginPosition(), label.endPosition(), heads[i], relations[i]));
            }
            List<Mention> mentions = new ArrayList<>();
            List<CoreMap> coreMentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (coreMentions != null) {
                for (CoreMap mention : coreMentions) {
                    Integer from = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
                    Integer to = mention.get(CoreAnnotations.TokenEndAnnotation.class);
                    if (from == null || to == null) {
                        continue;
                    }
                    mentions.add(new Mention(
                            mention.get(CoreAnnotations.EntityTypeAnnotation.class),
                            mention.get(CoreAnnotations.TextAnnotation.class),
                            mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                            from - firstTokenInDocument, to - firstTokenInDocument,
                            mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                            gender(mention.get(CoreAnnotations.GenderAnnotation.class))));
                }
            }
            int begin = coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), begin, end, tokens, mentions));
        }
        return new NlpDocument(text, sentences);
    }

    /** The pipeline's gender of a mention: MALE, FEMALE, or (UNKNOWN, absent) none. */
    private static Gender gender(String annotated) {
        if ("MALE".equals(annotated)) {
            return Gender.MALE;
        }
        return "FEMALE".equals(annotated) ? Gender.FEMALE : null;
    }
}
