package org.storydesk.base.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused unheard because its account or its address has failed too often; it says for how long. */
class LoginLocked extends AuthenticationException {

    private final transient LoginThrottle.Lockout lockout;

    LoginLocked(LoginThrottle.Lockout lockout) {
        super(lockout.message());
        this.lockout = lockout;
    }

    LoginThrottle.Lockout lockout() {
        return lockout;
    }
}
