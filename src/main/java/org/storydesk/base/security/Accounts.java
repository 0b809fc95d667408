package org.storydesk.base.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.storydesk.base.StoryDeskProperties.Account;
import org.storydesk.base.StoryDeskProperties.Role;

/**
 * The logins the app accepts. On the embedded database (a laptop, a demo) the demo accounts
 * {@code editor}/{@code editor} and {@code viewer}/{@code viewer} exist unless others are configured; with an
 * external database (a shared deployment) accounts must be configured and the demo
 * passwords are refused, so a newsroom never goes live with them.
 */
public final class Accounts {

    public static final List<Account> DEMO = List.of(
            new Account("editor", "editor", Role.EDITOR),
            new Account("viewer", "viewer", Role.VIEWER));

    private static final Set<String> DEMO_PASSWORDS = Set.of("editor", "viewer");

    private Accounts() {
    }

    /** The accounts to use, or a refusal that says what the operator must change. */
    public static List<Account> resolve(List<Account> configured, boolean embeddedDatabase) {
        for (Account account : configured) {
            if (account.username() == null || account.username().isBlank()
                    || account.password() == null || account.password().isBlank() || account.role() == null) {
                throw new IllegalStateException(
                        "Every account in storydesk.accounts needs a username, a password and a role (EDITOR or VIEWER)");
            }
        }
        if (embeddedDatabase) {
            return configured.isEmpty() ? DEMO : configured;
        }
        if (configured.isEmpty()) {
            throw new IllegalStateException("An external database is configured but no accounts are: set "
                    + "storydesk.accounts[0].username/password/role (or STORYDESK_ACCOUNTS_0_USERNAME, …)");
        }
        for (Account account : configured) {
            String password = account.password();
            if (DEMO_PASSWORDS.contains(password) || password.equals(account.username())) {
                throw new IllegalStateException("Account '" + account.username()
                        + "' uses a demo password; with an external database every account needs a real one");
            }
        }
        return configured;
    }

    static UserDetails toUser(Account account, PasswordEncoder encoder) {
        String password = account.password().startsWith("{") ? account.password() : encoder.encode(account.password());
        return User.withUsername(account.username())
                .password(password)
                .roles(account.role().name())
                .build();
    }
}
