/**
 * LTI 1.3: Warrant as a tool in a learning management system (decision 0025). Admins register platforms ({@link
 * org.warrant.lti.LtiPlatforms}); a signed launch signs its user in, with an account, a seminar for the course and
 * the assignment the link points to; Deep Linking lets instructors pick or set an assignment from the course; the
 * course roster comes in through the Names and Role Provisioning Service ({@link org.warrant.lti.CourseRosters}); and
 * released grades go to the course's gradebook through the Assignment and Grade Services. Warrant's signing keys
 * live in the database and rotate ({@link org.warrant.lti.ToolKeys}).
 */
@NullMarked
package org.warrant.lti;

import org.jspecify.annotations.NullMarked;
