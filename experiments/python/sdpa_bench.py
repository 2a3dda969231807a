#!/usr/bin/env python3
"""Causal scaled-dot-product attention (PyTorch SDPA, flash backend, bf16) forward timings on one CUDA device.

Shape: B x H x T x D with H = 48, D = 64 (B = 2 up to --max-t, B = 1 for the long sizes up to --long-max-t).
Times are CUDA-event medians after warm-up. Sizes that run out of memory are reported with status "oom".
Prints one JSON object: {"device", "driver", "torch", "results": [{"T", "B", "H", "D", "ms_median", "ms_min",
"peak_mib", "status"}]}.
"""
import argparse
import json
import statistics
import sys


def powers_of_two(low, high):
    t = 1
    while t < low:
        t *= 2
    out = []
    while t <= high:
        out.append(t)
        t *= 2
    return out


def time_one(torch, sdpa_kernel, backends, b, h, t, d, warmup, iterations):
    q = torch.randn(b, h, t, d, device="cuda", dtype=torch.bfloat16)
    k = torch.randn_like(q)
    v = torch.randn_like(q)
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    with sdpa_kernel([backends.FLASH_ATTENTION]):
        for _ in range(warmup):
            torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True)
        torch.cuda.synchronize()
        times = []
        for _ in range(iterations):
            start = torch.cuda.Event(enable_timing=True)
            end = torch.cuda.Event(enable_timing=True)
            start.record()
            torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True)
            end.record()
            end.synchronize()
            times.append(start.elapsed_time(end))
    peak = torch.cuda.max_memory_allocated() / 2**20
    del q, k, v
    torch.cuda.empty_cache()
    return statistics.median(times), min(times), peak


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-t", type=int, default=1024)
    parser.add_argument("--max-t", type=int, default=131072)
    parser.add_argument("--long-max-t", type=int, default=1048576)
    parser.add_argument("--b", type=int, default=2)
    parser.add_argument("--long-b", type=int, default=1)
    parser.add_argument("--h", type=int, default=48)
    parser.add_argument("--d", type=int, default=64)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--iterations", type=int, default=10)
    args = parser.parse_args()

    try:
        import torch
        from torch.nn.attention import sdpa_kernel, SDPBackend
    except ImportError as e:
        print(json.dumps({"error": "PyTorch not importable: %s" % e, "results": []}))
        return 2
    if not torch.cuda.is_available():
        print(json.dumps({"error": "no CUDA device visible to PyTorch", "results": []}))
        return 2

    sizes = [(t, args.b) for t in powers_of_two(args.min_t, args.max_t)]
    sizes += [(t, args.long_b) for t in powers_of_two(args.max_t * 2, args.long_max_t)]
    results = []
    for t, b in sizes:
        row = {"T": t, "B": b, "H": args.h, "D": args.d}
        try:
            median, best, peak = time_one(torch, sdpa_kernel, SDPBackend, b, args.h, t, args.d,
                                          args.warmup, args.iterations)
            row.update({"ms_median": median, "ms_min": best, "peak_mib": peak, "status": "ok"})
        except torch.cuda.OutOfMemoryError:
            torch.cuda.empty_cache()
            row.update({"ms_median": -1, "ms_min": -1, "peak_mib": -1, "status": "oom"})
        except RuntimeError as e:
            torch.cuda.empty_cache()
            row.update({"ms_median": -1, "ms_min": -1, "peak_mib": -1,
                        "status": "error: " + str(e).splitlines()[0].replace('"', "'")})
        print("sdpa T=%d B=%d: %s" % (t, b, row["status"]), file=sys.stderr, flush=True)
        results.append(row)
    out = {
        "device": torch.cuda.get_device_name(0),
        "driver": "cuda " + str(torch.version.cuda),
        "torch": torch.__version__,
        "results": results,
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
