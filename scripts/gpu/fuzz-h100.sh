#!/usr/bin/env bash
# CUDA / NVIDIA-OpenCL fuzzing checks for a GPU host, from an unpacked bundle, in about 7.5 minutes (never past 9.5):
#
#   scripts/gpu/fuzz-h100.sh JRUN OUT_DIR
#
# JRUN is the bundle's bin/jrun; the reproducers are every docs/results/h100/fuzz/repro/*.java of this working tree
# (scripts/gpu/fuzz-replay-h100.sh runs the seven replay steps alone, in about 60 s).
# Steps, each logged to OUT_DIR/<step>.log (a failing step does not stop the next; exit status 1 if any failed):
#   replay           FuzzReplay --backend cuda of every reproducer, with the current translator
#   replay-plain-l2i the same with the plain C j_l2i put back (shows the loop miscompile of jit-bugs.md 10)
#   replay-ptxas-O0  the same as replay, NVRTC passing --ptxas-options=-O0 (a difference that goes away: ptxas)
#   replay-G         the same as replay, NVRTC with -G (no NVVM or ptxas optimization)
#   replay-opencl    FuzzReplay --backend opencl:NVIDIA of the seed-4 reproducers (Fuzz_4_*, Min_4_*; jit-bugs.md 17)
#   replay-opencl-nv-O0, replay-opencl-opt-disable  the same built with -cl-nv-opt-level=0 / -cl-opt-disable
#   conformance      ConformanceMain --candidate cuda,opencl:NVIDIA
#   fuzz-cuda        FuzzMain --backend cuda --seed 3 --count 20000 --workers 16 (stops early at its time share)
#   fuzz-opencl      FuzzMain --backend opencl:NVIDIA --seed 3 --count 2000 --workers 16 (likewise)
set -uo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 JRUN OUT_DIR (got $# arguments)" >&2
  exit 2
fi
jrun="$1"
out="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repro="$root/docs/results/h100/fuzz/repro"
budget=450
mkdir -p "$out"
failed=0

# step NAME TIMEOUT_S COMMAND...: runs COMMAND with a hard time limit, logs it, records its exit status.
step() {
  local name="$1" limit="$2"
  shift 2
  echo "== $name (limit ${limit}s, $((SECONDS)) s elapsed): $*" | tee -a "$out/steps.log"
  local start=$SECONDS
  timeout --kill-after=10 "$limit" "$@" > "$out/$name.log" 2>&1
  local rc=$?
  echo "   rc=$rc in $((SECONDS - start)) s" | tee -a "$out/steps.log"
  tail -3 "$out/$name.log" | sed 's/^/   | /' | tee -a "$out/steps.log"
  [ $rc -eq 0 ] || failed=1
}

# minutes_left RESERVE_S CAP_S: the run time (in minutes, for --minutes) left in the budget after RESERVE_S.
minutes_left() {
  local left=$((budget - SECONDS - $1))
  [ $left -gt "$2" ] && left=$2
  [ $left -lt 30 ] && left=30
  awk -v s="$left" 'BEGIN { printf "%.2f", s / 60 }'
}

files=("$repro"/*.java)
step replay 60 "$jrun" loglinear.jit.tools.fuzz.FuzzReplay --backend cuda "${files[@]}"
step replay-plain-l2i 60 "$jrun" loglinear.jit.tools.fuzz.FuzzReplay --backend cuda \
  --patch "$repro/plain-l2i.patch" "${files[@]}"
LOGLINEAR_JAVA_OPTS="-Dloglinear.jit.cuda.nvrtcOptions=--ptxas-options=-O0" \
  step replay-ptxas-O0 60 "$jrun" loglinear.jit.tools.fuzz.FuzzReplay --backend cuda "${files[@]}"
LOGLINEAR_JAVA_OPTS="-Dloglinear.jit.cuda.nvrtcOptions=-G" \
  step replay-G 60 "$jrun" loglinear.jit.tools.fuzz.FuzzReplay --backend cuda "${files[@]}"
opencl_files=("$repro"/Fuzz_4_*.java "$repro"/Min_4_*.java)
step replay-opencl 60 "$jrun" loglinear.jit.tools.fuzz.FuzzReplay --backend opencl:NVIDIA "${opencl_files[@]}"
LOGLINEAR_JAVA_OPTS="-Dloglinear.jit.opencl.buildOptions=-cl-nv-opt-level=0" \
  step replay-opencl-nv-O0 60 "$jrun" loglinear.jit.tools.fuzz.FuzzReplay --backend opencl:NVIDIA "${opencl_files[@]}"
LOGLINEAR_JAVA_OPTS="-Dloglinear.jit.opencl.buildOptions=-cl-opt-disable" \
  step replay-opencl-opt-disable 60 "$jrun" loglinear.jit.tools.fuzz.FuzzReplay --backend opencl:NVIDIA \
  "${opencl_files[@]}"
step conformance 120 "$jrun" loglinear.jit.tools.ConformanceMain --candidate cuda,opencl:NVIDIA

# The CUDA run gets what is left but 70 s for the OpenCL run; both stop cleanly at --minutes with a summary
# (20,000 CUDA kernels took about 290 s at the 68 kernels/s of earlier H100 runs).
m=$(minutes_left 70 330)
step fuzz-cuda $(awk -v m="$m" 'BEGIN { printf "%d", m * 60 + 40 }') "$jrun" loglinear.jit.tools.FuzzMain \
  --backend cuda --seed 3 --count 20000 --workers 16 --minutes "$m" --out "$out/fuzz-cuda-failures"
m=$(minutes_left 15 90)
step fuzz-opencl $(awk -v m="$m" 'BEGIN { printf "%d", m * 60 + 40 }') "$jrun" loglinear.jit.tools.FuzzMain \
  --backend opencl:NVIDIA --seed 3 --count 2000 --workers 16 --minutes "$m" --out "$out/fuzz-opencl-failures"

echo "done in $SECONDS s; failed=$failed" | tee -a "$out/steps.log"
exit $failed
