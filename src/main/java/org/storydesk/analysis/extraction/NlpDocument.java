package org.storydesk.analysis.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The sentence holding a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.begin() && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
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
