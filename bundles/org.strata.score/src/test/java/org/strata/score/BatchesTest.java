package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * How sorted sequences become batches: within the settings' limits, and on a GPU's limits with little padding, so that
 * a GPU runs the passages' tokens rather than mostly padding when their lengths differ widely.
 */
class BatchesTest {
    private static final EncoderSettings GPU = EncoderSettings.on(EncoderSettings.Device.CUDA).onCuda();

    @Test
    void aGpuBatchIsCutWhereTheNextSequenceWouldMostlyAddPadding() {
        int[][] seqs = sorted(lengths(1000, 20), lengths(1000, 250));
        List<int[]> b = Encoder.batches(seqs, GPU);
        assertEquals(2, b.size(), describe(b));
        assertTrue(Arrays.equals(new int[] {0, 1000, 20}, b.get(0)) && Arrays.equals(new int[] {1000, 2000, 250}, b.get(1)), describe(b));
        // before: the first batch took 1,024 sequences padded to 250 tokens, 90% of it padding
    }

    @Test
    void widelyVaryingLengthsRunWithAFifthOfPaddingAtMostAllTold() {
        SplittableRandom r = new SplittableRandom(5);
        int[] lengths = new int[4096];
        for (int i = 0; i < lengths.length; i++) lengths[i] = 8 + r.nextInt(249);
        int[][] seqs = sorted(lengths);
        List<int[]> b = Encoder.batches(seqs, GPU);
        long text = 0, run = 0;
        for (int[] batch : b) {
            long t = 0;
            for (int k = batch[0]; k < batch[1]; k++) t += seqs[k].length;
            long padded = (long) (batch[1] - batch[0]) * batch[2];
            assertTrue(batch[1] - batch[0] <= 1024 && padded <= GPU.batchTokens(), describe(b));
            text += t;
            run += padded;
        }
        assertEquals(4096, b.get(b.size() - 1)[1]);
        assertTrue(run * 4 <= text * 5, "a fifth of what runs padding at most: " + (run - text) + " of " + run + " tokens run");
        assertTrue(b.size() <= 12, "still few, large batches: " + b.size());
    }

    @Test
    void aCpusBatchesKeepItsLimitsAsBefore() {
        int[][] seqs = sorted(lengths(100, 10), lengths(100, 40), lengths(10, 500));
        List<int[]> b = Encoder.batches(seqs, EncoderSettings.cpu());
        for (int[] batch : b) {
            assertTrue(batch[1] - batch[0] <= 64, describe(b));
            assertTrue((long) (batch[1] - batch[0]) * batch[2] <= 1024 || batch[1] - batch[0] == 1, describe(b));
        }
        // 10-token sequences: 64 a batch (the sequence limit), then the rest with 40-token ones up to 1,024 tokens
        assertTrue(Arrays.equals(new int[] {0, 64, 10}, b.get(0)), describe(b));
        assertEquals(5, b.stream().filter(x -> x[2] == 500 && x[1] - x[0] == 2).count(), "two 500-token sequences a batch: " + describe(b));
    }

    private static int[] lengths(int n, int length) {
        int[] out = new int[n];
        Arrays.fill(out, length);
        return out;
    }

    private static int[][] sorted(int[]... groups) {
        int[] all = Arrays.stream(groups).flatMapToInt(Arrays::stream).sorted().toArray();
        int[][] seqs = new int[all.length][];
        for (int i = 0; i < all.length; i++) seqs[i] = new int[all[i]];
        return seqs;
    }

    private static String describe(List<int[]> batches) {
        StringBuilder s = new StringBuilder();
        for (int[] b : batches) s.append(Arrays.toString(b)).append(' ');
        return s.toString();
    }
}
