package org.storydesk.base.security;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** Who is at the desk, for the UI to show or hide what only editors may do. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public String name() {
        return authentication.getPrincipalName().orElse("anonymous");
    }

    public boolean isEditor() {
        return authentication.hasRole(Roles.EDITOR);
    }

    public Optional<String> nameIfLoggedIn() {
        return authentication.getPrincipalName();
    }

    public void logout() {
        authentication.logout();
    }
}
