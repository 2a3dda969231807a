#!/usr/bin/env bash
# Runs the GPU forward checks and benchmarks from an unpacked bundle on a GPU host and writes logs to a folder.
#
#   scripts/gpu/forward-h100.sh BUNDLE_HOME OUT_DIR [steps...]
#
# BUNDLE_HOME is the unpacked bundle (with bin/jrun and bin/loglinear, shared/fixtures copied next to it);
# steps (default: all) are any of: mma check-m2 check-m2-opencl check-gdn check-gdn-opencl bench-m2 bench-m2-long
# bench-gdn.
# A failing step is logged and the next one runs; the exit status is 1 when any step failed.
set -uo pipefail
home="$1"; out="$2"; shift 2
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(mma check-m2 check-m2-opencl check-gdn check-gdn-opencl bench-m2 bench-m2-long bench-gdn)
mkdir -p "$out"
failed=0
step() {
  local name="$1"; shift
  echo "== $name: $*" | tee -a "$out/steps.log"
  local start=$SECONDS
  "$@" > "$out/$name.log" 2>&1
  local rc=$?
  echo "   rc=$rc in $((SECONDS - start)) s" | tee -a "$out/steps.log"
  tail -4 "$out/$name.log" | sed 's/^/   | /'
  [ $rc -eq 0 ] || failed=1
}
for s in "${steps[@]}"; do
  case "$s" in
    mma) step mma-cuda "$home/bin/jrun" loglinear.jit.tools.mma.MmaCheck --backend cuda
         step mma-opencl "$home/bin/jrun" loglinear.jit.tools.mma.MmaCheck --backend opencl:NVIDIA ;;
    check-m2) step check-m2 "$home/bin/jrun" loglinear.kernels.tools.GpuForwardCheck cuda ;;
    check-m2-opencl) step check-m2-opencl "$home/bin/jrun" loglinear.kernels.tools.GpuForwardCheck opencl ;;
    check-gdn) step check-gdn "$home/bin/jrun" loglinear.kernels.tools.GpuGdnCheck cuda ;;
    check-gdn-opencl) step check-gdn-opencl "$home/bin/jrun" loglinear.kernels.tools.GpuGdnCheck opencl ;;
    bench-m2) step bench-m2 "$home/bin/loglinear" bench-gpu --backends cuda,opencl --variants loglinear-mamba2 \
                --long-max-t 0 --warmup 2 --iterations 5 --with-sdpa --sdpa-script "$root/experiments/python/sdpa_bench.py" \
                --out-dir "$out/bench-m2" ;;
    bench-m2-long) step bench-m2-long "$home/bin/loglinear" bench-gpu --backends cuda,opencl \
                --variants loglinear-mamba2 --b 1 --min-t 262144 --max-t 1048576 --long-max-t 0 --warmup 1 \
                --iterations 3 --out-dir "$out/bench-m2-long" ;;
    bench-gdn) step bench-gdn "$home/bin/loglinear" bench-gpu --backends cuda,opencl --variants loglinear-gdn \
                --long-max-t 1048576 --warmup 1 --iterations 3 --out-dir "$out/bench-gdn" ;;
    *) echo "unknown step $s" >&2; failed=1 ;;
  esac
done
exit $failed
