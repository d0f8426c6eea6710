package org.strata.score;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import ai.onnxruntime.OrtEnvironment;

/**
 * Which ONNX Runtime native build this process loads, chosen once, before the first session. The class path carries
 * the CPU build. A GPU installation adds, beside {@code lib/}, a {@code gpu/} folder with two builds of ONNX Runtime
 * 1.28 (the build fetches them from Maven Central on a machine with an NVIDIA driver, see README): {@code cuda13}
 * (Microsoft's core with bytedeco's CUDA 13 provider) and {@code cuda12} (Microsoft's onnxruntime_gpu). The first
 * whose CUDA libraries this machine has, and whose CUDA its NVIDIA driver runs (580 for CUDA 13, 525 for 12), is used: they are loaded by their full path (so no {@code LD_LIBRARY_PATH}
 * needs setting), and ONNX Runtime is pointed at the build's folder. {@link #choice()} says in one line what was
 * chosen and why another was not; every session then runs on that build, on the CPU or on CUDA.
 */
public final class NativeRuntime {
    /**
     * What each build's CUDA provider needs (readelf -d of the providers), CUDA's runtime first; then what is loaded
     * too where it is found: NVRTC, which cuDNN opens by name to compile its fused attention at run time (a name a
     * process finds among the libraries it has loaded, wherever they came from). A trailing {@code *} takes the first
     * file whose name begins so (NVRTC's builtins are named by CUDA's minor version).
     */
    static final List<Build> BUILDS = List.of(
            new Build("cuda13", "CUDA 13", 580, List.of("libcudart.so.13", "libcublasLt.so.13", "libcublas.so.13", "libcudnn.so.9"),
                    List.of("libnvrtc.so.13", "libnvrtc-builtins.so.13.*")),
            new Build("cuda12", "CUDA 12", 525, List.of("libcudart.so.12", "libcublasLt.so.12", "libcublas.so.12", "libcurand.so.10", "libcudnn.so.9"),
                    List.of("libnvrtc.so.12", "libnvrtc-builtins.so.12.*")));
    /** The driver's library, which both need. */
    static final String DRIVER = "libcuda.so.1";

    /**
     * A GPU build of ONNX Runtime: its folder under gpu/, its name in words, the oldest driver it runs on, the
     * libraries its provider needs and those loaded too where found.
     */
    record Build(String folder, String name, int driver, List<String> libraries, List<String> optional) {}

    /**
     * The build chosen: its folder (null: the class path's CPU build), the libraries to load first, those loaded too
     * where they load (NVRTC), and why.
     */
    record Choice(Path folder, List<Path> libraries, List<Path> optional, String why) {
        Choice(Path folder, List<Path> libraries, String why) {
            this(folder, libraries, List.of(), why);
        }
    }

    private static String line;
    private static boolean prepared;

    private NativeRuntime() {}

    /** ONNX Runtime's environment, on the build this machine can run best. */
    public static OrtEnvironment environment() {
        prepare();
        return OrtEnvironment.getEnvironment();
    }

    /** What was chosen and why, in one line; null where no GPU build is installed. */
    public static synchronized String choice() {
        prepare();
        return line;
    }

    private static synchronized void prepare() {
        if (prepared) return;
        prepared = true;
        String given = System.getProperty("onnxruntime.native.path");
        if (given != null) {
            line = "ONNX Runtime from " + given + " (onnxruntime.native.path)";
            return;
        }
        Path gpu = gpuFolder();
        if (gpu == null) return;
        List<Path> dirs;
        try {
            dirs = searchPath();
        } catch (RuntimeException e) { // an odd environment: the CPU build, saying why
            line = "ONNX Runtime's CPU build (the folders to look for CUDA in could not be listed: " + e + ")";
            return;
        }
        Choice c = choose(gpu, dirs, driverVersion(Path.of("/proc/driver/nvidia/version")));
        line = c.why();
        if (c.folder() == null) return;
        for (Path lib : c.libraries()) {
            try {
                System.load(lib.toString());
            } catch (UnsatisfiedLinkError e) {
                line = c.why() + ", but " + lib + " does not load (" + e.getMessage() + "): ONNX Runtime's CPU build runs";
                return;
            }
        }
        for (Path lib : c.optional()) {
            try {
                System.load(lib.toString());
            } catch (UnsatisfiedLinkError e) {
                // NVRTC helps cuDNN's fused kernels; without it ONNX Runtime takes its own
            }
        }
        System.setProperty("onnxruntime.native.path", c.folder().toString());
    }

    /**
     * The first build installed under {@code gpu} whose libraries are all found in {@code dirs}; none (the CPU build)
     * when no build is complete, with which libraries each lacked.
     */
    static Choice choose(Path gpu, List<Path> dirs, int driver) {
        boolean installed = BUILDS.stream().anyMatch(b -> Files.isRegularFile(gpu.resolve(b.folder()).resolve("libonnxruntime_providers_cuda.so")));
        if (installed && find(DRIVER, dirs) == null) {
            return new Choice(null, List.of(), "ONNX Runtime's CPU build (no NVIDIA driver: " + DRIVER + " not found)");
        }
        List<String> missing = new ArrayList<>();
        for (Build b : BUILDS) {
            Path folder = gpu.resolve(b.folder());
            if (!Files.isRegularFile(folder.resolve("libonnxruntime_providers_cuda.so"))) {
                missing.add(b.name() + ": not installed in " + folder);
                continue;
            }
            if (driver > 0 && driver < b.driver()) { // its libraries may be there, but the driver cannot run them
                missing.add(b.name() + ": the NVIDIA driver is " + driver + ", it needs " + b.driver() + " or newer");
                continue;
            }
            List<Path> libs = new ArrayList<>();
            List<String> lacking = new ArrayList<>();
            for (String name : b.libraries()) {
                Path p = find(name, dirs);
                if (p == null) lacking.add(name);
                else libs.add(p);
            }
            if (lacking.isEmpty()) {
                List<Path> optional = new ArrayList<>();
                for (String name : b.optional()) {
                    Path p = find(name, dirs);
                    if (p != null) optional.add(p);
                }
                return new Choice(folder, libs, optional, "ONNX Runtime for " + b.name() + " (" + b.libraries().get(0) + " in " + libs.get(0).getParent() + ")");
            }
            missing.add(b.name() + ": no " + String.join(", ", lacking));
        }
        return new Choice(null, List.of(), "ONNX Runtime's CPU build (" + String.join("; ", missing) + ")");
    }

    /**
     * The NVIDIA driver's major version ("580" of "Kernel Module  580.159.04", or of "Open Kernel Module for x86_64
     * 580.95.05"); 0 where it cannot be read.
     */
    static int driverVersion(Path procFile) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Module\\b.*?\\s(\\d{3,})\\.\\d+").matcher(Files.readString(procFile));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The first file of this name in {@code dirs}; a name ending in {@code *}, the first (by name) that begins so. */
    static Path find(String name, List<Path> dirs) {
        for (Path d : dirs) {
            if (name.endsWith("*")) {
                String prefix = name.substring(0, name.length() - 1);
                try (Stream<Path> s = Files.list(d)) {
                    java.util.Optional<Path> p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().findFirst();
                    if (p.isPresent()) return p.get();
                } catch (java.io.IOException | RuntimeException e) {
                    // no such folder: the next
                }
                continue;
            }
            Path p = d.resolve(name);
            if (Files.exists(p)) return p;
        }
        return null;
    }

    /**
     * Where CUDA's libraries are looked for: LD_LIBRARY_PATH, CUDA_HOME, the CUDA toolkits under /usr/local (the
     * newest first), the folders the dynamic linker is configured with (/etc/ld.so.conf), and the system's library
     * folders.
     */
    static List<Path> searchPath() {
        Set<Path> dirs = new LinkedHashSet<>();
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) for (String d : ld.split(":")) if (!d.isBlank()) dirs.add(Path.of(d));
        for (String home : new String[] {System.getenv("CUDA_HOME"), System.getenv("CUDA_PATH"), "/usr/local/cuda"}) {
            if (home == null) continue;
            dirs.add(Path.of(home, "targets/x86_64-linux/lib"));
            dirs.add(Path.of(home, "lib64"));
        }
        try (Stream<Path> s = Files.list(Path.of("/usr/local"))) {
            s.filter(p -> p.getFileName().toString().startsWith("cuda-")).sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
                    .forEach(p -> {
                        dirs.add(p.resolve("targets/x86_64-linux/lib"));
                        dirs.add(p.resolve("lib64"));
                    });
        } catch (java.io.IOException | RuntimeException e) {
            // no /usr/local: nothing there
        }
        dirs.addAll(linkerFolders(Path.of("/etc/ld.so.conf"), 0));
        for (String d : new String[] {"/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib/wsl/lib"}) dirs.add(Path.of(d));
        return List.copyOf(dirs);
    }

    /**
     * The folders an ld.so.conf names, its {@code include} files' in turn (a driver installed outside the system's
     * folders is named there, e.g. by a container's NVIDIA toolkit); none where it cannot be read.
     */
    static List<Path> linkerFolders(Path conf, int depth) {
        List<Path> out = new ArrayList<>();
        if (depth > 4) return out;
        List<String> lines;
        try {
            lines = Files.readAllLines(conf);
        } catch (java.io.IOException | RuntimeException e) {
            return out;
        }
        for (String raw : lines) {
            try {
                folders(conf, raw.replaceFirst("#.*", "").strip(), depth, out);
            } catch (RuntimeException e) {
                // a line that names no folder a path can hold (or a glob that is none): the next
            }
        }
        return out;
    }

    /** What one line of an ld.so.conf adds: a folder, or the folders of the files an {@code include} names. */
    private static void folders(Path conf, String line, int depth, List<Path> out) {
        if (line.startsWith("include ")) {
            Path pattern = conf.resolveSibling(line.substring(8).strip());
            Path dir = pattern.getParent();
            if (dir == null) return;
            java.nio.file.PathMatcher match = dir.getFileSystem().getPathMatcher("glob:" + pattern.getFileName());
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> match.matches(p.getFileName())).sorted().forEach(p -> out.addAll(linkerFolders(p, depth + 1)));
            } catch (java.io.IOException e) {
                // no such folder: nothing included
            }
        } else if (line.startsWith("/")) {
            out.add(Path.of(line));
        }
    }

    /** The gpu/ folder of this installation: -Dstrata.gpu, or gpu/ beside the folder of Strata's jars. */
    static Path gpuFolder() {
        String given = System.getProperty("strata.gpu");
        if (given != null) return Files.isDirectory(Path.of(given)) ? Path.of(given) : null;
        try {
            Path jar = Path.of(NativeRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path gpu = jar.getParent() == null || jar.getParent().getParent() == null ? null : jar.getParent().getParent().resolve("gpu");
            return gpu != null && Files.isDirectory(gpu) ? gpu : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
