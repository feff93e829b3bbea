package org.warrant.seminars;

/** No seminar with this id that the user belongs to: missing and not-yours look the same, so ids can't be probed. */
public class SeminarNotFoundException extends RuntimeException {

    public SeminarNotFoundException(long id) {
        super("No seminar " + id);
    }
}
