package loglinear.jit.tools.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import loglinear.jit.Device;
import loglinear.jit.DeviceBuffer;
import loglinear.jit.ElementType;
import loglinear.jit.Range;
import loglinear.jit.tools.DeviceCheckMain;

/**
 * Checks {@code KernelContext.asyncCopy}/{@code asyncCopy4} on one device: {@link AsyncCopyKernels#copyTiles} on
 * seeded random sources, with full and ragged row widths, one-element and four-element copies, chains shorter and
 * longer than the ring, and {@link AsyncCopyKernels#copyIntQuads} (int quads with every count 0 .. 4); every
 * element must arrive exactly (or as 0 past the width or count).
 *
 * <p>Command line: {@code AsyncCopyCheck [--backend SPEC]} (default {@code auto}); exits with 1 when a case fails.
 */
public final class AsyncCopyCheck {
    /** One case: how many elements differ from the expected copy. */
    public record Result(int stride, int width, int tiles, int vector, int mismatches)
            implements DeviceCheckMain.Case {
        public boolean passed() {
            return mismatches == 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "copyTiles stride=%-3d width=%-3d tiles=%-2d %-6s mismatches %d  %s",
                    stride, width, tiles, vector != 0 ? "vec4" : "scalar", mismatches, passed() ? "PASS" : "FAIL");
        }
    }

    /** (stride, width, tiles, vector): the cases every check runs. */
    public static final int[][] CASES = {{64, 64, 1, 1}, {64, 64, 7, 1}, {68, 61, 5, 1}, {132, 3, 4, 1},
        {64, 0, 3, 1}, {65, 65, 6, 0}, {64, 37, 2, 0}, {64, 64, 0, 1}};

    /** Chains (work-groups) of every case. */
    static final int CHAINS = 3;

    private AsyncCopyCheck() {
    }

    /** Command line: {@code [--backend SPEC]} (default {@code auto}); exits with 1 when a case fails. */
    public static void main(String[] args) {
        DeviceCheckMain.run("AsyncCopyCheck", args, device -> run(device, 99));
    }

    /** Every case of {@link #CASES}, sources from {@code seed}. */
    public static List<Result> run(Device device, long seed) {
        Random random = new Random(seed);
        List<Result> results = new ArrayList<>();
        for (int[] c : CASES) {
            results.add(copyTiles(device, random, c[0], c[1], c[2], c[3]));
        }
        results.add(copyIntQuads(device, random));
        return results;
    }

    /** {@link AsyncCopyKernels#copyIntQuads}: ints (every bit pattern) arrive exactly, 0 past each count. */
    static Result copyIntQuads(Device device, Random random) {
        int n = 4 * AsyncCopyKernels.GROUP_THREADS;
        int[] src = new int[n];
        for (int i = 0; i < n; i++) {
            src[i] = random.nextInt();
        }
        int[] dst = new int[n];
        try (DeviceBuffer in = device.allocate(ElementType.INT, n);
             DeviceBuffer out = device.allocate(ElementType.INT, n)) {
            device.write(in, src);
            device.launch(device.compile(AsyncCopyKernels.class, "copyIntQuads"),
                    new Range(AsyncCopyKernels.GROUP_THREADS, 1, 1), new Range(AsyncCopyKernels.GROUP_THREADS, 1, 1),
                    in, out);
            device.read(out, dst);
        }
        int mismatches = 0;
        for (int i = 0; i < n; i++) {
            int expected = i % 4 < (i / 4) % 5 ? src[i] : 0;
            mismatches += dst[i] == expected ? 0 : 1;
        }
        return new Result(4, 4, 1, 1, mismatches);
    }

    static Result copyTiles(Device device, Random random, int stride, int width, int tiles, int vector) {
        int rows = CHAINS * tiles * AsyncCopyKernels.TILE_ROWS;
        // One spare row, so that a copy of the last tile that read past its width would read defined data.
        float[] src = new float[(rows + 1) * stride];
        for (int i = 0; i < src.length; i++) {
            src[i] = random.nextFloat() + 1f;
        }
        int outputs = CHAINS * tiles * AsyncCopyKernels.TILE_FLOATS;
        float[] dst = new float[outputs];
        try (DeviceBuffer in = device.allocate(ElementType.FLOAT, src.length);
             DeviceBuffer out = device.allocate(ElementType.FLOAT, Math.max(1, outputs))) {
            device.write(in, src);
            device.launch(device.compile(AsyncCopyKernels.class, "copyTiles"),
                    new Range(AsyncCopyKernels.GROUP_THREADS * CHAINS, 1, 1),
                    new Range(AsyncCopyKernels.GROUP_THREADS, 1, 1), in, out, stride, width, tiles, vector);
            if (outputs > 0) {
                device.read(out, dst);
            }
        }
        int mismatches = 0;
        for (int i = 0; i < outputs; i++) {
            int row = i / AsyncCopyKernels.TILE_COLUMNS;
            int column = i - row * AsyncCopyKernels.TILE_COLUMNS;
            float expected = column < width ? src[row * stride + column] : 0f;
            mismatches += dst[i] == expected ? 0 : 1;
        }
        return new Result(stride, width, tiles, vector, mismatches);
    }
}
