package org.storydesk.base;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an operator can set under {@code storydesk.*}.
 *
 * @param dataDir        where the embedded PostgreSQL keeps its files (ignored with an external database)
 * @param seedsDir       articles ingested on every start; each file once, by content
 * @param maxArticleSize the largest article an editor may add
 * @param accounts       who may log in; on the embedded database the demo accounts are used when empty
 * @param analysis       whether this node analyses articles (every node may; at least one should)
 */
@ConfigurationProperties("storydesk")
public record StoryDeskProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("seeds") Path seedsDir,
        @DefaultValue("1MB") DataSize maxArticleSize,
        List<Account> accounts,
        @DefaultValue Analysis analysis) {

    public StoryDeskProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** @param enabled whether this node runs the analysis worker */
    public record Analysis(@DefaultValue("true") boolean enabled) {
    }

    /** A login. The password is plain text or a Spring Security encoded value such as {@code {bcrypt}…}. */
    public record Account(String username, String password, Role role) {
    }

    /** Viewers read everything; editors also write. */
    public enum Role {
        EDITOR, VIEWER
    }
}
