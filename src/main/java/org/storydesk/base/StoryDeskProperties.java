package org.storydesk.base;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an operator can set under {@code storydesk.*}.
 *
 * @param dataDir        where the embedded PostgreSQL keeps its files (ignored with an external database)
 * @param seedsDir       articles ingested on every start; each file once, by content, onto the first story
 * @param seedStory      the name of the first story, which the seeds form on a new desk (and into which an
 *                       earlier desk's articles are carried)
 * @param maxArticleSize the largest article an editor may add
 * @param maxArticleWords the longest article (in words of its clean text) the desk takes: a longer one is refused with a reason
 * @param accounts       who may log in; on the embedded database the demo accounts are used when empty
 * @param analysis       whether this node analyses articles (every node may; at least one should), and its lease on a job
 * @param logins         how many failed logins an account, or a client address, may make before it must wait
 */
@ConfigurationProperties("storydesk")
public record StoryDeskProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("seeds") Path seedsDir,
        @DefaultValue("Paris coalition of the willing summit") String seedStory,
        @DefaultValue("1MB") DataSize maxArticleSize,
        @DefaultValue("20000") int maxArticleWords,
        List<Account> accounts,
        @DefaultValue Analysis analysis,
        @DefaultValue Logins logins) {

    public StoryDeskProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param enabled      whether this node analyses articles
     * @param merge        whether this node takes analyses into the story (any node may; merges never interleave)
     * @param workers      how many articles this node analyses at once; 0 for one less than its cores (at least one)
     * @param sectionWords an article longer than this is analysed a section at a time, other articles' turns between sections
     * @param lease        how long a job stays a node's without word from it: a node renews its claim while it works,
     *                     so a job whose node stopped goes back to the queue once the lease runs out
     * @param mergeCopies  of how many stories a node keeps a copy in memory for merging (the least recently merged is
     *                     dropped for another, and read again from its log when it is merged next)
     * @param mergeCopyIdle a story's copy not merged for this long is dropped
     */
    public record Analysis(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean merge, @DefaultValue("0") int workers,
                           @DefaultValue("3000") int sectionWords, @DefaultValue("60s") Duration lease,
                           @DefaultValue("8") int mergeCopies, @DefaultValue("30m") Duration mergeCopyIdle) {

        /** The workers to run: as set, or one less than the cores, at least one. */
        public int workerCount() {
            return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        }
    }

    /**
     * Failed logins (form or HTTP Basic) each account, and each client address, may make: {@code attempts} at once,
     * one more regained every {@code window / attempts}. Past that, logins wait; a right password too.
     */
    public record Logins(@DefaultValue("5") int accountAttempts, @DefaultValue("5m") Duration accountWindow,
                         @DefaultValue("20") int addressAttempts, @DefaultValue("5m") Duration addressWindow) {
    }

    /** A login. The password is plain text or a Spring Security encoded value such as {@code {bcrypt}…}. */
    public record Account(String username, String password, Role role) {
    }

    /** Viewers read everything; editors also write. */
    public enum Role {
        EDITOR, VIEWER
    }
}
