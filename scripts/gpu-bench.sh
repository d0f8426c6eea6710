#!/bin/sh
# The encoder on a GPU against its PyTorch peer, on the same token ids, and `strata score` end to end with the store.
#
#   scripts/gpu-bench.sh pack OUT   on a build machine: OUT/gpu-bench.tar.xz.part-* (60 MB each) holding what the GPU
#                                   machine lacks: a jlink Java runtime (with the JDK's src.zip, the text of the store
#                                   bench), Strata's command line, ONNX Runtime's CUDA 13 build, these scripts
#   scripts/gpu-bench.sh run DIR    on the GPU machine (NVIDIA driver, CUDA 13 or 12 libraries, cuDNN 9, Python with
#                                   PyTorch and transformers; no Java, no network needed): joins DIR's parts, runs the
#                                   peer and Strata at 128 and 256 tokens, then scores a 100,000-passage corpus, and
#                                   prints the rows of docs/benchmarks.md. Under 5 minutes on an H100 or H200.
#   scripts/gpu-bench.sh here       on a machine that builds Strata and has the GPU: the same, without packing.
#
# GPU_BENCH_PASSAGES (default 100000) sets the size of every run.
set -eu
HERE="$(cd "$(dirname "$0")/.." && pwd)"
N="${GPU_BENCH_PASSAGES:-100000}"
JDK="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

measure() { # CLI WORK: the table, with the CLI at $1 (bin/strata-cli) and scratch space in $2
  CLI="$1"; WORK="$2"; mkdir -p "$WORK"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || echo "nvidia-smi: no GPU driver here"
  echo "== Strata's encoder alone, fp16 on CUDA (ids written for the peer)"
  "$CLI" bench lengths --set "$HERE/eval/density" --tokens 128,256 --passages "$N" --device auto --batch 1024 \
    --batch-tokens 262144 --ids "$WORK/ids" &
  PID=$!; PEAK=0
  while kill -0 $PID 2>/dev/null; do # GPU memory in use while Strata runs, at its highest
    M=$(nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits 2>/dev/null | head -1 || echo 0)
    [ "${M:-0}" -gt "$PEAK" ] 2>/dev/null && PEAK=$M; sleep 1
  done
  wait $PID
  echo "| GPU memory in use during Strata's run, at its highest: $PEAK MiB | | | | | |"
  echo "== the peer: PyTorch on the same ids"
  if python3 -c 'import torch, transformers; assert torch.cuda.is_available()' 2>/dev/null; then
    python3 "$HERE/scripts/gpu-peer.py" "$WORK/ids" 1024
  else
    echo "no PyTorch with CUDA here: the peer is skipped"
  fi
  echo "== strata score end to end: $N passages of the store bench's prose, encoded again on CUDA and stored"
  rm -rf "$WORK/corpus"
  "$CLI" bench store --dir "$WORK/corpus" --passages "$N" --queries 1 >/dev/null
  S0=$(python3 -c 'import time; print(time.time())')
  "$CLI" score "$WORK/corpus" --reembed --device auto
  S1=$(python3 -c 'import time; print(time.time())')
  echo "$S0 $S1 $N" | awk '{printf "| strata score --reembed, end to end | %d passages | %.1f s | %.0f passages/s |\n", $3, $2 - $1, $3 / ($2 - $1)}'
}

case "${1:-}" in
  pack)
    OUT="${2:?usage: scripts/gpu-bench.sh pack OUT}"; mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
    cd "$HERE"
    JAVA_HOME="$JDK" ./mvnw -B -q -Pcuda install -DskipTests -Dstrata.skipSample -pl bundles/org.strata.cli -am
    STAGE="$(mktemp -d)"; trap 'rm -rf "$STAGE"' EXIT
    "$JDK/bin/jlink" --add-modules java.base,java.logging,java.xml,java.sql,java.naming,java.management,java.desktop,java.net.http,jdk.unsupported,jdk.zipfs,jdk.crypto.ec \
      --strip-debug --no-header-files --no-man-pages --compress=zip-9 --output "$STAGE/bench/jre"
    cp "$JDK/lib/src.zip" "$STAGE/bench/jre/lib/"
    mkdir -p "$STAGE/bench/cli/gpu" "$STAGE/bench/scripts" "$STAGE/bench/eval"
    cp -r bundles/org.strata.cli/target/cli/bin bundles/org.strata.cli/target/cli/lib "$STAGE/bench/cli/"
    cp -r bundles/org.strata.cli/target/cli/gpu/cuda13 "$STAGE/bench/cli/gpu/" # the GPU machines this was written for have CUDA 13
    cp scripts/gpu-bench.sh scripts/gpu-peer.py "$STAGE/bench/scripts/"; cp -r eval/density "$STAGE/bench/eval/"
    tar -C "$STAGE" -cf - bench | xz -T0 -6 | split -b 60000000 - "$OUT/gpu-bench.tar.xz.part-"
    ls -l "$OUT"
    ;;
  run)
    DIR="${2:?usage: scripts/gpu-bench.sh run DIR}"; W=/tmp/strata-gpu-bench
    if [ ! -d "$W/bench" ]; then mkdir -p "$W"; cat "$DIR"/gpu-bench.tar.xz.part-* | xz -d | tar -C "$W" -xf -; fi
    export JAVA_HOME="$W/bench/jre"
    HERE="$W/bench"
    measure "$W/bench/cli/bin/strata-cli" "$W/work"
    ;;
  here)
    cd "$HERE"
    JAVA_HOME="$JDK" ./mvnw -B -q -Pcuda install -DskipTests -Dstrata.skipSample -pl bundles/org.strata.cli -am
    export JAVA_HOME="$JDK"
    measure "$HERE/bundles/org.strata.cli/target/cli/bin/strata-cli" "${TMPDIR:-/tmp}/strata-gpu-bench"
    ;;
  *) sed -n '2,15p' "$0"; exit 2 ;;
esac
