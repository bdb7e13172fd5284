package dev.passerelle.segmentation;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reuses costly, stateful Okapi objects across calls, one borrower at a time. A pool rather than a ThreadLocal
 * because the app runs on virtual threads, which would each build their own.
 */
final class Pool<T> {

    private final Queue<T> idle = new ConcurrentLinkedQueue<>();
    private final Supplier<T> factory;

    Pool(Supplier<T> factory) {
        this.factory = factory;
    }

    /** Runs {@code work} with an instance no other caller holds meanwhile. */
    <R> R with(Function<T, R> work) {
        T item = idle.poll();
        if (item == null) {
            item = factory.get();
        }
        try {
            return work.apply(item);
        } finally {
            idle.offer(item);
        }
    }
}
