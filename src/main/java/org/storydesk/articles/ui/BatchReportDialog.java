package org.storydesk.articles.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.storydesk.base.ui.Formats;
import org.storydesk.articles.AddOutcome;
import org.storydesk.articles.ArticleBatch;

/** What became of each file of a .zip: added, already on the desk, or refused and why (refused ones first). */
class BatchReportDialog extends Dialog {

    final Grid<ArticleBatch.Result> files = new Grid<>();
    final Paragraph summary = new Paragraph();

    BatchReportDialog(String name, List<ArticleBatch.Result> results) {
        setHeaderTitle("Articles from " + name);
        setWidth("min(820px, 96vw)");
        long added = results.stream().filter(r -> r.outcome() instanceof AddOutcome.Added).count();
        long already = results.stream().filter(r -> r.outcome() instanceof AddOutcome.AlreadyStored).count();
        long refused = results.stream().filter(r -> r.outcome() instanceof AddOutcome.Rejected).count();
        summary.setText(Formats.count((int) added, "article added", "articles added") + (already > 0 ? ", " + already + " already on the desk" : "")
                + (refused > 0 ? ", " + Formats.count((int) refused, "file refused", "files refused") + " (listed first, with the reason)" : "")
                + ". " + (added > 0 ? "Their analysis follows in the background; the panels fill in as each is done." : ""));
        summary.addClassName("sd-lede");

        files.addThemeVariants(GridVariant.NO_ROW_BORDERS, GridVariant.ROW_STRIPES);
        files.addColumn(ArticleBatch.Result::name).setHeader("File").setFlexGrow(1).setAutoWidth(true);
        files.addColumn(BatchReportDialog::what).setHeader("What became of it").setFlexGrow(2);
        files.setItems(results.stream().sorted((a, b) -> Boolean.compare(!(a.outcome() instanceof AddOutcome.Rejected),
                !(b.outcome() instanceof AddOutcome.Rejected))).toList());
        files.setAllRowsVisible(results.size() <= 12);
        files.setHeight(results.size() <= 12 ? null : "420px");
        files.setAriaLabel("Files of the .zip and what became of each");
        add(summary, files);

        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
    }

    private static String what(ArticleBatch.Result result) {
        return switch (result.outcome()) {
            case AddOutcome.Added added -> "Added: “" + added.article().title() + "”";
            case AddOutcome.AlreadyStored existing -> "Already on the desk as “" + existing.article().title() + "”";
            case AddOutcome.Rejected rejected -> "Refused: " + rejected.reason();
        };
    }
}
