package loglinear.jit.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The translator accepts the sample kernels and emits the expected constructs (golden fragments). */
class TranslatorAcceptsTest {

    /** The public kernels of {@link SampleKernels}, by name. */
    static List<Method> sampleKernels() {
        return Arrays.stream(SampleKernels.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    static Stream<Arguments> kernelsAndDialects() {
        return sampleKernels().stream()
                .flatMap(m -> Stream.of(Dialect.values()).map(d -> Arguments.of(m.getName(), d)));
    }

    static Method kernel(String name) {
        return sampleKernels().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kernelsAndDialects")
    void translatesEverySample(String name, Dialect dialect) {
        Method m = kernel(name);
        TranslatedKernel k = Translator.translate(m, dialect);
        assertThat(k.entryName()).isEqualTo("SampleKernels_" + name);
        assertThat(k.dialect()).isEqualTo(dialect);
        assertThat(k.parameters()).containsExactly(Arrays.copyOfRange(m.getParameterTypes(), 1,
                m.getParameterCount()));
        String signature = dialect == Dialect.CUDA ? "extern \"C\" __global__ void " + k.entryName() + "("
                : "__kernel void " + k.entryName() + "(";
        assertThat(k.source()).contains(signature).doesNotContain("__restrict__").doesNotContain("#include");
        assertThat(k.source()).contains("/* SampleKernels.java:");
    }

    @Test
    void cachesPerMethodAndDialect() {
        Method m = kernel("vectorAdd");
        assertThat(Translator.translate(m, Dialect.CUDA)).isSameAs(Translator.translate(m, Dialect.CUDA));
        assertThat(Translator.translate(m, Dialect.OPENCL)).isNotSameAs(Translator.translate(m, Dialect.CUDA));
    }

    @Test
    void mapsContextFieldsToBuiltins() {
        String cuda = Translator.translate(kernel("threeDimensions"), Dialect.CUDA).source();
        assertThat(cuda).contains("(int)(blockIdx.x * blockDim.x + threadIdx.x)", "(int)threadIdx.z",
                "(int)blockIdx.y", "(int)blockDim.z", "(int)(gridDim.z * blockDim.z)");
        String cl = Translator.translate(kernel("threeDimensions"), Dialect.OPENCL).source();
        assertThat(cl).contains("(int)get_global_id(0)", "(int)get_local_id(2)", "(int)get_group_id(1)",
                "(int)get_local_size(2)", "(int)get_global_size(2)");
        assertThat(cl).contains("s0_i = 16;", "__local int* j_scratch = 0;",
                "int h_SampleKernels_localIndexOf(__local int* j_scratch)");
    }

    @Test
    void floatMathOfWidenedFloatsUsesFloatBuiltins() {
        String cuda = Translator.translate(kernel("floatMath"), Dialect.CUDA).source();
        assertThat(cuda).contains("= expf(", "= logf(", "= sqrtf(", "= tanhf(", "= j_powf(", "= sinf(", "= cosf(",
                "= rsqrtf(", "= fmaf(", "= j_fmaxf(", "= log1pf(", "= expm1f(");
        // Java's pow special cases (NaN exponent, |x| == 1 with infinite exponent) live in j_powf.
        assertThat(cuda).contains("j_powf(s1_f, 0x1.8p0f)");
        // The double evaluation stays only as dead code for the vendor compiler; no d2f of it is left.
        assertThat(cuda).doesNotContain("(float)s1_d").doesNotContain("(float)s0_d");
        String cl = Translator.translate(kernel("floatMath"), Dialect.OPENCL).source();
        assertThat(cl).contains("= exp(s", "= rsqrt(", "= fma(", "#pragma OPENCL FP_CONTRACT OFF");
    }

    @Test
    void pureDoubleCodeStaysDouble() {
        String cl = Translator.translate(kernel("doubleMath"), Dialect.OPENCL).source();
        assertThat(cl).contains("#pragma OPENCL EXTENSION cl_khr_fp64 : enable", "double s0_d", "= exp(s",
                "= j_fmax(", "= j_fmin(", "= fmod(", "j_d2l(", "j_roundd(", "J_D2L_BITS(");
        assertThat(Translator.translate(kernel("vectorAdd"), Dialect.OPENCL).source()).doesNotContain("cl_khr_fp64");
    }

    @Test
    void integerArithmeticWrapsThroughUnsignedTypes() {
        String cuda = Translator.translate(kernel("integerSemantics"), Dialect.CUDA).source();
        assertThat(cuda).contains("(int)((j_u32)", "(j_i64)((j_u64)", "& 31))", "& 63))", "j_idiv(", "j_irem(",
                "j_ldiv(", "j_lrem(", "j_i2b(", "j_i2s(", "& 0xFFFF)", "j_l2i(", "__clz(", "j_ntz(", "__popc(",
                "__clzll(", "__popcll(", "switch (", "(-2147483647 - 1)", "long long");
        String cl = Translator.translate(kernel("integerSemantics"), Dialect.OPENCL).source();
        assertThat(cl).contains("clz(", "popcount(", "typedef long j_i64;");
    }

    @Test
    void floatComparisonsFollowNanRules() {
        String cuda = Translator.translate(kernel("floatSemantics"), Dialect.CUDA).source();
        // javac branches on the negation: a < b compiles to fcmpg; ifge, i.e. skip when !(a < b).
        assertThat(cuda).contains("if (!(s0_f < s1_f)) goto", "if (!(s0_f <= s1_f)) goto",
                "if (!(s0_f > s1_f)) goto", "if (!(s0_f >= s1_f)) goto", "if (s0_f != s1_f) goto",
                "if (s0_f == s1_f) goto");
        assertThat(cuda).contains("j_f2i(", "j_f2l(", "J_F2I_BITS(", "j_float_to_int_bits(", "j_roundf(",
                "j_fmaxf(", "j_fminf(", "fmodf(", "j_fsignum(", "fmaf(");
        assertThat(cuda).contains("__int_as_float((int)0x7fc00000)", "__int_as_float((int)0x7f800000)",
                "0x0.000002p-126f", "(-0x0.0p0f)", "0x1.0624dep-10f");
        assertThat(Translator.translate(kernel("floatSemantics"), Dialect.OPENCL).source())
                .contains("as_float((int)0x7fc00000)");
    }

    @Test
    void localArraysAreCarvedFromDynamicSharedMemoryOnCuda() {
        TranslatedKernel cuda = Translator.translate(kernel("localReduction"), Dialect.CUDA);
        assertThat(cuda.localMemoryBytes()).isEqualTo(256 * 4 + 16 * 4);
        assertThat(cuda.source()).contains("extern __shared__ __align__(16) unsigned char j_smem[];",
                "float* j_local0 = (float*)(j_smem + 0);", "int* j_local1 = (int*)(j_smem + 1024);",
                "__syncthreads();", "atomicAdd(&", "= 256;");
        TranslatedKernel cl = Translator.translate(kernel("localReduction"), Dialect.OPENCL);
        assertThat(cl.localMemoryBytes()).isEqualTo(256 * 4 + 16 * 4);
        assertThat(cl.source()).contains("__local float j_local0[256];", "__local int j_local1[16];",
                "barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);", "atomic_add(&");
    }

    @Test
    void subGroupOperations() {
        String cuda = Translator.translate(kernel("subGroups"), Dialect.CUDA).source();
        assertThat(cuda).contains("__shfl_xor_sync(0xffffffffu, ", "__shfl_down_sync(0xffffffffu, ",
                "j_reduce_add_f(", "j_reduce_add_i(", "j_lane()");
        String cl = Translator.translate(kernel("subGroups"), Dialect.OPENCL).source();
        assertThat(cl).contains("__local int j_scratch[1024];", "j_shfl_xor_f(j_scratch, ",
                "j_shfl_down_i(j_scratch, ", "j_reduce_add_f(j_scratch, ");
    }

    @Test
    void floatAtomicsUseCompareAndSwapOnOpenCl() {
        String cl = Translator.translate(kernel("atomics"), Dialect.OPENCL).source();
        assertThat(cl).contains("j_atomic_add_f_g(&", "j_atomic_add_f_l(&", "atomic_add(&", "atomic_cmpxchg(");
    }

    @Test
    void privateArraysAreZeroedRegisterArrays() {
        String cuda = Translator.translate(kernel("privateTile"), Dialect.CUDA).source();
        assertThat(cuda).contains("float j_priv0[64];", "float j_priv1[8];",
                "for (j_zi = 0; j_zi < 64; ++j_zi) j_priv0[j_zi] = 0;");
        assertThat(Translator.translate(kernel("privateTile"), Dialect.CUDA).localMemoryBytes()).isZero();
    }

    @Test
    void helpersAreSpecialisedPerAddressSpace() {
        String cl = Translator.translate(kernel("helpers"), Dialect.OPENCL).source();
        assertThat(cl).contains("float h_SampleKernels_sumRange(__global float* l0_agf, int l1_i, int l2_i)",
                "float h_SampleKernels_sumRange_2(__local float* l0_alf, int l1_i, int l2_i)",
                "float h_SampleKernels_Helpers_scaled(float l0_f, float l1_f)",
                "float h_SampleKernels_laneSum(__local int* j_scratch, float l1_f)",
                "h_SampleKernels_laneSum(j_scratch, ", "= 0x1.0p-3f;");
        // Callees are defined before callers.
        assertThat(cl.indexOf("int h_SampleKernels_Helpers_add(")).isLessThan(cl.indexOf("int h_SampleKernels_twice("));
        String cuda = Translator.translate(kernel("helpers"), Dialect.CUDA).source();
        assertThat(cuda).contains("static __device__ float h_SampleKernels_laneSum(float l1_f)");
    }

    @Test
    void dumpsSourcesWhenAsked(@TempDir Path dir) throws Exception {
        String old = System.getProperty(Translator.DUMP_PROPERTY);
        System.setProperty(Translator.DUMP_PROPERTY, dir.toString());
        try {
            Method m = DumpedKernel.class.getDeclaredMethod("scale", loglinear.jit.KernelContext.class,
                    float[].class, float.class);
            TranslatedKernel k = Translator.translate(m, Dialect.OPENCL);
            assertThat(k.entryName()).isEqualTo("TranslatorAcceptsTest_DumpedKernel_scale");
            assertThat(Files.readString(dir.resolve("TranslatorAcceptsTest_DumpedKernel_scale.cl"))).isEqualTo(k.source());
        } finally {
            if (old == null) {
                System.clearProperty(Translator.DUMP_PROPERTY);
            } else {
                System.setProperty(Translator.DUMP_PROPERTY, old);
            }
        }
    }

    /** A kernel translated by the dump test only, so that its first translation happens there. */
    static final class DumpedKernel {
        private DumpedKernel() {
        }

        static void scale(loglinear.jit.KernelContext ctx, float[] x, float s) {
            x[ctx.globalIdx] *= s;
        }
    }
}
