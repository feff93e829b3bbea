package org.warrant.security;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.warrant.accounts.PasswordGuesses;

/**
 * A password change's check of the current password, counted by {@link LoginThrottle} like a sign-in from
 * the address of the request that makes it.
 */
@Component
class PasswordChangeGuesses implements PasswordGuesses {

    private final LoginThrottle throttle;

    PasswordChangeGuesses(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Optional<String> refusal(String username) {
        return throttle.refusal(username, client());
    }

    @Override
    public void wrong(String username) {
        throttle.failed(username, client());
    }

    @Override
    public void right(String username) {
        throttle.succeeded(username, client());
    }

    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : LoginThrottle.UNKNOWN_CLIENT;
    }
}
