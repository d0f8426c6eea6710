package org.strata.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Records that arrive in one order (the store's doc order, which reads fast) and must be written in another (the
 * passages' source order, which is the same for the same corpus): each record is appended to a temporary file
 * with its rank, and {@link #drainTo} copies them out sorted by rank. Memory holds 20 bytes a record, not the
 * records.
 */
final class Spool implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private long written;
    private int[] ranks = new int[1024];
    private long[] offsets = new long[1024];
    private int[] tokens = new int[1024];
    private float[] density = new float[1024];
    private int count;

    Spool(Path file) throws IOException {
        this.file = file;
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Appends one record (a JSON line, newline included) with its rank and tokens. */
    void add(int rank, Json line, int recordTokens) throws IOException {
        add(rank, line, recordTokens, Float.NaN);
    }

    /** As above, with the passage's density: {@link #drainTo(PackFile, long)} repeats the densest first. */
    void add(int rank, Json line, int recordTokens, float recordDensity) throws IOException {
        byte[] b = line.bytes();
        int len = line.length();
        if (count == ranks.length) {
            ranks = Arrays.copyOf(ranks, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
            tokens = Arrays.copyOf(tokens, count * 2);
            density = Arrays.copyOf(density, count * 2);
        }
        ranks[count] = rank;
        offsets[count] = written;
        tokens[count] = recordTokens;
        density[count] = recordDensity;
        count++;
        if (len > buffer.remaining()) flush();
        if (len > buffer.capacity()) {
            ByteBuffer big = ByteBuffer.wrap(b, 0, len);
            while (big.hasRemaining()) channel.write(big);
        } else {
            buffer.put(b, 0, len);
        }
        written += len;
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) channel.write(buffer);
        buffer.clear();
    }

    /** Writes every record to {@code out} in rank order. */
    void drainTo(PackFile out) throws IOException {
        drainTo(out, 0);
    }

    /** The most times one record is written by {@link #drainTo(PackFile, long)}, whatever the target. */
    static final int MAX_READS = 100;

    /**
     * Writes every record in rank order, then, while fewer than {@code targetTokens} tokens are written, further
     * rounds: each round takes the records still allowed one more read, densest first (a record with no density
     * last), until the target is met, and writes them in rank order. A record is written at most
     * {@value #MAX_READS} times.
     */
    void drainTo(PackFile out, long targetTokens) throws IOException {
        flush();
        long[] order = new long[count];
        for (int i = 0; i < count; i++) order[i] = ((long) ranks[i] << 32) | i;
        Arrays.sort(order);
        java.nio.MappedByteBuffer mapped = written > 0 && written <= Integer.MAX_VALUE ? channel.map(FileChannel.MapMode.READ_ONLY, 0, written) : null;
        byte[][] rec = {new byte[1 << 16]};
        long total = 0;
        for (long o : order) total += copy((int) o, out, mapped, rec);
        if (total <= 0 || total >= targetTokens) return;
        // densest first; the same order every time for the same records
        Integer[] byDensity = new Integer[count];
        for (int k = 0; k < count; k++) byDensity[k] = (int) order[k];
        Arrays.sort(byDensity, (a, b) -> {
            float x = Float.isNaN(density[a]) ? Float.NEGATIVE_INFINITY : density[a], y = Float.isNaN(density[b]) ? Float.NEGATIVE_INFINITY : density[b];
            return x != y ? Float.compare(y, x) : Integer.compare(ranks[a], ranks[b]);
        });
        for (int round = 2; round <= MAX_READS && total < targetTokens; round++) {
            boolean[] again = new boolean[count];
            for (int i : byDensity) {
                if (total >= targetTokens) break;
                again[i] = true;
                total += tokens[i];
            }
            for (long o : order) if (again[(int) o]) copy((int) o, out, mapped, rec);
        }
    }

    private int copy(int i, PackFile out, java.nio.MappedByteBuffer mapped, byte[][] buf) throws IOException {
        long start = offsets[i];
        int len = (int) ((i + 1 < count ? offsets[i + 1] : written) - start);
        if (len > buf[0].length) buf[0] = new byte[len];
        byte[] rec = buf[0];
        if (mapped != null) {
            mapped.get((int) start, rec, 0, len);
        } else {
            ByteBuffer b = ByteBuffer.wrap(rec, 0, len);
            while (b.hasRemaining()) {
                if (channel.read(b, start + b.position()) < 0) throw new IOException(file + ": ended early");
            }
        }
        out.raw(rec, len, tokens[i]);
        return tokens[i];
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
