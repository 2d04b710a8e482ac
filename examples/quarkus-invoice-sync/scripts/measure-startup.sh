#!/usr/bin/env bash
# Measures the packaged application's JVM start time to its first route started, in prod mode against a Sage
# simulator started here (so no Sage account is needed): wall-clock from launching java to the log line of the first
# "Started <route>", RUNS times. Usage, after `mvn package`:
#   scripts/measure-startup.sh <simulator classpath> [RUNS]
# where the simulator classpath holds camel-sage-simulator and jackson-databind/core/annotations.
set -euo pipefail
cd "$(dirname "$0")/.."
CP="$1"
RUNS="${2:-3}"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -cp "$CP" dev.camelsage.simulator.SageSimulatorMain --port "$PORT" > target/simulator.out 2>&1 &
SIM=$!
trap 'kill $SIM 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "running at" target/simulator.out && break; sleep 0.2; done

export SAGE_USERNAME=demo@camelsage.dev SAGE_PASSWORD=demo-password SAGE_COMPANY_ID=1
export SAGE_API_KEY='{8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b}'
for run in $(seq "$RUNS"); do
  rm -rf target/invoice-sync
  LOG="target/startup-$run.log"
  START=$(date +%s%3N)
  java -Dcamel.component.sage.base-url="http://127.0.0.1:$PORT" -Dcamel.component.sage.allow-insecure-http=true \
       -Dquarkus.http.port=0 -jar target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 600); do grep -q "    Started " "$LOG" && break; sleep 0.05; done
  kill $APP; wait $APP 2>/dev/null || true
  python3 - "$LOG" "$START" "$run" <<'PY'
import datetime, re, sys
log, start, run = sys.argv[1], int(sys.argv[2]), sys.argv[3]
line = next(l for l in open(log) if "    Started " in l)
stamp = datetime.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").replace(tzinfo=datetime.timezone.utc)
quarkus = next((re.search(r"started in ([0-9.]+)s", l).group(1) for l in open(log) if "started in" in l and "io.quarkus" in l), "?")
print(f"run {run}: first route started {int(stamp.timestamp() * 1000) - start} ms after launching java"
      f" (Quarkus reports started in {quarkus}s)")
PY
done
