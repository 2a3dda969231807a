#!/usr/bin/env bash
# Replays the fuzz reproducers on a GPU host: every one on CUDA in the four modes of scripts/gpu/fuzz-h100.sh, and the
# NVIDIA-OpenCL ones (seed 4) on NVIDIA's OpenCL in three modes, in about 60 s:
#
#   scripts/gpu/fuzz-replay-h100.sh JRUN OUT_DIR
#
# JRUN is the bundle's bin/jrun; the reproducers are every docs/results/h100/fuzz/repro/*.java of this working tree.
# Steps, each logged to OUT_DIR/<step>.log and summarised in OUT_DIR/steps.log (exit status 1 if a step failed to run;
# reproducers that differ do not fail a step):
#   replay           FuzzReplay --backend cuda, with the current translator
#   replay-plain-l2i the same with the plain C j_l2i put back (repro/plain-l2i.patch, docs/jit-bugs.md 10)
#   replay-ptxas-O0  the same as replay, NVRTC passing --ptxas-options=-O0 (a difference that goes away: ptxas)
#   replay-G         the same as replay, NVRTC with -G (no NVVM or ptxas optimization)
#   replay-opencl    FuzzReplay --backend opencl:NVIDIA over Fuzz_4_* and Min_4_* (docs/jit-bugs.md 17); its first
#                    line gives the device's CL_DEVICE_SINGLE_FP_CONFIG (float denormals, divide/sqrt) and build options
#   replay-opencl-nv-O0       the same, built with -cl-nv-opt-level=0 (ptxas --opt-level 0: a difference that goes
#                             away is ptxas's)
#   replay-opencl-opt-disable the same, built with -cl-opt-disable (no optimization before the PTX either)
set -uo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 JRUN OUT_DIR (got $# arguments)" >&2
  exit 2
fi
jrun="$1"
out="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repro="$root/docs/results/h100/fuzz/repro"
mkdir -p "$out"
failed=0

# step NAME TIMEOUT_S COMMAND...: runs COMMAND with a hard time limit, logs it, records its exit status.
step() {
  local name="$1" limit="$2"
  shift 2
  echo "== $name (limit ${limit}s, $((SECONDS)) s elapsed)" | tee -a "$out/steps.log"
  local start=$SECONDS
  timeout --kill-after=10 "$limit" "$@" > "$out/$name.log" 2>&1
  local rc=$?
  echo "   rc=$rc in $((SECONDS - start)) s" | tee -a "$out/steps.log"
  grep -E 'candidate:|DIFFERS|replayed' "$out/$name.log" | sed 's/^/   | /' | tee -a "$out/steps.log"
  [ $rc -eq 0 ] || failed=1
}

files=("$repro"/*.java)
if [ ! -e "${files[0]}" ]; then
  echo "no reproducers in $repro" >&2
  exit 2
fi
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

echo "done in $SECONDS s; failed=$failed" | tee -a "$out/steps.log"
exit $failed
