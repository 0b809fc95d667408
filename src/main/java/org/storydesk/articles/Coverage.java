package org.storydesk.articles;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The coverage at a glance: how many articles, how many words, from which outlets, over which days. */
public record Coverage(int articles, long words, List<String> outlets, @Nullable LocalDate first, @Nullable LocalDate last) {
}
