/**
 * Security: sign-in, roles and the rule that every view declares who may open it.
 *
 * <p>Services check access themselves with method security ({@code @PreAuthorize}); views only decide what
 * to show. {@link org.warrant.security.CurrentUser} tells services and views who is signed in.
 * {@link org.warrant.security.LoginThrottle} pauses sign-in for an account after five wrong passwords in
 * fifteen minutes; the login view says why.
 */
package org.warrant.security;
