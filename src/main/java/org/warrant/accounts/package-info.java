/**
 * Accounts: the people who use Warrant and their role (student, instructor, admin).
 *
 * <p>{@link org.warrant.accounts.AccountService} looks accounts up and lets users change their own password
 * (under {@code PasswordPolicy}); {@link org.warrant.accounts.AccountAdministration} is for admins (create,
 * change roles, reset passwords) and lets instructors create student accounts. Both check the caller in
 * every method. Demo mode creates the demo accounts; production mode creates one admin from configuration
 * and nothing else. The {@code ui} subpackage holds the password dialog and the admins' accounts page.
 */
package org.warrant.accounts;
