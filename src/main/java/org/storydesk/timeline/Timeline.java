package org.storydesk.timeline;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryFilter;

/** What happened when: the timeline, the reader and the API read the story's events here. */
@Service
public class Timeline {

    private final EventRepository repository;

    Timeline(EventRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<Event> list(StoryFilter filter, int offset, int limit) {
        return repository.list(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<Event> latest(StoryFilter filter, int limit) {
        return repository.latest(filter, limit);
    }

    @Transactional(readOnly = true)
    public int count(StoryFilter filter) {
        return repository.count(filter);
    }

    @Transactional(readOnly = true)
    public List<Event> inArticle(ArticleId article) {
        return repository.inArticle(article);
    }
}
