package org.storydesk.base.security;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.storydesk.base.api.Problems;

/**
 * {@code Authorization: Bearer …} on the API: the token is looked up by its SHA-256 (a token is
 * 256 random bits, so a fast hash is as safe as a slow one and costs microseconds, where bcrypt
 * costs the whole request), and the request goes on as the account that holds it, with that
 * account's role as configured now. A token that is not live is answered 401 at once.
 */
class BearerTokens extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenHolders holders;
    private final UserDetailsService users;
    private final Supplier<SecurityContextHolderStrategy> contexts;

    /** @param contexts where the rest of this app's security chain looks for who is logged in */
    BearerTokens(ApiTokenHolders holders, UserDetailsService users, Supplier<SecurityContextHolderStrategy> contexts) {
        this.holders = holders;
        this.users = users;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenHolders.Holder> holder = holders.holderOf(header.substring(BEARER.length()).strip());
        Optional<UserDetails> account = holder.flatMap(this::account);
        if (account.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Story Desk\", error=\"invalid_token\"");
            Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                    "This API token is not valid: it was revoked, or never issued. An editor creates tokens under API tokens.");
            return;
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                account.get(), null, account.get().getAuthorities());
        authentication.setDetails(new Editors.ViaToken(holder.get().tokenId(), holder.get().tokenName()));
        SecurityContextHolderStrategy strategy = contexts.get();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<UserDetails> account(ApiTokenHolders.Holder holder) {
        try {
            return Optional.of(users.loadUserByUsername(holder.account()));
        } catch (UsernameNotFoundException e) {
            return Optional.empty(); // the account is no longer configured: its tokens go with it
        }
    }
}
