package org.strata.score;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

/** ONNX Runtime sessions on the CPU and on CUDA, with the options Strata runs them with. */
final class Sessions {
    private Sessions() {}

    static OrtSession cpu(OrtEnvironment env, byte[] model, int threads, String name) throws EncoderException {
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            so.setIntraOpNumThreads(threads);
            so.addConfigEntry("session.intra_op.allow_spinning", "0"); // spinning measured slower: docs/benchmarks.md
            return env.createSession(model, so);
        } catch (OrtException e) {
            throw new EncoderException(name + ": not a loadable ONNX model (" + e.getMessage() + ")", e);
        } catch (UnsatisfiedLinkError e) {
            throw new EncoderException("ONNX Runtime's native library cannot load on this machine: " + e.getMessage(), e);
        }
    }

    /** A session on CUDA device 0; the message of the exception says why there is none. */
    static OrtSession cuda(OrtEnvironment env, byte[] model) throws EncoderException {
        if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
            throw new EncoderException("this ONNX Runtime build has no CUDA provider", null);
        }
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            so.addCUDA(0);
            return env.createSession(model, so);
        } catch (OrtException | UnsatisfiedLinkError e) {
            throw new EncoderException("the CUDA provider did not load: " + e.getMessage(), e);
        }
    }
}
