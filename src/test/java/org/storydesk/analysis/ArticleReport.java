package org.storydesk.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalyzer;
import org.storydesk.analysis.extraction.CoreNlpPipeline;
import org.storydesk.articles.cleaning.CleanPage;
import org.storydesk.articles.cleaning.PageCleaner;

/**
 * Prints what the analysis finds in some articles, finding by finding with the rule that made
 * it: for reading an article's misses next to its text.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.analysis.ArticleReport -Dexec.args="seeds/000_455531893979b7fc.txt"}
 */
public final class ArticleReport {

    private ArticleReport() {
    }

    public static void main(String[] args) throws IOException {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(ParseCache.ifAsked(new CoreNlpPipeline()));
        PageCleaner cleaner = new PageCleaner();
        for (String file : args) {
            CleanPage page = cleaner.cleanText(Files.readString(Path.of(file)));
            LocalDate published = page.metadata().published().orElse(null);
            ArticleAnalysis analysis = analyzer.analyse(page.body(), page.metadata().headline().orElse(null), published);
            System.out.println("== " + file + " (published " + published + "; headline " + page.metadata().headline().orElse("none") + ")");
            for (ArticleAnalysis.PersonFound person : analysis.people()) {
                System.out.println("person  " + person.key() + "  " + person.gender() + "  variants " + person.variants() + "  roles " + person.roles());
            }
            for (ArticleAnalysis.QuoteFound quote : analysis.quotes()) {
                String who = quote.speaker() != null ? quote.speaker() : quote.speakerLabel() != null ? "[" + quote.speakerLabel() + "]" : "-";
                System.out.println("quote   " + quote.part().code() + " " + quote.kind().code() + "  «" + quote.text() + "»  " + who + "  by " + quote.rule());
            }
            for (ArticleAnalysis.TermFound term : analysis.terms()) {
                System.out.println("term    «" + term.text() + "»  by " + term.rule());
            }
            for (ArticleAnalysis.EventFound event : analysis.events()) {
                System.out.println("event   " + event.date() + (event.timeOfDay() == null ? "" : " " + event.timeOfDay()) + "  " + event.summary()
                        + "  " + event.people() + "  by " + event.rule());
            }
            System.out.println();
        }
        System.exit(0);
    }
}
