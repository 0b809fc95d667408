package org.storydesk.notes.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.notes.Note;
import org.storydesk.notes.NoteQuery;
import org.storydesk.notes.Notes;
import org.storydesk.base.ItemType;
import java.util.Optional;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.StoryMenu;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.EmptyState;
import org.storydesk.base.ui.FilterDescriptions;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.base.ui.Toolbars;

/**
 * Every note of a story, newest first: on what, by whom, with which tags. The header's people
 * narrow it to notes on what involves them, its dates to notes written on those days; tag,
 * author and kind narrow it further. A detached note is listed with what it was about.
 */
@Route("stories/:story/notes")
@PageTitle("Notes")
@StoryMenu(order = 5, icon = "vaadin:comments-o", title = "Notes")
@PermitAll
public class NotesView extends Div implements BeforeEnterObserver {

    final VirtualList<Note> list = new VirtualList<>();
    final Select<String> tag = new Select<>();
    final Select<String> author = new Select<>();
    final Select<ItemType> type = new Select<>();
    final Span total = new Span();
    final Paragraph summary = new Paragraph();
    final EmptyState empty = new EmptyState();

    private final Notes notes;
    private final StoryPeople people;
    private final boolean editor;
    private final StoryDirectory stories;
    volatile StoryName story;
    StoryFilter filter = StoryFilter.EVERYTHING;
    int count;

    NotesView(Notes notes, StoryPeople people, CurrentUser user, StoryChanges changes, StoryDirectory stories) {
        this.notes = notes;
        this.stories = stories;
        this.people = people;
        this.editor = user.isEditor();
        addClassName("sd-page");
        summary.addClassName("sd-lede");
        Div head = new Div(new H2("Notes"), summary);
        head.addClassName("sd-page-head-stack");

        Toolbars.optional(tag, "Tag", "Any", this::refresh);
        tag.setItemLabelGenerator(value -> value == null ? "Any" : "#" + value);
        Toolbars.optional(author, "By", "Any", this::refresh);
        Toolbars.optional(type, "On", "Any", this::refresh);
        type.setItems(ItemType.values());
        type.setItemLabelGenerator(value -> value == null ? "Anything" : switch (value) {
            case PASSAGE -> "Passages";
            case ARTICLE -> "Articles";
            case QUOTE -> "Quotes";
            case EVENT -> "Events";
            case PERSON -> "People";
            case STORY -> "The story";
        });
        total.addClassName("sd-count");
        Div toolbar = new Div(tag, author, type, total);
        toolbar.addClassName("sd-toolbar");

        list.addClassName("sd-list");
        list.setRenderer(new ComponentRenderer<Div, Note>(this::card));
        add(head, toolbar, empty, list);
        Live.refresh(this, changes, change -> story != null && change.in(story.id())
                && (change.kind().equals("note") || change.kind().equals("story") || change.kind().equals("articles")), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
        if (named.isEmpty()) {
            return;
        }
        story = named.get();
        filter = StoryNavigation.filterOf(event.getLocation());
        refresh();
    }

    void refresh() {
        String chosenTag = tag.getValue();
        String chosenAuthor = author.getValue();
        List<String> tags = notes.tags(story.id());
        tag.setItems(tags);
        tag.setValue(tags.contains(chosenTag) ? chosenTag : null);
        List<String> authors = notes.authors(story.id());
        author.setItems(authors);
        author.setValue(authors.contains(chosenAuthor) ? chosenAuthor : null);

        NoteQuery query = new NoteQuery(story.id(), filter.people(), filter.from(), filter.to(), tag.getValue(), author.getValue(), type.getValue());
        count = notes.count(query);
        list.setDataProvider(DataProvider.<Note>fromCallbacks(page -> notes.list(query, page.getOffset(), page.getLimit()).stream(),
                page -> count));
        list.setVisible(count > 0);
        total.setText(Formats.count(count, "note", "notes"));
        String on = filter.hasPeople() ? " on what involves " + FilterDescriptions.names(story.id(), filter, people) : "";
        String written = filter.hasDates() ? ", written" + FilterDescriptions.dates(filter) : "";
        if (count == 0) {
            boolean narrowed = !filter.isEverything() || query.tag() != null || query.author() != null || query.type() != null;
            empty.show("No notes" + on + written + ".", narrowed ? "Clear or widen the filters to see more."
                    : editor ? "Notes appear here as the desk writes them: open a quote, an event or a person, select words in an article, "
                    + "or note a whole article or the story on its overview."
                    : "Notes appear here as editors write them.");
        } else {
            empty.setVisible(false);
        }
        summary.setText("The desk's notes, newest first" + on + written + ". A detached note's words or item are gone from the story; it is kept.");
    }

    private Div card(Note note) {
        Div card = new Div();
        card.addClassName("sd-card");
        Div about = new Div();
        about.addClassName("sd-note-about");
        Span kind = new Span(switch (note.type()) {
            case PASSAGE -> "Passage";
            case ARTICLE -> "Article";
            case QUOTE -> "Quote";
            case EVENT -> "Event";
            case PERSON -> "Person";
            case STORY -> "Story";
        });
        kind.addClassName("sd-badge");
        Span what = new Span(note.type() == ItemType.PASSAGE || note.type() == ItemType.ARTICLE ? note.targetLabel() : note.about());
        what.addClassName("sd-note-target");
        about.add(kind, what);
        if (note.anchor().attached()) {
            notes.link(note).ifPresent(path -> {
                Anchor open = new Anchor(path, "Open →");
                open.addClassName("sd-source-link");
                about.add(open);
            });
        }
        card.add(about, new NotesPanel(notes, editor, story, note.type(), note.targetId(), note.about(), List.of(note)).withoutAdding());
        return card;
    }
}
