package org.storydesk.articles;

import java.util.Locale;

/** How far the analysis of an article has come, as editors and the API see it. */
public enum AnalysisState {
    PENDING, RUNNING, DONE, FAILED;

    /** The API's spelling: {@code pending}, {@code running}, {@code done}, {@code failed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
