/**
 * Assignments: an instructor's task in a seminar (a Markdown prompt, articles, a due date, individual or group
 * work, an optional answer key). Students start their map (or their group's), submit snapshots of it, and see
 * a status; instructors follow every student's work, allow resubmission, release the answer key and publish
 * the maps to the seminar. {@link org.warrant.assignments.AssignmentService} is the public API and checks
 * seminar membership in every method; the {@code ui} subpackage holds the assignments list (the home page)
 * and an assignment's page.
 */
package org.warrant.assignments;
