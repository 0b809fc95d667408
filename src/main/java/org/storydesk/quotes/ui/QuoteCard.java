package org.storydesk.quotes.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import org.storydesk.notes.Note;
import org.storydesk.notes.ui.NotesPanel;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.PersonChip;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteStatus;

/**
 * A quote on the board: the words, who said them, full or partial, its status and reach; opened,
 * each sentence that carries it (the quote marked, a link into the article), each outlet's
 * wording side by side with the words that differ marked, and the editors' notes. Editors set
 * its status and correct its speaker from its menu; the machine's speaker stays in sight.
 */
public class QuoteCard extends Div {

    final Details details;
    final NotesPanel notes;
    final MenuBar actions = new MenuBar();

    QuoteCard(Quote quote, List<Note> quoteNotes, QuoteDesk desk) {
        addClassName("sd-card");
        getElement().setAttribute("data-quote", quote.id().value());
        getElement().setAttribute("data-status", quote.status());

        // As the board shows it: without the comma or full stop the reporter's sentence put inside the marks.
        Div text = new Div(quote.words());
        text.addClassName("sd-quote-text");

        Div meta = new Div();
        meta.addClassName("sd-card-meta");
        if (quote.speaker() != null) {
            meta.add(new PersonChip(quote.speaker()));
        } else {
            Span label = new Span(quote.speakerName());
            label.addClassNames("sd-speaker", "sd-speaker-label");
            meta.add(label);
        }
        if (quote.needsReview()) {
            // An editor should check this speaker first: the analysis is not sure of it.
            Span unsure = new Span(quote.speaker() == null && quote.speakerLabel() == null ? "no speaker found" : "check speaker");
            unsure.addClassNames("sd-badge", "sd-review");
            unsure.getElement().setAttribute("title", "The analysis is not sure who said this ("
                    + (quote.rule() == null ? "nothing in the text says" : ruleInWords(quote.rule())) + ", confidence "
                    + Formats.confidence(quote.confidence()) + "): check the speaker first.");
            meta.add(unsure);
        }
        if (quote.correction() != null) {
            Span corrected = new Span("speaker corrected");
            corrected.addClassNames("sd-badge", "sd-corrected");
            corrected.getElement().setAttribute("title", "Corrected by " + quote.correction().author() + " on "
                    + Formats.moment(quote.correction().updated()) + ". The analysis said: " + quote.correction().machine());
            Span machine = new Span("analysis: " + quote.correction().machine());
            machine.addClassName("sd-machine");
            meta.add(corrected, machine);
        }
        Span kind = new Span(quote.kind());
        kind.addClassName("sd-badge");
        kind.getElement().setAttribute("data-kind", quote.kind());
        kind.getElement().setAttribute("title", quote.kind().equals("full")
                ? "A sentence or clause as it was said" : "A fragment woven into the reporter's sentence");
        Span status = new Span(quote.status());
        status.addClassNames("sd-badge", "sd-status-badge");
        status.getElement().setAttribute("data-status", quote.status());
        if (quote.verdict().author() != null) {
            status.getElement().setAttribute("title", "Set by " + quote.verdict().author() + " on " + Formats.moment(quote.verdict().updated()));
        }
        long outlets = quote.outlets();
        Span reach = new Span(Formats.count(outlets, "outlet", "outlets"));
        reach.addClassName("sd-reach");
        meta.add(kind, status, reach, new Span(Formats.date(quote.saidOn())));
        if (!quoteNotes.isEmpty()) {
            Span noted = new Span(Formats.count(quoteNotes.size(), "note", "notes"));
            noted.addClassNames("sd-badge", "sd-noted");
            meta.add(noted);
        }
        if (!quote.fragments().isEmpty()) {
            Span parts = new Span("+ " + Formats.count(quote.fragments().size(), "fragment", "fragments"));
            parts.addClassNames("sd-badge", "sd-fragments");
            parts.getElement().setAttribute("title", "Quoted in part elsewhere: shown under this quote, and verified with it");
            meta.add(parts);
        }
        if (quote.rule() != null) {
            meta.getElement().setAttribute("title", "Speaker decided by: " + ruleInWords(quote.rule()) + " (confidence "
                    + Formats.confidence(quote.confidence()) + ")");
        }
        if (desk.editor()) {
            meta.add(actions(quote, desk));
        }

        add(text, meta);
        if (quote.verdict().note() != null) {
            Div why = new Div();
            why.addClassName("sd-verdict");
            Span label = new Span(capitalised(quote.status()) + ": ");
            label.addClassName("sd-verdict-label");
            why.add(label, new Span(quote.verdict().note()), new Span(" — " + quote.verdict().author()));
            add(why);
        }

        UnorderedList sentences = new UnorderedList();
        sentences.addClassName("sd-sources");
        for (Quote.Source source : quote.sources()) {
            sentences.add(sourceItem(source, desk));
        }
        Div body = new Div(sentences);
        if (quote.variants().size() > 1) {
            body.add(variants(quote));
        }
        if (!quote.fragments().isEmpty()) {
            body.add(fragments(quote, desk));
        }
        notes = new NotesPanel(desk.notes(), desk.editor(), desk.story(), ItemType.QUOTE, quote.id().value(), "“" + quote.text().strip() + "”", quoteNotes);
        body.add(notes);
        Anchor history = new Anchor(Links.history(desk.story(), quote.id().value()), "Its history →");
        history.addClassName("sd-source-link");
        body.add(history);
        int places = quote.sources().size() + quote.fragments().stream().mapToInt(part -> part.sources().size()).sum();
        details = new Details((places == 1 ? "Where it appears" : "Where it appears, in " + places + " places")
                + (quote.variants().size() > 1 ? " · " + quote.variants().size() + " wordings" : "")
                + (quoteNotes.isEmpty() ? "" : " · " + Formats.count(quoteNotes.size(), "note", "notes")), body);
        details.setOpened(desk.isOpen(quote.id()));
        details.addOpenedChangeListener(change -> desk.opened(quote.id(), change.isOpened()));
        add(details);
    }

    private MenuBar actions(Quote quote, QuoteDesk desk) {
        actions.addThemeVariants(MenuBarVariant.TERTIARY, MenuBarVariant.SMALL);
        actions.addClassName("sd-actions");
        MenuItem root = actions.addItem("Check");
        root.getElement().setAttribute("aria-label", "Status, speaker and notes of this quote");
        SubMenu menu = root.getSubMenu();
        for (QuoteStatus status : QuoteStatus.values()) {
            if (status != quote.verdict().status() || status.needsNote()) {
                menu.addItem(label(status), click -> desk.setStatus(quote, status));
            }
        }
        menu.addSeparator();
        menu.addItem("Correct the speaker…", click -> desk.correctSpeaker(quote));
        if (quote.correction() != null) {
            menu.addItem("Back to the analysis's speaker", click -> desk.withdrawCorrection(quote));
        }
        menu.addItem("Add a note…", click -> {
            details.setOpened(true);
            notes.openNew();
        });
        return actions;
    }

    private static String label(QuoteStatus status) {
        return switch (status) {
            case VERIFIED -> "Mark verified";
            case DISPUTED -> "Mark disputed…";
            case CORRECTED -> "Mark corrected…";
            case UNVERIFIED -> "Mark unverified";
        };
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static ListItem sourceItem(Quote.Source source, QuoteDesk desk) {
        Span outlet = new Span(Formats.source(source.outlet(), source.articleTitle()));
        outlet.addClassName("sd-source-outlet");
        outlet.setClassName("sd-source-untitled", source.outlet() == null);
        ListItem item = new ListItem(outlet);
        String sentence = source.sentence() == null ? source.text() : source.sentence();
        int from = source.start() - source.sentenceStart();
        int to = source.end() - source.sentenceStart();
        if (from >= 0 && to <= sentence.length() && from < to) {
            Span quoted = new Span(sentence.substring(from, to));
            quoted.addClassName("sd-diff");
            item.add(new Span(sentence.substring(0, from)), quoted, new Span(sentence.substring(to)));
        } else {
            item.add(new Span(sentence));
        }
        if (source.part().equals("headline")) {
            item.add(new Span(" (headline)"));
        }
        Anchor read = new Anchor(Links.passage(desk.story(), source.article(), source.start(), source.end()), "Read in context →");
        read.addClassName("sd-source-link");
        if (!source.part().equals("headline")) {
            item.add(read);
        }
        return item;
    }

    /** The partial quotes that are fragments of this one, each with the sentences that carry it. */
    private static Div fragments(Quote quote, QuoteDesk desk) {
        Div fragments = new Div();
        fragments.addClassName("sd-fragment-list");
        Span heading = new Span("Quoted in part");
        heading.addClassName("sd-fragment-heading");
        fragments.add(heading);
        for (Quote part : quote.fragments()) {
            Div fragment = new Div();
            fragment.addClassName("sd-fragment");
            fragment.getElement().setAttribute("data-quote", part.id().value());
            Div words = new Div("“" + part.words() + "”");
            words.addClassName("sd-fragment-text");
            UnorderedList sources = new UnorderedList();
            sources.addClassName("sd-sources");
            part.sources().forEach(source -> sources.add(sourceItem(source, desk)));
            fragment.add(words, sources);
            fragments.add(fragment);
        }
        return fragments;
    }

    /** "SPEAKER_OF_SENTENCE_BEFORE" as an editor reads it: "speaker of sentence before". */
    static String ruleInWords(String rule) {
        return rule.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Div variants(Quote quote) {
        Div variants = new Div();
        variants.addClassName("sd-variants");
        List<String> wordings = quote.variants();
        String reference = wordings.getFirst();
        quote.wordings().forEach((wording, sources) -> {
            Div variant = new Div();
            variant.addClassName("sd-variant");
            Span label = new Span(sources.stream().map(s -> Formats.source(s.outlet(), s.articleTitle())).distinct()
                    .collect(Collectors.joining(", ")));
            label.addClassName("sd-variant-outlet");
            label.setClassName("sd-source-untitled", sources.stream().anyMatch(s -> s.outlet() == null));
            variant.add(label);
            for (WordDiff.Word word : WordDiff.against(wording, wording.equals(reference) ? wordings.get(1) : reference)) {
                Span span = new Span(word.text() + " ");
                if (word.different()) {
                    span.addClassName("sd-diff");
                }
                variant.add(span);
            }
            variants.add(variant);
        });
        return variants;
    }
}
