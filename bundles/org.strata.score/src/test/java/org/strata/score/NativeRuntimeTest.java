package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The choice of ONNX Runtime build: CUDA 13's where its libraries and the driver are found, CUDA 12's where only
 * CUDA 12's are, the CPU build otherwise, each with the reason in words. The folders are real folders holding files of
 * the libraries' names (the choice reads names; loading them needs a GPU machine).
 */
class NativeRuntimeTest {
    @TempDir Path dir;

    private Path gpu(String... builds) throws Exception {
        Path gpu = Files.createDirectories(dir.resolve("gpu"));
        for (String b : builds) Files.createFile(Files.createDirectories(gpu.resolve(b)).resolve("libonnxruntime_providers_cuda.so"));
        return gpu;
    }

    private Path libs(String folder, String... names) throws Exception {
        Path d = Files.createDirectories(dir.resolve(folder));
        for (String n : names) Files.createFile(d.resolve(n));
        return d;
    }

    @Test
    void cuda13IsChosenWhereItsLibrariesAndTheDriverAre() throws Exception {
        Path gpu = gpu("cuda13", "cuda12");
        Path cuda = libs("cuda-13.0", "libcudart.so.13", "libcublasLt.so.13", "libcublas.so.13");
        Path system = libs("system", "libcudnn.so.9", "libcuda.so.1", "libcurand.so.10");
        NativeRuntime.Choice c = NativeRuntime.choose(gpu, List.of(cuda, system), 580);
        assertEquals(gpu.resolve("cuda13"), c.folder());
        assertEquals(List.of(cuda.resolve("libcudart.so.13"), cuda.resolve("libcublasLt.so.13"), cuda.resolve("libcublas.so.13"),
                system.resolve("libcudnn.so.9")), c.libraries(), "CUDA's runtime first, as the provider needs them");
        assertTrue(c.why().contains("CUDA 13") && c.why().contains(cuda.toString()), c.why());
    }

    @Test
    void nvrtcIsLoadedTooWhereItIsFound() throws Exception {
        Path gpu = gpu("cuda13");
        Path cuda = libs("cuda-13.0", "libcudart.so.13", "libcublasLt.so.13", "libcublas.so.13", "libnvrtc.so.13", "libnvrtc-builtins.so.13.0",
                "libnvrtc-builtins.so.12.8");
        Path system = libs("system", "libcudnn.so.9", "libcuda.so.1");
        NativeRuntime.Choice c = NativeRuntime.choose(gpu, List.of(cuda, system), 580);
        assertEquals(List.of(cuda.resolve("libcudart.so.13"), cuda.resolve("libcublasLt.so.13"), cuda.resolve("libcublas.so.13"),
                system.resolve("libcudnn.so.9")), c.libraries());
        assertEquals(List.of(cuda.resolve("libnvrtc.so.13"), cuda.resolve("libnvrtc-builtins.so.13.0")), c.optional(), "loaded too, where they load");
        // without NVRTC the build still runs (cuDNN's run-time compiled attention is then not there to take)
        NativeRuntime.Choice without = NativeRuntime.choose(gpu, List.of(libs("bare", "libcudart.so.13", "libcublasLt.so.13", "libcublas.so.13"), system), 580);
        assertEquals(gpu.resolve("cuda13"), without.folder(), without.why());
        assertEquals(4, without.libraries().size(), without.libraries().toString());
        assertEquals(List.of(), without.optional());
    }

    @Test
    void cuda12IsChosenOnACuda12Machine() throws Exception {
        Path gpu = gpu("cuda13", "cuda12");
        Path cuda = libs("cuda-12.8", "libcudart.so.12", "libcublasLt.so.12", "libcublas.so.12", "libcurand.so.10");
        Path system = libs("system", "libcudnn.so.9", "libcuda.so.1");
        NativeRuntime.Choice c = NativeRuntime.choose(gpu, List.of(cuda, system), 580);
        assertEquals(gpu.resolve("cuda12"), c.folder(), c.why());
        assertTrue(c.why().startsWith("ONNX Runtime for CUDA 12"), c.why());
    }

    @Test
    void theCpuBuildRunsWhereNoBuildIsComplete() throws Exception {
        Path gpu = gpu("cuda13");
        Path cuda = libs("cuda-13.0", "libcudart.so.13", "libcublasLt.so.13", "libcublas.so.13", "libcudnn.so.9");
        NativeRuntime.Choice c = NativeRuntime.choose(gpu, List.of(cuda), 0);
        assertNull(c.folder());
        assertEquals("ONNX Runtime's CPU build (no NVIDIA driver: libcuda.so.1 not found)", c.why());

        Path driver = libs("driver", "libcuda.so.1");
        NativeRuntime.Choice none = NativeRuntime.choose(gpu, List.of(driver), 0);
        assertTrue(none.why().contains("CUDA 13: no libcudart.so.13, libcublasLt.so.13, libcublas.so.13, libcudnn.so.9"), none.why());
        assertTrue(none.why().contains("CUDA 12: not installed in"), none.why());
    }

    @Test
    void aDriverTooOldForCuda13GetsTheCuda12Build() throws Exception {
        Path gpu = gpu("cuda13", "cuda12");
        Path all = libs("all", "libcudart.so.13", "libcublasLt.so.13", "libcublas.so.13", "libcudart.so.12", "libcublasLt.so.12", "libcublas.so.12",
                "libcurand.so.10", "libcudnn.so.9", "libcuda.so.1");
        Path version = Files.writeString(dir.resolve("version"),
                "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.127.05  Tue Oct  8 03:22:07 UTC 2024\nGCC version:  gcc 12\n");
        int driver = NativeRuntime.driverVersion(version);
        assertEquals(550, driver);
        NativeRuntime.Choice c = NativeRuntime.choose(gpu, List.of(all), driver);
        assertEquals(gpu.resolve("cuda12"), c.folder(), c.why());
        assertEquals(gpu.resolve("cuda13"), NativeRuntime.choose(gpu, List.of(all), 580).folder());
        assertEquals(0, NativeRuntime.driverVersion(dir.resolve("no-such-file")));
        Path open = Files.writeString(dir.resolve("open"),
                "NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  580.95.05  Release Build  (dvs-builder@U16-I3-B03-4-3)\n");
        assertEquals(580, NativeRuntime.driverVersion(open), "the open kernel module names its architecture before its version");
    }

    @Test
    void theLinkersConfiguredFoldersAreSearchedIncludesAndAll() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("etc"));
        Files.createDirectories(etc.resolve("ld.so.conf.d"));
        Files.writeString(etc.resolve("ld.so.conf"), "# the system's\ninclude ld.so.conf.d/*.conf\n/opt/first\n");
        Files.writeString(etc.resolve("ld.so.conf.d/000_nvidia.conf"), "/usr/local/nvidia/lib64  # the container's driver\n\n");
        Files.writeString(etc.resolve("ld.so.conf.d/x86_64-linux-gnu.conf"), "/usr/local/lib/x86_64-linux-gnu\n");
        Files.writeString(etc.resolve("ld.so.conf.d/notes.txt"), "/not/a/conf\n");
        Files.writeString(etc.resolve("ld.so.conf.d/odd.conf"), "include [unclosed\n/with\u0000nul\n"); // skipped, not thrown
        assertEquals(List.of(Path.of("/usr/local/nvidia/lib64"), Path.of("/usr/local/lib/x86_64-linux-gnu"), Path.of("/opt/first")),
                NativeRuntime.linkerFolders(etc.resolve("ld.so.conf"), 0));
        assertEquals(List.of(), NativeRuntime.linkerFolders(dir.resolve("none"), 0));
    }

    @Test
    void theSearchPathHoldsTheToolkitsAndTheSystemsFolders() {
        List<Path> path = NativeRuntime.searchPath();
        assertTrue(path.contains(Path.of("/usr/local/cuda/targets/x86_64-linux/lib")), path.toString());
        assertTrue(path.contains(Path.of("/usr/lib/x86_64-linux-gnu")), path.toString());
    }
}
