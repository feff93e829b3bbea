package org.warrant.export;

/** Something wrong with an outline, at a line (1-based; 0 for the outline as a whole), said for its author. */
public record OutlineProblem(int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? "Line " + line + ": " + message : message;
    }
}
