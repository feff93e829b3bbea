package org.warrant.assignments;

import java.time.Instant;

/** Where a student (or group) stands on an assignment; the latest submission counts. */
public enum WorkStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), SUBMITTED("Submitted"), LATE("Late");

    private final String label;

    WorkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static WorkStatus of(boolean started, Instant lastSubmitted, Instant due, Instant now) {
        if (lastSubmitted != null) {
            return lastSubmitted.isAfter(due) ? LATE : SUBMITTED;
        }
        if (now.isAfter(due)) {
            return LATE;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
