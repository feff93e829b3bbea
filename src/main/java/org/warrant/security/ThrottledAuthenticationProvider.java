package org.warrant.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in through {@link LoginThrottle}: a refused attempt is answered before its password is even
 * checked, a wrong password counts against the account and the client, and a right one clears the count of
 * this account from this client. The client is the address the request came from, as Tomcat reads it behind
 * a trusted proxy (docs/deploy.md).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : LoginThrottle.UNKNOWN_CLIENT;
        throttle.refusal(username, client).ifPresent(why -> {
            throw new LockedException(why);
        });
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, client);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, client);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
