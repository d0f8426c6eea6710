#!/bin/sh
# The encoder on a GPU against its PyTorch peer, on the same token ids, and `strata score` end to end with the store.
#
#   scripts/gpu-bench.sh pack OUT   on a build machine: OUT/gpu-bench.tar.xz.part-* (45 MB each) holding what the GPU
#                                   machine lacks: a jlink Java runtime (with the JDK's src.zip, the text of the store
#                                   bench), Strata's command line, ONNX Runtime's CUDA 13 build, these scripts
#   scripts/gpu-bench.sh run DIR    on the GPU machine (NVIDIA driver, CUDA 13 or 12 libraries, cuDNN 9, Python with
#                                   PyTorch and transformers; no Java, no network needed): joins DIR's parts, runs the
#                                   peer and Strata at 128 and 256 tokens, then scores a 50,000-passage corpus, and
#                                   prints the rows of docs/benchmarks.md. Meant to take under 5 minutes on an H100 or H200 (not yet run on one).
#   scripts/gpu-bench.sh here       on a machine that builds Strata and has the GPU: the same, without packing.
#
# GPU_BENCH_PASSAGES (default 100000) sets the size of the encoder's runs, GPU_BENCH_SCORE_PASSAGES (default 50000) that
# of the scored corpus. Strata runs with --device cuda (GPU_BENCH_DEVICE): where CUDA cannot run, it says why and
# measures nothing, rather than falling back to the CPU for the rest of the run (GPU_BENCH_DEVICE=auto tries a pack on a
# machine without a GPU). docs/benchmarks.md ("On a GPU") says how to carry the
# parts to a GPU machine lent through this workplace's device tool: one call a part, back to back.
set -eu
HERE="$(cd "$(dirname "$0")/.." && pwd)"
N="${GPU_BENCH_PASSAGES:-100000}"
SCORE_N="${GPU_BENCH_SCORE_PASSAGES:-50000}"
DEVICE="${GPU_BENCH_DEVICE:-cuda}"
JDK="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

now() { date +%s.%N; }

cli() { # Strata's command line, with STRATA_LD (if set) as its library path: the peer keeps PyTorch's own libraries
  if [ -n "${STRATA_LD:-}" ]; then env LD_LIBRARY_PATH="$STRATA_LD" "$CLI" "$@"; else "$CLI" "$@"; fi
}

measure() { # CLI WORK: the table, with the CLI at $1 (bin/strata-cli) and scratch space in $2
  CLI="$1"; WORK="$2"; mkdir -p "$WORK"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || echo "nvidia-smi: no GPU driver here"
  echo "== the CUDA libraries the dynamic linker knows (to read a failure by)"
  { ldconfig -p 2>/dev/null | grep -E 'libcuda[.]so|libcudnn[.]so|libnvrtc|libcublasLt' | head -12; } || true
  # the score's corpus is built on one core meanwhile (the runs below are the GPU's): passages that fill 256 tokens
  rm -rf "$WORK/corpus"
  cli bench store --dir "$WORK/corpus" --passages "$SCORE_N" --queries 1 --passage-tokens 256 >"$WORK/store.log" 2>&1 &
  STORE=$!
  KN=2048; if [ "$N" -lt "$KN" ]; then KN=$N; fi
  echo "== which attention kernel ONNX Runtime's CUDA provider takes ($KN sequences of 256 tokens)"
  ( export ORT_ENABLE_ATTENTION_KERNEL_DEBUG_INFO=1; cli bench lengths --set "$HERE/eval/density" --tokens 256 --passages "$KN" \
      --device "$DEVICE" --batch 1024 --batch-tokens 262144 ) >"$WORK/kernel.log" 2>&1 || echo "the kernel run FAILED:"
  { grep -i -E 'SdpaKernel|cuda|error|exception' "$WORK/kernel.log" | sed 's/Node=[^ ]* //' | sort | uniq -c | sort -rn | head -8; } || true
  echo "== Strata's encoder alone, fp16 on CUDA (ids written for the peer)"
  cli bench lengths --set "$HERE/eval/density" --tokens 128,256 --passages "$N" --device "$DEVICE" --batch 1024 \
    --batch-tokens 262144 --ids "$WORK/ids" &
  PID=$!; PEAK=0
  while kill -0 $PID 2>/dev/null; do # GPU memory in use while Strata runs, at its highest
    M=$(nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits 2>/dev/null | head -1 || echo 0)
    [ "${M:-0}" -gt "$PEAK" ] 2>/dev/null && PEAK=$M; sleep 1
  done
  wait $PID || echo "strata bench lengths FAILED: the rows above are all it measured"
  echo "| GPU memory in use during Strata's run, at its highest: $PEAK MiB | | | | | |"
  echo "== the peer: PyTorch on the same ids"
  if python3 -c 'import torch, transformers; assert torch.cuda.is_available()' 2>/dev/null; then
    python3 "$HERE/scripts/gpu-peer.py" "$WORK/ids" 1024 || echo "the peer FAILED"
  else
    echo "no PyTorch with CUDA here: the peer is skipped"
  fi
  echo "== strata score end to end: $SCORE_N passages of 229 to 254 tokens (the JDK's Javadoc), encoded again on CUDA and stored"
  if wait $STORE; then
    S0=$(now)
    if cli score "$WORK/corpus" --reembed --device "$DEVICE"; then
      echo "$S0 $(now) $SCORE_N" | awk '{printf "| strata score --reembed, end to end (the JVM'"'"'s start included) | %d passages | %.1f s | %.0f passages/s |\n", $3, $2 - $1, $3 / ($2 - $1)}'
    else
      echo "strata score FAILED"
    fi
  else
    echo "building the score's corpus FAILED:"; tail -20 "$WORK/store.log"
  fi
}

case "${1:-}" in
  pack)
    OUT="${2:?usage: scripts/gpu-bench.sh pack OUT}"; mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
    cd "$HERE"
    JAVA_HOME="$JDK" ./mvnw -B -q -Pcuda install -DskipTests -Dstrata.skipSample -pl bundles/org.strata.cli -am
    STAGE="$(mktemp -d)"; trap 'rm -rf "$STAGE"' EXIT
    "$JDK/bin/jlink" --add-modules java.base,java.logging,java.xml,java.sql,java.naming,java.management,jdk.management,java.desktop,java.net.http,jdk.unsupported,jdk.zipfs,jdk.crypto.ec \
      --strip-debug --no-header-files --no-man-pages --compress=zip-9 --output "$STAGE/bench/jre"
    cp "$JDK/lib/src.zip" "$STAGE/bench/jre/lib/"
    mkdir -p "$STAGE/bench/cli/gpu" "$STAGE/bench/scripts" "$STAGE/bench/eval"
    cp -r bundles/org.strata.cli/target/cli/bin bundles/org.strata.cli/target/cli/lib "$STAGE/bench/cli/"
    cp -r bundles/org.strata.cli/target/cli/gpu/cuda13 "$STAGE/bench/cli/gpu/" # the GPU machines this was written for have CUDA 13
    cp scripts/gpu-bench.sh scripts/gpu-peer.py "$STAGE/bench/scripts/"; cp -r eval/density "$STAGE/bench/eval/"
    # smaller for the carrying: entries stored for xz, other platforms' native libraries and the int8 weights (a CPU
    # mode) left out
    python3 scripts/lean-jars.py --drop '^ai/onnxruntime/native/(?!linux-x64/)' --drop '^native/lib/(?!linux-x86_64/)' \
      --drop '/all-minilm-l6-v2-q[.]onnx$' "$STAGE"/bench/cli/lib/*.jar "$STAGE/bench/jre/lib/src.zip"
    # parts of 45 MB: a call to the GPU machine carries at most 64 MiB, the repository's own files (16 MB) included
    rm -f "$OUT"/gpu-bench.tar.xz.part-* "$OUT/SHA256SUMS" # no part of an earlier pack left among these
    tar -C "$STAGE" -cf - bench | xz -T0 -9 | split -b 45000000 - "$OUT/gpu-bench.tar.xz.part-"
    (cd "$OUT" && sha256sum gpu-bench.tar.xz.part-* > SHA256SUMS)
    ls -l "$OUT"
    ;;
  run)
    DIR="${2:?usage: scripts/gpu-bench.sh run DIR}"; W=/tmp/strata-gpu-bench
    # unpacked whole or not at all (a run after a broken part starts again), and again when other parts were carried
    if [ ! -d "$W/bench" ] || ! cmp -s "$DIR/SHA256SUMS" "$W/SHA256SUMS"; then
      (cd "$DIR" && sha256sum -c --quiet SHA256SUMS) || { echo "the parts in $DIR are missing or damaged"; exit 1; }
      rm -rf "$W.new" "$W/bench" "$W/SHA256SUMS"; mkdir -p "$W.new" "$W"
      cat "$DIR"/gpu-bench.tar.xz.part-* | xz -d | tar -C "$W.new" -xf -
      mv "$W.new/bench" "$W/bench"; cp "$DIR/SHA256SUMS" "$W/SHA256SUMS"; rm -rf "$W.new"
    fi
    export JAVA_HOME="$W/bench/jre"
    # Strata's library path: the CUDA toolkits' folders (the newest first), for what cuDNN and NVRTC open by name at run
    # time (Strata loads what the provider itself needs by full path); the peer keeps its own
    STRATA_LD="${LD_LIBRARY_PATH:-}"
    for D in $(ls -d /usr/local/cuda-1[0-9]*/targets/x86_64-linux/lib 2>/dev/null | sort -r -V) /usr/local/cuda/targets/x86_64-linux/lib; do
      if [ -d "$D" ]; then STRATA_LD="${STRATA_LD:+$STRATA_LD:}$D"; fi
    done
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
