package org.warrant.shared;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs work that recurses as deep as its input on threads with a large stack, and turns a stack overflow into
 * a refusal. Flexmark matches some constructs with regular expressions that recurse once per character (a
 * link title, an HTML comment, an e-mail autolink), so 3,000 characters of an unclosed one overflow a normal
 * thread's stack; on these threads it takes about 100 times as much, and beyond that the caller gets {@link
 * TooIntricate} to say so, instead of an error that takes the request down. Two threads (one per core),
 * made when needed and ended when idle; work started on one of them runs in place.
 */
public final class DeepStack {

    /** Reserved per thread, and used only as deep as the work goes. */
    static final long STACK_BYTES = 128L << 20;
    private static final String NAME = "deep-stack-";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = pool();

    /** The work ran out of even this stack: its input nests or runs on beyond what can be read. */
    public static final class TooIntricate extends RuntimeException {
        TooIntricate(StackOverflowError cause) {
            super("The text runs on too long without closing something it opened (a link, quote, comment or tag).", cause);
        }
    }

    private DeepStack() {
    }

    public static <T> T call(Supplier<T> work) {
        if (Thread.currentThread().getName().startsWith(NAME)) {
            return guarded(work);
        }
        Future<T> result = POOL.submit(() -> guarded(work));
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading text", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError overflow) {
            throw new TooIntricate(overflow);
        }
    }

    private static ThreadPoolExecutor pool() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(null, task, NAME + COUNT.incrementAndGet(), STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
