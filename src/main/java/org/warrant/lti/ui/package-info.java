/**
 * The LTI views: the admin page (Warrant's details for the LMS, the registered platforms, the signing keys), the
 * instructor's Deep Linking choice, and the LMS course on a seminar's page.
 */
@NullMarked
package org.warrant.lti.ui;

import org.jspecify.annotations.NullMarked;
