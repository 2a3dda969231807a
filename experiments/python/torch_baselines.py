#!/usr/bin/env python3
"""PyTorch baselines for the JIT micro-benchmarks, on the same GPU.

Measures device-to-device copy bandwidth (bytes read + written, 1 GiB source) and float32 matmul 8192^3 with TF32
off, each as the median of CUDA-event timings after warm-up, and prints one JSON object:
{"device": ..., "torch": ..., "copy_gbps": ..., "copy_ms": ..., "matmul_fp32_tflops": ..., "matmul_ms": ...}.
"""
import argparse
import json
import statistics
import sys


def median_ms(fn, reps, torch):
    fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(reps):
        start = torch.cuda.Event(enable_timing=True)
        end = torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end))
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copy-mib", type=int, default=1024)
    parser.add_argument("--gemm", type=int, default=8192)
    parser.add_argument("--reps", type=int, default=20)
    args = parser.parse_args()
    try:
        import torch
    except ImportError:
        print(json.dumps({"error": "torch is not installed"}))
        return 2
    if not torch.cuda.is_available():
        print(json.dumps({"error": "no CUDA device visible to torch"}))
        return 2
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    device = torch.device("cuda")

    elements = args.copy_mib * (1 << 20) // 4
    src = torch.rand(elements, device=device, dtype=torch.float32)
    dst = torch.empty_like(src)
    copy_ms = median_ms(lambda: dst.copy_(src), args.reps, torch)
    copy_gbps = 8.0 * elements / (copy_ms * 1e6)
    del src, dst

    n = args.gemm
    a = torch.rand(n, n, device=device, dtype=torch.float32) - 0.5
    b = torch.rand(n, n, device=device, dtype=torch.float32) - 0.5
    c = torch.empty(n, n, device=device, dtype=torch.float32)
    matmul_ms = median_ms(lambda: torch.matmul(a, b, out=c), max(3, args.reps // 4), torch)
    tflops = 2.0 * n ** 3 / (matmul_ms * 1e9)

    print(json.dumps({
        "device": torch.cuda.get_device_name(0),
        "torch": torch.__version__,
        "copy_mib": args.copy_mib,
        "copy_ms": copy_ms,
        "copy_gbps": copy_gbps,
        "gemm": n,
        "matmul_ms": matmul_ms,
        "matmul_fp32_tflops": tflops,
        "allow_tf32": torch.backends.cuda.matmul.allow_tf32,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
