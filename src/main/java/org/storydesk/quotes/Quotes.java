package org.storydesk.quotes;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.ArticleId;

/** Who said what: the quote board, the reader's highlights and the API read the story's quotes here. */
@Service
public class Quotes {

    private final QuoteRepository repository;

    Quotes(QuoteRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<Quote> list(QuoteQuery query, int offset, int limit) {
        return repository.list(query, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(QuoteQuery query) {
        return repository.count(query);
    }

    @Transactional(readOnly = true)
    public Optional<Quote> find(QuoteId id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public List<Quote> inArticle(ArticleId article) {
        return repository.inArticle(article);
    }
}
