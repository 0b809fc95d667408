package org.storydesk.tokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tokens' rows. A token is found by the SHA-256 of what its holder sends, through a unique index. */
@Repository
class TokenRepository {

    private static final String COLUMNS = "id, name, account, hint, created, last_used, revoked, revoked_by";

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken insert(String name, String account, String hash, String hint) {
        return jdbc.sql("INSERT INTO api_tokens (name, account, token_hash, hint) VALUES (:name, :account, :hash, :hint) RETURNING "
                        + COLUMNS)
                .param("name", name).param("account", account).param("hash", hash).param("hint", hint)
                .query(TokenRepository::token).single();
    }

    /** A live token by its hash. */
    Optional<ApiToken> live(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = :hash AND revoked IS NULL")
                .param("hash", hash).query(TokenRepository::token).optional();
    }

    Optional<ApiToken> find(TokenId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE id = :id").param("id", id.value())
                .query(TokenRepository::token).optional();
    }

    /** Every token, live ones first, newest first. */
    List<ApiToken> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens ORDER BY revoked IS NOT NULL, created DESC, id DESC")
                .query(TokenRepository::token).list();
    }

    /** Revokes a live token; a token revoked already (by someone else, just now) is left as it is. */
    Optional<ApiToken> revoke(TokenId id, String by) {
        return jdbc.sql("UPDATE api_tokens SET revoked = clock_timestamp(), revoked_by = :by WHERE id = :id AND revoked IS NULL RETURNING "
                        + COLUMNS)
                .param("id", id.value()).param("by", by).query(TokenRepository::token).optional();
    }

    void used(TokenId id, Instant at) {
        jdbc.sql("UPDATE api_tokens SET last_used = :at WHERE id = :id AND (last_used IS NULL OR last_used < :at)")
                .param("id", id.value()).param("at", Timestamp.from(at)).update();
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(TokenId.of(rs.getLong("id")), rs.getString("name"), rs.getString("account"), rs.getString("hint"),
                rs.getTimestamp("created").toInstant(), instant(rs.getTimestamp("last_used")), instant(rs.getTimestamp("revoked")),
                rs.getString("revoked_by"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
