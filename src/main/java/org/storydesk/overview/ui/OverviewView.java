package org.storydesk.overview.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ui.Formats;
import org.storydesk.stories.AnalysisState;
import org.storydesk.stories.AnalysisStatus;
import org.storydesk.stories.Article;
import org.storydesk.stories.Articles;
import org.storydesk.stories.ui.AnalysisBanner;

/** The story at a glance. */
@Route("")
@PageTitle("Overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Overview")
@PermitAll
public class OverviewView extends Div {

    final Div stats = new Div();

    private final Articles articles;
    private final AnalysisStatus analysis;

    OverviewView(Articles articles, ObjectProvider<AnalysisStatus> analysis) {
        this.articles = articles;
        this.analysis = analysis.getIfAvailable(() -> AnalysisStatus.NONE);
        addClassName("sd-page");
        Div head = new Div(new H2("The story at a glance"),
                new Paragraph("Every article the newsroom has on the story, read as one."));
        head.addClassName("sd-page-head");
        stats.addClassName("sd-stats");
        AnalysisBanner banner = new AnalysisBanner(this.analysis, this::fill);
        add(head, banner, stats);
        fill();
    }

    private void fill() {
        stats.removeAll();
        List<Article> all = articles.all();
        Map<ArticleId, AnalysisStatus.Status> states = analysis.all();
        List<String> outlets = all.stream().map(Article::outlet).filter(Objects::nonNull).distinct().sorted().toList();
        List<LocalDate> dates = all.stream().map(Article::published).filter(Objects::nonNull).sorted().toList();
        long done = all.stream().filter(a -> states.getOrDefault(a.id(), AnalysisStatus.Status.PENDING).state() == AnalysisState.DONE).count();
        stats.add(stat("Articles", Long.toString(all.size()), Formats.count(all.stream().mapToInt(Article::words).sum(), "word", "words")));
        stats.add(stat("Outlets", Long.toString(outlets.size()), outlets.isEmpty() ? "None named" : String.join(", ", outlets)));
        stats.add(stat("Coverage", dates.isEmpty() ? "—" : Formats.date(dates.getFirst()),
                dates.isEmpty() ? "No dated articles" : dates.size() > 1 && !dates.getFirst().equals(dates.getLast())
                        ? "to " + Formats.date(dates.getLast()) : "All published the same day"));
        stats.add(stat("Analysed", done + " of " + all.size(), done == all.size() ? "Up to date" : "Analysis runs in the background"));
    }

    private static Component stat(String label, String value, String note) {
        Div label_ = new Div(label);
        label_.addClassName("sd-stat-label");
        Div value_ = new Div(value);
        value_.addClassName("sd-stat-value");
        Div note_ = new Div(note);
        note_.addClassName("sd-stat-note");
        Div stat = new Div(label_, value_, note_);
        stat.addClassName("sd-stat");
        return stat;
    }
}
