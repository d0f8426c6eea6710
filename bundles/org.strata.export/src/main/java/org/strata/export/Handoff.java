package org.strata.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.strata.store.Passage;
import org.strata.store.PassageStore;

/**
 * Hands passages read on one thread to a consumer on another, in batches, in the order they came: reading the
 * store and making the records overlap. A failure on either side stops both and is thrown by {@link #finish}.
 */
final class Handoff implements AutoCloseable {
    private static final int BATCH = 512;
    private record Item(Passage passage, int rank) {}

    private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(8);
    private final PassageStore.RankedVisitor consumer;
    private final Thread worker;
    private volatile Throwable failure;
    private List<Item> batch = new ArrayList<>(BATCH);

    Handoff(PassageStore.RankedVisitor consumer) {
        this.consumer = consumer;
        worker = new Thread(this::work, "strata-pack-writer");
        worker.setDaemon(true);
        worker.start();
    }

    private void work() {
        try {
            while (true) {
                List<Item> b = queue.take();
                if (b.isEmpty()) return;
                for (Item i : b) consumer.accept(i.passage(), i.rank());
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    /** Takes a passage; several threads may call it at once. */
    synchronized void accept(Passage p, int rank) throws IOException {
        batch.add(new Item(p, rank));
        if (batch.size() == BATCH) send();
    }

    private void send() throws IOException {
        try {
            while (!queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        check();
        batch = new ArrayList<>(BATCH);
    }

    private void check() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error er) throw er;
        if (t != null) throw new IOException(t);
    }

    /** Sends what is left, waits for the consumer to finish, and throws what it failed with. */
    synchronized void finish() throws IOException {
        if (!batch.isEmpty()) send();
        batch = new ArrayList<>();
        send();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        check();
    }

    @Override
    public void close() {
        if (worker.isAlive()) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
