package loglinear.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import loglinear.jit.Backend;
import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Kernel;
import loglinear.jit.Range;

/**
 * The raw chunk scores and the pair cross scores of {@link ChunkScoreKernels} against float64 products of the same
 * float32 inputs, on the emulator and on OpenCL when present: partial last chunks, an odd chunk count (the last
 * chunk has no pair), several q/k groups, K not a multiple of 4 and K past one 64-wide slice.
 */
class ChunkScoreKernelsTest {
    private static final int CHUNK = Mamba2Kernels.CHUNK;

    @ParameterizedTest(name = "{0} B={1} T={2} G={3} K={4}")
    @CsvSource({"EMULATOR, 1, 200, 1, 16", "EMULATOR, 2, 130, 2, 37", "OPENCL, 1, 200, 1, 16",
            "OPENCL, 2, 130, 2, 37", "OPENCL, 1, 300, 1, 136", "OPENCL, 1, 64, 1, 8"})
    void scoresMatchFloat64Products(Backend backend, int batch, int length, int groups, int keyDim) {
        Device device = KernelTestDevices.get(backend);
        Random random = new Random(31L * length + keyDim);
        float[] q = randomArray(random, batch * length * groups * keyDim);
        float[] k = randomArray(random, batch * length * groups * keyDim);
        int chunks = (length + CHUNK - 1) / CHUNK;
        int pairs = chunks / 2;
        int tile = ChunkScoreKernels.SCORE_FLOATS;
        float[] scores = new float[batch * groups * chunks * tile];
        float[] cross = new float[Math.max(1, batch * groups * pairs * tile)];

        DeviceBuffer qBuffer = device.allocate(ElementType.FLOAT, q.length);
        DeviceBuffer kBuffer = device.allocate(ElementType.FLOAT, k.length);
        DeviceBuffer scoreBuffer = device.allocate(ElementType.FLOAT, scores.length);
        DeviceBuffer crossBuffer = device.allocate(ElementType.FLOAT, cross.length);
        try {
            device.write(qBuffer, q);
            device.write(kBuffer, k);
            Kernel chunkKernel = device.compile(ChunkScoreKernels.class, "chunkScores");
            device.launch(chunkKernel, Range.of(Mamba2Kernels.GROUP_THREADS, chunks, batch * groups),
                    Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1), qBuffer, kBuffer, scoreBuffer, length, groups,
                    keyDim, chunks);
            device.read(scoreBuffer, scores);
            if (pairs > 0) {
                Kernel pairKernel = device.compile(ChunkScoreKernels.class, "pairCrossScores");
                device.launch(pairKernel, Range.of(Mamba2Kernels.GROUP_THREADS, pairs, batch * groups),
                        Range.of(Mamba2Kernels.GROUP_THREADS, 1, 1), qBuffer, kBuffer, crossBuffer, length, groups,
                        keyDim, pairs);
                device.read(crossBuffer, cross);
            }
        } finally {
            qBuffer.close();
            kBuffer.close();
            scoreBuffer.close();
            crossBuffer.close();
        }

        for (int bg = 0; bg < batch * groups; bg++) {
            for (int c = 0; c < chunks; c++) {
                // Step 1, the chunk's own block: rows and columns of chunk c.
                assertTile(scores, (bg * chunks + c) * tile, q, k, bg, groups, length, keyDim, c * CHUNK, c * CHUNK,
                        "chunk " + c);
            }
            for (int p = 0; p < pairs; p++) {
                // Step 2, the pair's block below the diagonal: rows of chunk 2p + 1, columns of chunk 2p.
                assertTile(cross, (bg * pairs + p) * tile, q, k, bg, groups, length, keyDim, (2 * p + 1) * CHUNK,
                        2 * p * CHUNK, "pair " + p);
            }
        }
    }

    /** tile[a 64 + j] against sum_kk q[b, qStart + a, g, kk] k[b, kStart + j, g, kk], 0 past T. */
    private static void assertTile(float[] actual, int base, float[] q, float[] k, int bg, int groups, int length,
                                   int keyDim, int queryStart, int keyStart, String what) {
        int b = bg / groups;
        int grp = bg - b * groups;
        for (int a = 0; a < CHUNK; a++) {
            for (int j = 0; j < CHUNK; j++) {
                int t = queryStart + a;
                int s = keyStart + j;
                double expected = 0;
                double magnitude = 0;
                if (t < length && s < length) {
                    for (int kk = 0; kk < keyDim; kk++) {
                        double x = q[((b * length + t) * groups + grp) * keyDim + kk];
                        double y = k[((b * length + s) * groups + grp) * keyDim + kk];
                        expected += x * y;
                        magnitude += Math.abs(x * y);
                    }
                }
                double error = Math.abs(actual[base + a * CHUNK + j] - expected);
                assertThat(error).as("%s, row %d, column %d (group %d)", what, a, j, bg)
                        .isLessThanOrEqualTo(1e-5 * magnitude + 1e-12);
            }
        }
    }

    private static float[] randomArray(Random random, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextGaussian() * 0.5);
        }
        return x;
    }
}
