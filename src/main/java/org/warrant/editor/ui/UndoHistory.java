package org.warrant.editor.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own edits in this editor, undoable and redoable in order. Undoing a deletion brings the nodes
 * back with new ids; older steps find them through {@link #resolve}.
 */
class UndoHistory {

    interface Action {
        void run();
    }

    record Step(String label, Action undo, Action redo) {
    }

    private static final int LIMIT = 200;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final Map<Long, Long> renamed = new HashMap<>();

    void record(Step step) {
        done.push(step);
        undone.clear();
        if (done.size() > LIMIT) {
            done.removeLast();
        }
    }

    Optional<Step> undo() {
        Step step = done.poll();
        if (step != null) {
            step.undo().run();
            undone.push(step);
        }
        return Optional.ofNullable(step);
    }

    Optional<Step> redo() {
        Step step = undone.poll();
        if (step != null) {
            step.redo().run();
            done.push(step);
        }
        return Optional.ofNullable(step);
    }

    /** The id a node has now, after any deletions that were undone. */
    long resolve(long id) {
        Long at = id;
        while (renamed.containsKey(at)) {
            at = renamed.get(at);
        }
        return at;
    }

    void renamedAll(Map<Long, Long> oldToNew) {
        renamed.putAll(oldToNew);
    }

    /** Forget everything, e.g. when an edit could not be undone because others changed the map meanwhile. */
    void clear() {
        done.clear();
        undone.clear();
    }
}
