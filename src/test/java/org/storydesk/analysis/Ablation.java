package org.storydesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.storydesk.analysis.extraction.AnalysisRules;
import org.storydesk.analysis.extraction.ArticleAnalyzer;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.CoreNlpPipeline;
import org.storydesk.analysis.extraction.TermRule;

/**
 * What each rule is worth: the evaluation with every rule on, then with each attribution rule
 * and each term rule switched off in turn, as a table of quote F1 and speakers right per set.
 * Each article is parsed once; only the rules run again.
 *
 * <p>{@code MAVEN_OPTS=-Xmx4g ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.analysis.Ablation}
 */
public final class Ablation {

    private Ablation() {
    }

    private record Row(String off, List<Evaluation.Report> reports) {
    }

    public static void main(String[] args) {
        CachedPipeline pipeline = new CachedPipeline(ParseCache.ifAsked(new CoreNlpPipeline()));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("(none: every rule on)", evaluate(pipeline, AnalysisRules.ALL)));
        for (AttributionRule rule : AttributionRule.values()) {
            rows.add(new Row(rule.name(), evaluate(pipeline, AnalysisRules.without(rule))));
        }
        for (TermRule rule : TermRule.values()) {
            rows.add(new Row("term: " + rule.name(), evaluate(pipeline, AnalysisRules.without(rule))));
        }
        List<Evaluation.Report> all = rows.getFirst().reports();
        StringBuilder table = new StringBuilder("| rule switched off |");
        for (Evaluation.Report report : all) {
            table.append(' ').append(shortName(report.name())).append(": quote F1 | speakers right |");
        }
        table.append("\n| --- |").append(" --- | --- |".repeat(all.size())).append('\n');
        for (Row row : rows) {
            table.append("| ").append(row.off()).append(" |");
            for (int i = 0; i < row.reports().size(); i++) {
                Evaluation.Report report = row.reports().get(i);
                Evaluation.Report base = all.get(i);
                table.append(' ').append(figure(report, base, Evaluation.Report::f1)).append(" |")
                        .append(' ').append(figure(report, base, Evaluation.Report::speakerAccuracy)).append(" |");
            }
            table.append('\n');
        }
        System.out.println(table);
        System.exit(0);
    }

    private static List<Evaluation.Report> evaluate(CachedPipeline pipeline, AnalysisRules rules) {
        Evaluation evaluation = new Evaluation(new ArticleAnalyzer(pipeline, rules));
        return evaluation.sets();
    }

    /** The figure, and how far it moved from every rule on. */
    private static String figure(Evaluation.Report report, Evaluation.Report base, Function<Evaluation.Report, Double> figure) {
        double value = figure.apply(report);
        double change = value - figure.apply(base);
        return Math.abs(change) < 0.0005 ? String.format(Locale.ROOT, "%.3f", value)
                : String.format(Locale.ROOT, "%.3f (%+.3f)", value, change);
    }

    private static String shortName(String name) {
        int bracket = name.indexOf(" (");
        return bracket > 0 ? name.substring(0, bracket) : name;
    }
}
