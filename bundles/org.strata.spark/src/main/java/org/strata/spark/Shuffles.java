package org.strata.spark;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The bytes the tasks of a Spark context wrote to the shuffle, as Spark's own task metrics count them (after
 * serialization and compression: what crosses the network on a cluster). {@link #total()} waits until every task
 * that ended so far is counted.
 */
final class Shuffles extends SparkListener {
    private final SparkContext context;
    private final AtomicLong bytes = new AtomicLong();

    private Shuffles(SparkContext context) {
        this.context = context;
    }

    /** A meter on this context, counting from now. */
    static Shuffles on(SparkContext context) {
        Shuffles s = new Shuffles(context);
        context.addSparkListener(s);
        return s;
    }

    @Override
    public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
        if (!Boolean.getBoolean("strata.shuffles.stages")) return;
        org.apache.spark.scheduler.StageInfo s = done.stageInfo();
        long b = s.taskMetrics().shuffleWriteMetrics().bytesWritten();
        if (b > 0) System.err.println("shuffle stage " + s.stageId() + " " + s.name() + ": " + b + " bytes, " + s.taskMetrics().shuffleWriteMetrics().recordsWritten() + " records");
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics m = end.taskMetrics();
        if (m != null) bytes.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    }

    /**
     * The bytes written to the shuffle since this meter was made: every task that ended is counted, unless Spark's
     * listener bus is too slow to deliver their events (then the count is short, never the job failed for it).
     */
    long total() {
        try {
            context.listenerBus().waitUntilEmpty(); // the events of the tasks that ended are delivered on the bus's own thread
        } catch (Exception e) { // a TimeoutException, undeclared in Scala's signature
            // a figure, not a result: the count so far
        }
        return bytes.get();
    }

    /** Stops counting. */
    void close() {
        context.removeSparkListener(this);
    }
}
