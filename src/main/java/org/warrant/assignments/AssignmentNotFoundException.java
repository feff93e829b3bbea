package org.warrant.assignments;

/** No such assignment, or not one this user may see: the two are told apart only in the log. */
public class AssignmentNotFoundException extends RuntimeException {

    AssignmentNotFoundException(long id) {
        super("There is no assignment " + id + " that you can open.");
    }
}
