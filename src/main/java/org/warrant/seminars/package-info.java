/**
 * Seminars: an instructor's course, with a join code, a roster, co-instructors and groups. {@link
 * org.warrant.seminars.SeminarService} is the API and checks, in every method, that the user is a member of the
 * seminar; to anyone else a seminar does not exist. It answers {@link org.warrant.maps.SeminarRoles} for the
 * rules of maps. The {@code ui} subpackage holds the seminars list, a seminar's page and the join link.
 */
@NullMarked
package org.warrant.seminars;

import org.jspecify.annotations.NullMarked;
