#!/bin/sh
# The encoder benchmark on a CUDA machine, on the same passages: first `strata bench encode` as shipped (the
# LangChain4j peer and Strata, both on the CPU), then Strata alone with Microsoft's onnxruntime_gpu build in
# place of the CPU build on the class path, on CUDA. The peer runs in the first JVM only: it crashes the JVM
# when the GPU build is on its class path and CUDA's libraries are not (seen on a machine without CUDA).
#
#   scripts/gpu-bench.sh CORPUS [PASSAGES]
#
# CORPUS is a corpus folder with passages (strata new + strata ingest). Needs CUDA 12 and cuDNN 9 on the
# library path: Microsoft's onnxruntime_gpu 1.29.0 is built for them. On a machine with CUDA 13 only, the CUDA
# provider does not load; the bench then says so in one line and runs on the CPU (see docs/benchmarks.md).
set -eu
HERE="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${1:?usage: scripts/gpu-bench.sh CORPUS [PASSAGES]}"
PASSAGES="${2:-20000}"
ORT="$(sed -n 's:.*<onnxruntime.version>\(.*\)</onnxruntime.version>.*:\1:p' "$HERE/pom.xml")"
cd "$HERE"
./strata --version >/dev/null # builds the command line when needed
GPU="$HERE/bundles/org.strata.cli/target/gpu-lib"
if [ ! -f "$GPU/onnxruntime_gpu-$ORT.jar" ]; then
  mkdir -p "$GPU"
  JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" ./mvnw -B -q dependency:copy \
    -Dartifact="com.microsoft.onnxruntime:onnxruntime_gpu:$ORT" -DoutputDirectory="$GPU"
fi
LIB="$HERE/bundles/org.strata.cli/target/cli/lib"
CP="$GPU/onnxruntime_gpu-$ORT.jar"
for j in "$LIB"/*.jar; do
  case "$(basename "$j")" in onnxruntime-[0-9]*) ;; *) CP="$CP:$j" ;; esac
done
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "nvidia-smi: no GPU driver here"
echo "== on the CPU: the peer and Strata"
./strata bench encode --dir "$CORPUS" --passages "$PASSAGES"
if ! ldconfig -p 2>/dev/null | grep -q 'libcublasLt.so.12'; then
  # Microsoft's CUDA provider needs CUDA 12's cuBLAS; without it, ONNX Runtime's GPU build has been seen to
  # crash the JVM (SIGSEGV) instead of failing over, so the CUDA run is not attempted
  echo "== no CUDA 12 libraries here (libcublasLt.so.12): the CUDA run is skipped"
  exit 0
fi
echo "== on CUDA: Strata"
exec "$JAVA" ${GPU_BENCH_JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED -Dslf4j.internal.verbosity=ERROR -cp "$CP" org.strata.cli.StrataCli \
  bench encode --dir "$CORPUS" --passages "$PASSAGES" --device auto --batch 256 --batch-tokens 65536 --no-peer
