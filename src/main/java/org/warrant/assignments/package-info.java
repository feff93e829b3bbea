/**
 * Assignments: an instructor's task in a seminar (a Markdown prompt, articles, a due date, individual or group
 * work, an optional answer key); students start their map and submit snapshots of it. {@link
 * org.warrant.assignments.AssignmentService} is the public API and checks seminar membership in every method.
 * The {@code ui} subpackage holds the assignments list (the home page) and an assignment's page.
 */
@NullMarked
package org.warrant.assignments;

import org.jspecify.annotations.NullMarked;
