package org.storydesk.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view of a story, under {@code stories/:story/…}, that joins the navigation whenever a story is
 * open: the frame lists the views so marked for the story in the URL, so it knows no view by name
 * (as {@code @Menu} does for the desk's own views).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StoryMenu {

    String title();

    double order();

    /** A Vaadin icon, such as {@code vaadin:quote-left}. */
    String icon();
}
