package org.strata.score;

import java.util.Locale;

/**
 * How an {@link Encoder} runs: on which device, how many sequences and tokens go into one inference batch, with
 * how many threads, and whether the int8 (dynamically quantized) weights are used instead of fp32.
 *
 * @param device where to run: {@link Device#AUTO} takes CUDA where its provider loads and the CPU otherwise
 * @param batch the most sequences in one batch
 * @param batchTokens the most tokens (sequences times their padded length) in one batch
 * @param threads ONNX Runtime intra-op threads; 0 for one per core
 * @param int8 use the quantized model: faster on CPU, but its embeddings depend slightly on the batch
 */
public record EncoderSettings(Device device, int batch, int batchTokens, int threads, boolean int8) {
    /** Where inference runs. */
    public enum Device {
        AUTO, CPU, CUDA;

        /** Parses auto, cpu or cuda (any case). */
        public static Device parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown device '" + s + "': auto, cpu or cuda");
            }
        }
    }

    public EncoderSettings {
        if (batch < 1) throw new IllegalArgumentException("the batch must hold at least one passage, not " + batch);
        if (batchTokens < Encoder.MAX_POSITIONS) batchTokens = Encoder.MAX_POSITIONS;
        if (threads < 0) throw new IllegalArgumentException("threads must be 0 (one per core) or more, not " + threads);
    }

    /**
     * The CPU with fp32 weights, batches of up to 64 sequences and 1,024 tokens (measured fastest on two Zen 3
     * cores: larger batches spill the caches), one thread per core.
     */
    public static EncoderSettings cpu() {
        return new EncoderSettings(Device.CPU, 64, 1024, 0, false);
    }

    /** Like {@link #cpu()}, on the given device. */
    public static EncoderSettings on(Device device) {
        return cpu().withDevice(device);
    }

    public EncoderSettings withDevice(Device d) {
        return new EncoderSettings(d, batch, batchTokens, threads, int8);
    }

    public EncoderSettings withBatch(int n) {
        return new EncoderSettings(device, n, batchTokens, threads, int8);
    }

    public EncoderSettings withBatchTokens(int n) {
        return new EncoderSettings(device, batch, n, threads, int8);
    }

    public EncoderSettings withThreads(int n) {
        return new EncoderSettings(device, batch, batchTokens, n, int8);
    }

    public EncoderSettings withInt8(boolean on) {
        return new EncoderSettings(device, batch, batchTokens, threads, on);
    }

    /**
     * The settings a CUDA session runs with: each of the CPU's default limits (64 sequences, 1,024 tokens, sized for a
     * CPU's caches) becomes the GPU's (1,024 sequences; tokens enough for the batch's sequences at full length, at
     * least 262,144: a GPU is fed whole); a limit set otherwise stays.
     */
    public EncoderSettings onCuda() {
        EncoderSettings cpu = cpu();
        int b = batch == cpu.batch ? 1024 : batch;
        int tokens = batchTokens == cpu.batchTokens ? Math.max(262_144, b * MAX_TOKENS_PER_SEQUENCE) : batchTokens;
        return new EncoderSettings(device, b, tokens, threads, int8);
    }

    /** Room for a batch of whole windows when only the number of sequences is given. */
    private static final int MAX_TOKENS_PER_SEQUENCE = Encoder.MAX_POSITIONS;

    /** The threads ONNX Runtime gets. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** For reports: "fp32, batch 64/1024" and the like. */
    public String describe() {
        return describe(int8 ? "int8" : "fp32");
    }

    /** For reports, with the weights that run named: "fp16, batch 1024/524288". */
    public String describe(String weights) {
        return weights + ", batch " + batch + "/" + batchTokens;
    }
}
