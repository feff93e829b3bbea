package org.warrant.seminars;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of a seminar's page that a feature built on seminars adds (the LMS link adds the course and its roster).
 * Spring beans of this type are shown in order at the end of the page.
 */
public interface SeminarPageSection {

    /** The section for this user's view of the seminar, or nothing. Called while the page is drawn. */
    Optional<Component> section(Seminar seminar);
}
