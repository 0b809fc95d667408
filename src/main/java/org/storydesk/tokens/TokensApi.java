package org.storydesk.tokens;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.Outcome;
import org.storydesk.base.api.BadRequest;
import org.storydesk.base.api.NotFound;

/**
 * {@code /api/tokens}, for editors: {@code POST {"name": "CMS import"}} answers {@code {"token": "sd_…"}} once;
 * {@code GET} lists the tokens (never the tokens themselves); {@code DELETE /api/tokens/{id}} revokes one.
 */
@RestController
@RequestMapping("/api/tokens")
class TokensApi {

    private final ApiTokens tokens;

    TokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(@NotNull(message = "is required: what will use the token, such as \"CMS import\"") String name) {
    }

    /** A token as listed: everything but the token. */
    record TokenRow(long id, String name, String account, String hint, String created, @Nullable String lastUsed,
                    @Nullable String revoked, @Nullable String revokedBy) {
    }

    /** A new token: the only time {@code token} is ever sent. */
    record CreatedToken(long id, String name, String account, String token, String created) {
    }

    @GetMapping
    List<TokenRow> list() {
        return tokens.all().stream().map(TokensApi::row).toList();
    }

    @PostMapping
    ResponseEntity<CreatedToken> create(@Valid @RequestBody NewToken request) {
        return switch (tokens.create(request.name())) {
            case TokenOutcome.Created created -> ResponseEntity.created(URI.create("/api/tokens/" + created.token().id()))
                    .body(new CreatedToken(created.token().id().value(), created.token().name(), created.token().account(),
                            created.secret(), created.token().created().toString()));
            case TokenOutcome.Refused refused -> throw new BadRequest(refused.reason());
        };
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        return switch (tokens.revoke(TokenId.of(id))) {
            case Outcome.Saved<ApiToken> saved -> ResponseEntity.status(HttpStatus.NO_CONTENT).build();
            case Outcome.Refused<ApiToken> refused -> throw new BadRequest(refused.reason());
            case Outcome.Missing<ApiToken> missing -> throw new NotFound("There is no " + missing.what());
            case Outcome.Conflict<ApiToken> conflict -> throw new IllegalStateException("Revoking cannot conflict");
        };
    }

    private static TokenRow row(ApiToken token) {
        return new TokenRow(token.id().value(), token.name(), token.account(), token.hint(), token.created().toString(),
                token.lastUsed() == null ? null : token.lastUsed().toString(),
                token.revoked() == null ? null : token.revoked().toString(), token.revokedBy());
    }
}
