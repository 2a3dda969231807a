package loglinear.jit.tools;

import java.lang.reflect.Method;
import java.util.List;

import loglinear.jit.KernelContext;
import loglinear.jit.translate.Dialect;
import loglinear.jit.translate.TranslatedKernel;

/**
 * The kernels of {@link GpuSelfTest}: Java kernel methods, and hand-written CUDA C and OpenCL C equivalents that test
 * the runtimes independently of the translator.
 */
public final class SelfTestKernels {
    private SelfTestKernels() {
    }

    /** y[i] = a * x[i] + y[i] for i < n. */
    public static void saxpy(KernelContext c, float[] x, float[] y, float a, int n) {
        int i = c.globalIdx;
        if (i < n) {
            y[i] = a * x[i] + y[i];
        }
    }

    /** out[g] = sum of in[g * tile .. (g + 1) * tile), staged through local memory (tile = 256 here). */
    public static void blockSum(KernelContext c, float[] in, float[] out, int tile) {
        float[] shared = c.allocateFloatLocalArray(256);
        int t = c.localIdx;
        int base = c.groupIdx * tile;
        for (int i = t; i < tile; i += c.localGroupSizeX) {
            shared[i] = in[base + i];
        }
        c.localBarrier();
        float s = 0f;
        for (int i = t; i < tile; i += c.localGroupSizeX) {
            s += shared[tile - 1 - i];
        }
        c.localBarrier();
        shared[t] = s;
        c.localBarrier();
        for (int stride = c.localGroupSizeX / 2; stride > 0; stride >>= 1) {
            if (t < stride) {
                shared[t] += shared[t + stride];
            }
            c.localBarrier();
        }
        if (t == 0) {
            out[c.groupIdx] = shared[0];
        }
    }

    /** Does nearly nothing: measures launch overhead. */
    public static void touch(KernelContext c, float[] x, int n) {
        if (c.globalIdx == n) {
            x[0] = 1f;
        }
    }

    private static final String CUDA_SAXPY = """
            extern "C" __global__ void saxpy(const float* x, float* y, float a, int n) {
                int i = blockIdx.x * blockDim.x + threadIdx.x;
                if (i < n) {
                    y[i] = a * x[i] + y[i];
                }
            }
            """;

    private static final String CUDA_BLOCK_SUM = """
            extern "C" __global__ void blockSum(const float* in, float* out, int tile) {
                extern __shared__ float shared[];
                int t = threadIdx.x;
                const float* base = in + (long long) blockIdx.x * tile;
                for (int i = t; i < tile; i += blockDim.x) {
                    shared[i] = base[i];
                }
                __syncthreads();
                float s = 0.0f;
                for (int i = t; i < tile; i += blockDim.x) {
                    s += shared[tile - 1 - i];
                }
                __syncthreads();
                shared[t] = s;
                __syncthreads();
                for (int stride = blockDim.x / 2; stride > 0; stride >>= 1) {
                    if (t < stride) {
                        shared[t] += shared[t + stride];
                    }
                    __syncthreads();
                }
                if (t == 0) {
                    out[blockIdx.x] = shared[0];
                }
            }
            """;

    private static final String CUDA_TOUCH = """
            extern "C" __global__ void touch(float* x, int n) {
                if (blockIdx.x * blockDim.x + threadIdx.x == n) {
                    x[0] = 1.0f;
                }
            }
            """;

    private static final String OPENCL_SAXPY = """
            __kernel void saxpy(__global const float* x, __global float* y, float a, int n) {
                int i = get_global_id(0);
                if (i < n) {
                    y[i] = a * x[i] + y[i];
                }
            }
            """;

    private static final String OPENCL_BLOCK_SUM = """
            __kernel void blockSum(__global const float* in, __global float* out, int tile) {
                __local float shared[256];
                int t = get_local_id(0);
                int size = get_local_size(0);
                __global const float* base = in + (long) get_group_id(0) * tile;
                for (int i = t; i < tile; i += size) {
                    shared[i] = base[i];
                }
                barrier(CLK_LOCAL_MEM_FENCE);
                float s = 0.0f;
                for (int i = t; i < tile; i += size) {
                    s += shared[tile - 1 - i];
                }
                barrier(CLK_LOCAL_MEM_FENCE);
                shared[t] = s;
                barrier(CLK_LOCAL_MEM_FENCE);
                for (int stride = size / 2; stride > 0; stride >>= 1) {
                    if (t < stride) {
                        shared[t] += shared[t + stride];
                    }
                    barrier(CLK_LOCAL_MEM_FENCE);
                }
                if (t == 0) {
                    out[get_group_id(0)] = shared[0];
                }
            }
            """;

    private static final String OPENCL_TOUCH = """
            __kernel void touch(__global float* x, int n) {
                if (get_global_id(0) == n) {
                    x[0] = 1.0f;
                }
            }
            """;

    /** Hand-written saxpy in {@code dialect}. */
    public static TranslatedKernel saxpy(Dialect dialect) {
        return kernel(dialect, "saxpy", dialect == Dialect.CUDA ? CUDA_SAXPY : OPENCL_SAXPY, 0,
                float[].class, float[].class, float.class, int.class);
    }

    /**
     * Hand-written block sum in {@code dialect} for tiles of {@code tile} floats: on CUDA the tile lives in dynamic
     * shared memory of {@code tile * 4} bytes (past 48 KiB this needs the opt-in attribute); on OpenCL tile is 256.
     */
    public static TranslatedKernel blockSum(Dialect dialect, int tile) {
        if (dialect == Dialect.OPENCL && tile != 256) {
            throw new IllegalArgumentException("the OpenCL block sum has a fixed tile of 256 floats, got " + tile);
        }
        return kernel(dialect, "blockSum", dialect == Dialect.CUDA ? CUDA_BLOCK_SUM : OPENCL_BLOCK_SUM, tile * 4L,
                float[].class, float[].class, int.class);
    }

    /** Hand-written near-empty kernel in {@code dialect}. */
    public static TranslatedKernel touch(Dialect dialect) {
        return kernel(dialect, "touch", dialect == Dialect.CUDA ? CUDA_TOUCH : OPENCL_TOUCH, 0,
                float[].class, int.class);
    }

    private static TranslatedKernel kernel(Dialect dialect, String name, String source, long sharedBytes,
                                           Class<?>... parameters) {
        return new TranslatedKernel(javaMethod(name), dialect, name, source, List.of(parameters), sharedBytes);
    }

    private static Method javaMethod(String name) {
        for (Method m : SelfTestKernels.class.getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() > 0
                    && m.getParameterTypes()[0] == KernelContext.class) {
                return m;
            }
        }
        throw new IllegalStateException("no kernel method " + name);
    }
}
