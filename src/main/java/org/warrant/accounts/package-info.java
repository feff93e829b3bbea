/**
 * Accounts: the people who use Warrant and their role (student, instructor, admin). {@link
 * org.warrant.accounts.AccountService} looks accounts up and lets users change their own password; {@link
 * org.warrant.accounts.AccountAdministration} is the admins' (create, change roles, reset passwords) and lets
 * instructors create student accounts; both check the caller in every method. Demo mode creates the demo
 * accounts, production one admin from configuration. The {@code ui} subpackage holds the admins' accounts page.
 */
@NullMarked
package org.warrant.accounts;

import org.jspecify.annotations.NullMarked;
