package org.storydesk.analysis.extraction;

import java.time.LocalDate;

/**
 * Prints the real pipeline's parse of a text in the listing {@link NlpDocument#fromConll} reads,
 * to turn a sentence that a rule must handle into that rule's test.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.analysis.extraction.ParseDump -Dexec.args="'“We are done,” Marsh said.'"}
 */
public final class ParseDump {

    private ParseDump() {
    }

    public static void main(String[] args) {
        CoreNlpPipeline pipeline = new CoreNlpPipeline();
        for (String text : args) {
            System.out.println(pipeline.annotate(text.replace("\\n", "\n"), LocalDate.of(2026, 3, 5)).toConll());
        }
        System.exit(0);
    }
}
