/**
 * Security: sign-in, roles, and the rule that every view declares who may open it. Services check access
 * themselves with method security; {@link org.warrant.security.CurrentUser} tells them who is signed in. {@link
 * org.warrant.security.LoginThrottle} slows password guessing per account and client, per client and per
 * account a day (decision 0009); {@code SecurityHeaders} sets the security headers of every response. The {@code ui} subpackage holds the sign-in and registration pages.
 */
@NullMarked
package org.warrant.security;

import org.jspecify.annotations.NullMarked;
