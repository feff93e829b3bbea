/**
 * Accounts: the people who use Warrant and their role (student, instructor, admin).
 *
 * <p>{@link org.warrant.accounts.AccountService} is the public API. Demo mode creates the demo accounts;
 * production mode creates one admin from configuration and nothing else.
 */
package org.warrant.accounts;
