package org.warrant.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import org.warrant.shared.DeepStack;

/**
 * The pieces of a long outline ({@link OutlineReader#pieces}), each parsed and read once, by whichever thread
 * asks first: a background task reads them in order, and the importing thread reads a piece itself when it
 * needs one the task has not started, or reads from the end while it waits. So one core writes the map while
 * the other is still reading it.
 */
final class OutlinePieces {

    private final IntFunction<OutlineReader> read;
    private final List<CompletableFuture<OutlineReader>> pieces = new ArrayList<>();
    private final List<AtomicBoolean> started = new ArrayList<>();

    /** {@code read}: reads the piece of that index. */
    OutlinePieces(int count, IntFunction<OutlineReader> read) {
        this.read = read;
        for (int i = 0; i < count; i++) {
            pieces.add(new CompletableFuture<>());
            started.add(new AtomicBoolean());
        }
        if (count > 1) {
            CompletableFuture.runAsync(() -> {
                for (int i = 1; i < count; i++) {
                    readIfNotStarted(i);
                }
            });
        }
    }

    int count() {
        return pieces.size();
    }

    /**
     * The piece, read. While another thread is still reading it, reads the last pieces nobody has started. A
     * piece that could not be read throws what reading it threw ({@link DeepStack.TooIntricate}, for one).
     */
    OutlineReader get(int index) {
        readIfNotStarted(index);
        for (int last = pieces.size() - 1; last > index && !pieces.get(index).isDone(); last--) {
            readIfNotStarted(last);
        }
        try {
            return pieces.get(index).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void readIfNotStarted(int index) {
        if (started.get(index).compareAndSet(false, true)) {
            try {
                pieces.get(index).complete(DeepStack.call(() -> read.apply(index))); // Flexmark's regexes recurse
            } catch (RuntimeException | Error e) {
                pieces.get(index).completeExceptionally(e);
            }
        }
    }
}
