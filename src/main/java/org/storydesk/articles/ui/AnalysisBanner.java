package org.storydesk.articles.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.storydesk.base.StoryId;
import org.storydesk.base.ui.Formats;
import org.storydesk.articles.AnalysisStatus;

/**
 * While the story is being read: which article, how many are left, and that the dashboard fills
 * in meanwhile. Says so when an article could not be analysed. Gone when there is nothing to say.
 */
public class AnalysisBanner extends Div {

    private static final int POLL_MILLIS = 2000;

    final Span message = new Span();
    final ProgressBar bar = new ProgressBar();
    private final AnalysisStatus analysis;
    private final Runnable onChange;
    private Registration polling;
    /** The story whose articles the banner speaks of (null: every article of the desk). */
    private @Nullable StoryId story;
    /** The progress shown last; null until the first reading, which is no change to report. */
    private AnalysisStatus.@Nullable Progress last;

    /**
     * @param onChange called when an article's analysis finishes, so the view around can show what is new
     */
    public AnalysisBanner(AnalysisStatus analysis, Runnable onChange) {
        this.analysis = analysis;
        this.onChange = onChange;
        addClassName("sd-banner");
        bar.setWidth("160px");
        add(bar, message);
        setVisible(false);
    }

    /** Speaks of a story's articles from now on (null: every article of the desk), and says how far they are. */
    public void story(@Nullable StoryId shown) {
        this.story = shown;
        last = null;
        refresh();
    }

    /** Reads the progress again and shows it; keeps polling while the analysis is busy. */
    public void refresh() {
        AnalysisStatus.Progress progress = analysis.progress(story);
        boolean changed = last != null && (progress.done() != last.done() || progress.failed() != last.failed());
        last = progress;
        if (progress.busy()) {
            bar.setVisible(true);
            int finished = progress.done() + progress.failed();
            if (progress.fullMerge() != null) {
                bar.setIndeterminate(false);
                bar.setValue(progress.fullMerge().percent() / 100.0);
                message.setText("Merging the story again as a whole (" + progress.fullMerge().reason() + "): "
                        + progress.fullMerge().percent() + " %. The panels show the story as it was until it is done.");
            } else if (progress.loading() && progress.done() == 0) {
                bar.setIndeterminate(true);
                message.setText("Loading the language models for the first analysis (about half a minute, once) — "
                        + progress.waiting() + " articles waiting. Everything else works meanwhile.");
            } else {
                bar.setIndeterminate(false);
                bar.setValue(progress.total() == 0 ? 0 : (double) finished / progress.total());
                String current = progress.running() == null ? "" : "Reading “" + shorten(progress.running()) + "”. ";
                message.setText(current + "Analysed " + finished + " of " + progress.total() + "; "
                        + (progress.waiting() + (progress.running() == null ? 0 : 1)) + " to go. The panels fill in as each is done.");
            }
            getElement().setAttribute("data-state", "busy");
            setVisible(true);
        } else if (progress.failed() > 0) {
            bar.setVisible(false);
            message.setText(Formats.count(progress.failed(), "article", "articles")
                    + " could not be analysed. Stories shows why, and editors can try again.");
            getElement().setAttribute("data-state", "failed");
            setVisible(true);
        } else {
            setVisible(false);
        }
        getUI().ifPresent(ui -> poll(ui, progress.busy()));
        if (changed && onChange != null) {
            onChange.run();
        }
    }

    private void poll(UI ui, boolean busy) {
        if (busy && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(event -> refresh());
        } else if (!busy && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private static String shorten(String title) {
        String oneLine = title.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 70 ? oneLine : oneLine.substring(0, 67) + "…";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        poll(event.getUI(), last.busy());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
