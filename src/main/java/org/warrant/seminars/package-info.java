/**
 * Seminars: an instructor's course. An instructor creates one and gets a join code; students join with it;
 * the seminar's instructors see the roster, remove students, add co-instructors and split students into
 * groups. {@link org.warrant.seminars.SeminarService} is the public API and checks, in every method, that the
 * user is a member (or an instructor) of the seminar; to anyone else a seminar does not exist. The {@code ui}
 * subpackage holds the seminars list, a seminar's page and the join link.
 */
package org.warrant.seminars;
