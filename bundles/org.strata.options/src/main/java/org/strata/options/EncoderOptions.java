package org.strata.options;

import org.strata.score.EncoderSettings;

import picocli.CommandLine.Option;

/**
 * Where and how the encoder runs, for every command that encodes ({@code strata score}, {@code strata spark run}):
 * {@code --device} and {@code --batch}, declared and checked in one place.
 */
public final class EncoderOptions {
    @Option(names = "--device", paramLabel = "auto|cpu|cuda", defaultValue = "auto",
            description = "where the encoder runs: auto takes CUDA where its provider loads, else the CPU (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64", description = "sequences per inference batch at most (default: ${DEFAULT-VALUE})")
    int batch;

    /** The settings these options ask for; an unknown device or a batch under 1 is refused with a clear message. */
    public EncoderSettings settings() {
        if (batch < 1) throw new IllegalArgumentException("--batch must be 1 or more, not " + batch);
        return EncoderSettings.on(EncoderSettings.Device.parse(device)).withBatch(batch);
    }

    public String device() {
        return device;
    }

    public int batch() {
        return batch;
    }
}
