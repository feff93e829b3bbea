/**
 * Security: sign-in, roles, and the rule that every view declares who may open it. Services check access
 * themselves with method security; {@link org.warrant.security.CurrentUser} tells them who is signed in. {@link
 * org.warrant.security.LoginThrottle} pauses sign-in for an account after five wrong passwords in fifteen
 * minutes. The {@code ui} subpackage holds the sign-in and registration pages.
 */
@NullMarked
package org.warrant.security;

import org.jspecify.annotations.NullMarked;
