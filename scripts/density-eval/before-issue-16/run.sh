#!/usr/bin/env bash
# The density score as commit a601c18 computed it (before issue 16), on today's eval sets and degraded copies:
# the "before" column of docs/benchmarks.md. Run from the repository root after ./strata build.
set -euo pipefail
ROOT=$(pwd); W=$(mktemp -d)
git worktree add -q "$W/old" a601c18
(cd "$W/old" && ./mvnw -q -o -pl bundles/org.strata.score package -DskipTests)
mkdir -p "$W/src/oldeval"
for f in Degrade EvalSet; do sed 's/^package org.strata.score.eval;/package oldeval;/' \
  bundles/org.strata.score/src/main/java/org/strata/score/eval/$f.java > "$W/src/oldeval/$f.java"; done
cp scripts/density-eval/before-issue-16/Old.java "$W/src/oldeval/"
LIB=bundles/org.strata.cli/target/cli/lib
CP="$W/old/bundles/org.strata.score/target/org.strata.score-0.1.0-SNAPSHOT.jar:$(ls $LIB/*.jar | grep -v org.strata.score | tr '\n' ':')"
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin
"$JAVA/javac" -cp "$CP" -d "$W/out" "$W"/src/oldeval/*.java
"$JAVA/java" -Xss64m -Dstrata.eval="$ROOT/eval/density" -cp "$W/out:$CP" oldeval.Old "${1:-test}"
git worktree remove --force "$W/old"
