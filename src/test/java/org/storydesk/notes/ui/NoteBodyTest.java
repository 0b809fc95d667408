package org.storydesk.notes.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A note is shown as the text it is: web links made clickable, and nothing else ever taken for markup. */
class NoteBodyTest {

    @Test
    void markupInANoteIsShownAsCharactersNeverAsElements() {
        String hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> and <b>bold</b>";

        NoteBody body = new NoteBody(hostile);

        assertThat(body.getElement().getTextRecursively()).isEqualTo(hostile);
        assertThat(descendants(body)).allSatisfy(component -> assertThat(component).isInstanceOfAny(Paragraph.class, Span.class));
        assertThat(body.getElement().getOuterHTML()).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void webLinksBecomeLinksThatOpenApartAndOtherSchemesStayText() {
        NoteBody body = new NoteBody("Transcript: https://example.org/t?id=6, also javascript:alert(1) and ftp://x.\n\nSecond paragraph.");

        List<Anchor> links = descendants(body).stream().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.getHref()).isEqualTo("https://example.org/t?id=6");
            assertThat(link.getElement().getAttribute("rel")).contains("noopener");
            assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        });
        assertThat(body.getChildren().filter(Paragraph.class::isInstance).count()).isEqualTo(2);
        assertThat(body.getElement().getTextRecursively()).contains("javascript:alert(1)");
    }

    private static List<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child).stream()))
                .toList();
    }
}
