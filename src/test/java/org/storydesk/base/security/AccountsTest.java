package org.storydesk.base.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.storydesk.base.StoryDeskProperties.Account;
import org.storydesk.base.StoryDeskProperties.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsTest {

    @Test
    void onTheEmbeddedDatabaseTheDemoAccountsExist() {
        assertThat(Accounts.resolve(List.of(), true)).extracting(Account::username).containsExactly("editor", "viewer");
    }

    @Test
    void configuredAccountsReplaceTheDemoAccounts() {
        List<Account> configured = List.of(new Account("ada", "s3cret-long", Role.EDITOR));
        assertThat(Accounts.resolve(configured, true)).isEqualTo(configured);
        assertThat(Accounts.resolve(configured, false)).isEqualTo(configured);
    }

    @Test
    void aSharedDeploymentWithoutAccountsRefusesToStart() {
        assertThatThrownBy(() -> Accounts.resolve(List.of(), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no accounts");
    }

    @Test
    void aSharedDeploymentWithTheDemoPasswordsRefusesToStart() {
        assertThatThrownBy(() -> Accounts.resolve(List.of(new Account("editor", "editor", Role.EDITOR)), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo password");
        assertThatThrownBy(() -> Accounts.resolve(List.of(new Account("desk", "viewer", Role.VIEWER)), false))
                .hasMessageContaining("demo password");
    }

    @Test
    void anAccountWithoutARoleIsRefused() {
        assertThatThrownBy(() -> Accounts.resolve(List.of(new Account("ada", "s3cret-long", null)), true))
                .hasMessageContaining("role");
    }
}
