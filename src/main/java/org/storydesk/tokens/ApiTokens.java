package org.storydesk.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.Outcome;
import org.storydesk.base.Text;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.ApiTokenHolders;
import org.storydesk.base.security.Editors;
import org.storydesk.history.History;

/**
 * API tokens: an editor creates one for an integration, which then acts as that editor; any
 * editor may revoke one. A token is 256 random bits, shown once and kept only as its SHA-256, so
 * a copy of the database gives nobody a way in (see docs/adr/0002-api-tokens.md). Creating and
 * revoking are editors' writes, in the audit log.
 */
@Service
public class ApiTokens implements ApiTokenHolders {

    /** The kind of change a revoke announces to every node. */
    static final String TOKENS = "tokens";
    /** What every token starts with, so a leaked one is recognised (and a secret scanner can find it). */
    static final String PREFIX = "sd_";
    static final int MAX_NAME = 100;
    /** How often a token's "last used" is written: once a minute is exact enough, and costs no write per request. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final TokenRepository repository;
    private final History audit;
    private final StoryChanges changes;
    private final Map<TokenId, Instant> recordedUse = new ConcurrentHashMap<>();
    /**
     * Live tokens this node has seen, by hash, so that an integration's every request is not a database read.
     * A revoke empties it on every node (announced through the database, after the revoke commits); the
     * expiry bounds how long a node that missed the announcement could go on trusting a revoked token.
     */
    private final Cache<String, ApiToken> live = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(30)).build();

    ApiTokens(TokenRepository repository, History audit, StoryChanges changes) {
        this.repository = repository;
        this.audit = audit;
        this.changes = changes;
        changes.subscribe(change -> {
            if (TOKENS.equals(change.kind())) {
                live.invalidateAll();
            }
        });
    }

    /** A new token for the logged-in editor, named for what will use it. Tokens cannot mint tokens: a password is needed. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public TokenOutcome create(@Nullable String name) {
        String named = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (named.isEmpty()) {
            return new TokenOutcome.Refused("Name the token for what will use it, such as “CMS import”");
        }
        if (named.length() > MAX_NAME) {
            return new TokenOutcome.Refused("A token's name may be at most " + MAX_NAME + " characters");
        }
        Optional<String> nul = Text.nulIn("A token's name", named);
        if (nul.isPresent()) {
            return new TokenOutcome.Refused(nul.get());
        }
        if (Editors.viaToken()) {
            return new TokenOutcome.Refused("A token cannot create tokens: create them with your password (HTTP Basic, or the dashboard)");
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        ApiToken token = repository.insert(named, Editors.current(), hash(secret), secret.substring(0, PREFIX.length() + 4) + "…");
        audit.record(null, "create token", "token", token.id().toString(), token.name(), null, content(token));
        return new TokenOutcome.Created(token, secret);
    }

    /** Revokes a token: from now on it lets nobody in, on any node. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<ApiToken> revoke(TokenId id) {
        Optional<ApiToken> before = repository.find(id);
        if (before.isEmpty()) {
            return new Outcome.Missing<>("token " + id);
        }
        Optional<ApiToken> revoked = repository.revoke(id, Editors.current());
        if (revoked.isEmpty()) {
            return new Outcome.Refused<>("The token “" + before.get().name() + "” was revoked already");
        }
        audit.record(null, "revoke token", "token", id.toString(), revoked.get().name(), content(before.get()), content(revoked.get()));
        recordedUse.remove(id);
        live.invalidateAll();
        changes.announce(new Change(null, TOKENS, id.toString()));
        return new Outcome.Saved<>(revoked.get());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<ApiToken> all() {
        return repository.all();
    }

    @Override
    public Optional<Holder> holderOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<ApiToken> found = Optional.ofNullable(live.getIfPresent(hash)).or(() -> {
            Optional<ApiToken> read = repository.live(hash);
            read.ifPresent(known -> live.put(hash, known));
            return read;
        });
        found.ifPresent(this::recordUse);
        return found.map(live -> new Holder(live.id().value(), live.name(), live.account()));
    }

    private void recordUse(ApiToken token) {
        Instant now = Instant.now();
        Instant last = recordedUse.get(token.id());
        if (last == null || last.plus(USE_RECORDED_EVERY).isBefore(now)) {
            recordedUse.put(token.id(), now);
            repository.used(token.id(), now);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> content(ApiToken token) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("name", token.name());
        content.put("account", token.account());
        content.put("hint", token.hint());
        content.put("revoked", token.revoked() == null ? null : token.revoked().toString());
        return content;
    }
}
