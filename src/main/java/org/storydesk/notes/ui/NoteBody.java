package org.storydesk.notes.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A note's text as written: paragraphs and web links (http and https only) made clickable, and
 * everything else, markup included, shown as the characters it is. Nothing of a note is ever
 * rendered as HTML.
 */
public class NoteBody extends Div {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'’”]");

    public NoteBody(String body) {
        addClassName("sd-note-body");
        for (String paragraph : body.strip().split("\\n\\s*\\n")) {
            Paragraph p = new Paragraph();
            Matcher link = LINK.matcher(paragraph);
            int at = 0;
            while (link.find()) {
                if (link.start() > at) {
                    p.add(new Span(paragraph.substring(at, link.start())));
                }
                Anchor anchor = new Anchor(link.group(), link.group(), AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                p.add(anchor);
                at = link.end();
            }
            if (at < paragraph.length()) {
                p.add(new Span(paragraph.substring(at)));
            }
            add(p);
        }
    }
}
