package org.storydesk.analysis.extraction;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which rules the analysis runs: all of them, or all but some, to see what each is worth (the
 * ablation in the evaluation switches them off one at a time).
 */
public record AnalysisRules(Set<AttributionRule> attributionOff, Set<TermRule> termsOff) {

    public static final AnalysisRules ALL = new AnalysisRules(Set.of(), Set.of());

    public AnalysisRules {
        attributionOff = Set.copyOf(attributionOff);
        termsOff = Set.copyOf(termsOff);
    }

    public static AnalysisRules without(AttributionRule rule) {
        return new AnalysisRules(EnumSet.of(rule), Set.of());
    }

    public static AnalysisRules without(TermRule rule) {
        return new AnalysisRules(Set.of(), EnumSet.of(rule));
    }

    public boolean runs(AttributionRule rule) {
        return !attributionOff.contains(rule);
    }

    public boolean runs(TermRule rule) {
        return !termsOff.contains(rule);
    }
}
