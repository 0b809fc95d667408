package org.storydesk.base.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check for both doors (the login form and HTTP Basic), behind the throttle: a
 * login to a locked account or from a locked address is refused before its password is hashed;
 * a wrong password takes a token from both; the right one clears the account's failures.
 */
class ThrottledPasswords implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledPasswords(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String account = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "an unknown address";
        Optional<LoginThrottle.Lockout> lockout = throttle.lockout(account, address);
        if (lockout.isPresent()) {
            throw new LoginLocked(lockout.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(login);
            throttle.succeeded(account);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
