#!/bin/sh
# Regenerates Bundle-ClassPath in META-INF/MANIFEST.MF from lib/ (after: ./mvnw -pl bundles/org.strata.tika -am initialize)
cd "$(dirname "$0")"
python3 - <<'PY'
import os, re
names = sorted(f for f in os.listdir('lib') if f.endswith('.jar'))
mf = open('META-INF/MANIFEST.MF').read()
cp = "Bundle-ClassPath: " + ",\n ".join("lib/" + n for n in names) + "\n"
mf = re.sub(r"Bundle-ClassPath: .*?\n(?=[A-Z])", cp, mf, flags=re.S)
open('META-INF/MANIFEST.MF', 'w').write(mf)
print(len(names), "jars on Bundle-ClassPath")
PY
