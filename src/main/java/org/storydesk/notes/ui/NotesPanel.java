package org.storydesk.notes.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.storydesk.notes.Note;
import org.storydesk.notes.NoteDraft;
import org.storydesk.notes.NoteOutcome;
import org.storydesk.notes.Notes;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.ConflictDialog;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Writes;

/**
 * The notes on one item, next to it: who wrote each and when, its tags and text. Editors add,
 * change and delete notes here; a change made on a stale copy is caught and the editor chooses.
 * Viewers see the notes and no control to change them.
 */
public class NotesPanel extends Div {

    final Div list = new Div();
    final Button add = new Button("Add a note", new Icon(VaadinIcon.COMMENT_O));

    private final Notes notes;
    private final boolean editor;
    private final StoryName story;
    private final ItemType type;
    private final String targetId;
    private final String about;

    /**
     * @param about   what the item is, in words, for the editor's dialog
     * @param current the item's notes as the caller read them (one query for a whole page of items)
     */
    public NotesPanel(Notes notes, boolean editor, StoryName story, ItemType type, String targetId, String about, List<Note> current) {
        this.notes = notes;
        this.editor = editor;
        this.story = story;
        this.type = type;
        this.targetId = targetId;
        this.about = about;
        addClassName("sd-notes");
        list.addClassName("sd-note-list");
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.addClickListener(click -> openNew());
        add.setVisible(editor && type != ItemType.PASSAGE);
        add(list, add);
        show(current);
    }

    void show(List<Note> current) {
        list.removeAll();
        current.forEach(note -> list.add(item(note)));
        list.setVisible(!current.isEmpty());
    }

    /** Shows the notes without the button for a new one (where the panel lists notes of many items). */
    public NotesPanel withoutAdding() {
        add.setVisible(false);
        return this;
    }

    /** Reads the item's notes again (after a write here, or another editor's). */
    public void reload() {
        show(notes.on(story, type, targetId));
    }

    private Div item(Note note) {
        Div item = new Div();
        item.addClassName("sd-note");
        item.getElement().setAttribute("data-note", Long.toString(note.id().value()));
        Div meta = new Div();
        meta.addClassName("sd-note-meta");
        Span author = new Span(note.author());
        author.addClassName("sd-note-author");
        Span when = new Span(Formats.moment(note.updated()) + (note.updated().equals(note.created()) ? "" : " (edited)"));
        meta.add(author, when);
        if (!note.anchor().attached()) {
            Span detached = new Span("detached");
            detached.addClassNames("sd-badge", "sd-detached");
            detached.getElement().setAttribute("title", type == ItemType.PASSAGE
                    ? "The words this note was on are no longer in the article (or it is no longer on the story)"
                    : "What this note was on is no longer in the story");
            meta.add(detached);
        }
        note.tags().forEach(tag -> {
            Span chip = new Span("#" + tag);
            chip.addClassName("sd-tag");
            meta.add(chip);
        });
        if (editor) {
            Button edit = new Button("Edit", click -> openEdit(note));
            Button delete = new Button("Delete", click -> delete(note));
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            edit.setAriaLabel("Edit the note by " + note.author());
            delete.setAriaLabel("Delete the note by " + note.author());
            Span actions = new Span(edit, delete);
            actions.addClassName("sd-note-actions");
            meta.add(actions);
        }
        item.add(meta);
        if (note.selector() != null) {
            Div quoted = new Div("“" + note.selector().exact() + "”");
            quoted.addClassName("sd-note-passage");
            item.add(quoted);
        }
        item.add(new NoteBody(note.body()));
        return item;
    }

    /** Opens the dialog for a new note on the item (editors only). */
    public void openNew() {
        NoteEditor editorDialog = new NoteEditor(about, "", List.of());
        editorDialog.onSave((body, tags) -> handle(notes.add(story, NoteDraft.on(type, targetId, body, tags)), editorDialog, body, tags));
        editorDialog.open();
    }

    private void openEdit(Note note) {
        NoteEditor editorDialog = new NoteEditor(about, note.body(), note.tags());
        editorDialog.onSave((body, tags) -> handle(notes.update(note.id(), note.version(), body, tags), editorDialog, body, tags));
        editorDialog.open();
    }

    private void handle(NoteOutcome outcome, NoteEditor dialog, String body, List<String> tags) {
        switch (outcome) {
            case NoteOutcome.Saved saved -> {
                dialog.close();
                reload();
            }
            case NoteOutcome.Refused refused -> dialog.refused(refused.reason());
            case NoteOutcome.Conflict conflict -> {
                dialog.close();
                Note theirs = conflict.current();
                new ConflictDialog("note", theirs.author(), theirs.body(), body, this::reload,
                        () -> handle(notes.update(theirs.id(), theirs.version(), body, tags), dialog, body, tags)).open();
                reload();
            }
            case NoteOutcome.Missing missing -> {
                reload();
                if (type == ItemType.PASSAGE) {
                    dialog.refused("Someone deleted this note while you were editing it. Copy your text and note the passage again.");
                } else {
                    // Nothing typed is lost: the dialog stays, and saving again keeps the text as a new note.
                    dialog.refused("Someone deleted this note while you were editing it. Save again to keep your text as a new note.");
                    dialog.onSave((newBody, newTags) -> handle(notes.add(story, NoteDraft.on(type, targetId, newBody, newTags)), dialog,
                            newBody, newTags));
                }
            }
            case NoteOutcome.Deleted deleted -> reload();
        }
    }

    private void delete(Note note) {
        switch (notes.delete(note.id(), note.version())) {
            case NoteOutcome.Deleted deleted -> {
                Writes.say("Note deleted. The history keeps what it said.", NotificationVariant.SUCCESS);
                reload();
            }
            case NoteOutcome.Conflict conflict -> {
                Note theirs = conflict.current();
                new ConflictDialog("note", theirs.author(), theirs.body(), "(delete the note)", this::reload, () -> {
                    notes.delete(theirs.id(), theirs.version());
                    reload();
                }).open();
            }
            case NoteOutcome.Missing missing -> {
                Writes.say("Someone else already deleted this note.", NotificationVariant.INFO);
                reload();
            }
            case NoteOutcome.Refused refused -> Writes.say(refused.reason(), NotificationVariant.ERROR);
            case NoteOutcome.Saved saved -> reload();
        }
    }
}
