package yuanwen.align;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits independent work over indices {@code [0, n)} between the calling thread and one helper
 * (the machines this runs on have two cores or more). Callers write only their own indices, so
 * the result does not depend on timing.
 */
final class TwoThreads {

    /** Below this many indices a second thread is not worth starting. */
    static final int MIN_SPLIT = 4_000;

    interface RangeTask {
        void run(int from, int to);
    }

    private TwoThreads() {
    }

    static void forRange(int n, RangeTask task) {
        if (n < MIN_SPLIT || Runtime.getRuntime().availableProcessors() < 2) {
            task.run(0, n);
            return;
        }
        int half = n / 2;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread helper = new Thread(() -> {
            try {
                task.run(half, n);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "yuanwen-align-helper");
        helper.setDaemon(true);
        helper.start();
        try {
            task.run(0, half);
        } finally {
            join(helper);
        }
        rethrow(failure.get());
    }

    static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static void rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error e) {
            throw e;
        } else if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
