/**
 * The grading views: an instructor's rubrics, an assignment's grading (the work, the rubric form with the
 * comparison's figures as hints, releasing), and the sections grading adds to an assignment's page.
 */
@NullMarked
package org.warrant.grading.ui;

import org.jspecify.annotations.NullMarked;
