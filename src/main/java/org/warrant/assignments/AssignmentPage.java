package org.warrant.assignments;

/**
 * An assignment as one member of its seminar sees it. Students get their own work ({@code mine}) and
 * the answer key only once released; instructors get everyone's work. {@code cannotSubmitReason} is a message key
 * (see {@link org.warrant.shared.Messages}) saying why this user can't hand in now, or null.
 */
public record AssignmentPage(Assignment assignment, String seminarName, boolean instructs, Work mine,
                             java.util.List<Work> works, String promptHtml, boolean canSubmit, String cannotSubmitReason) {

    /** The answer key's map id, when this user may open it. */
    public Long visibleReferenceMap() {
        return instructs || assignment.referenceReleased() ? assignment.referenceMapId() : null;
    }
}
