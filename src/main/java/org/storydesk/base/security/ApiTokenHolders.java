package org.storydesk.base.security;

import java.util.Optional;

/**
 * Who holds an API token, for the security chain to let its requests in as that account. The
 * feature that issues tokens answers; the shell knows only this question.
 */
public interface ApiTokenHolders {

    /** The token as it was sent, and who holds it; empty for a token that was revoked or never issued. */
    Optional<Holder> holderOf(String token);

    /** A live token's id, name and the account it acts for. */
    record Holder(long tokenId, String tokenName, String account) {
    }
}
