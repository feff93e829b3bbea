package org.warrant.assignments;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of an assignment's page that a feature built on assignments adds (grading adds the student's released
 * feedback, and the instructors' way to the grading). Spring beans of this type are shown in order, below the work.
 * Kept here, so that assignments need not know the features that build on them.
 */
public interface AssignmentPageSection {

    /** The section for this user's view of the assignment, or nothing. Called while the page is drawn. */
    Optional<Component> section(AssignmentPage page);
}
