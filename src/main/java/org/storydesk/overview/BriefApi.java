package org.storydesk.overview;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.api.FilterParameters;
import org.storydesk.base.api.StoryParameter;
import org.storydesk.base.StoryName;

/** {@code GET /api/brief}: the brief of a story ({@code story=<slug>}, the first story without it) for a filter, as Markdown. */
@RestController
@RequestMapping("/api/brief")
class BriefApi {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final StoryBrief briefs;
    private final StoryPeople people;
    private final StoryParameter stories;

    BriefApi(StoryBrief briefs, StoryPeople people, StoryParameter stories) {
        this.briefs = briefs;
        this.people = people;
        this.stories = stories;
    }

    @GetMapping
    ResponseEntity<String> brief(@RequestParam(required = false) String story, @RequestParam(required = false) List<String> person,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        StoryName in = stories.resolve(story);
        StoryFilter filter = FilterParameters.read(person, from, to);
        return ResponseEntity.ok()
                .contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"story-brief.md\"")
                .body(StoryBrief.markdown(briefs.of(in.id(), filter), StoryBrief.scope(in, filter, people)));
    }
}
