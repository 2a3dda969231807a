package loglinear.jit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The asynchronous global-to-local copies of one work-item on the emulator ({@link KernelContext#asyncCopy},
 * both {@link KernelContext#asyncCopy4}s), kept as faithfully as a CPU can: a copy is only recorded when it is issued,
 * {@link #commit} closes the open group, and {@link #await} performs every committed group except the
 * {@code pendingGroups} most recent ones. A kernel that reads a copy's destination before waiting for it therefore
 * reads the old contents here too, as it may on a GPU, instead of passing by luck.
 */
final class AsyncCopies {
    /** One issued copy of {@code count} elements into {@code width} destination elements (the rest become 0). */
    private record Copy(Object local, int localIndex, Object global, int globalIndex, int count, int width) {
        void perform() {
            if (local instanceof float[] to) {
                float[] from = (float[]) global;
                for (int i = 0; i < width; i++) {
                    to[localIndex + i] = i < count ? from[globalIndex + i] : 0f;
                }
            } else {
                int[] to = (int[]) local;
                int[] from = (int[]) global;
                for (int i = 0; i < width; i++) {
                    to[localIndex + i] = i < count ? from[globalIndex + i] : 0;
                }
            }
        }
    }

    private List<Copy> open = new ArrayList<>();
    private final ArrayDeque<List<Copy>> committed = new ArrayDeque<>();

    void copy(float[] local, int localIndex, float[] global, int globalIndex, int inside) {
        requireIndex("localIndex", localIndex, 1, local.length);
        if (inside != 0) {
            requireIndex("globalIndex", globalIndex, 1, global.length);
        }
        open.add(new Copy(local, localIndex, global, globalIndex, inside != 0 ? 1 : 0, 1));
    }

    void copy4(float[] local, int localIndex, float[] global, int globalIndex, int count) {
        requireQuad(localIndex, local.length, globalIndex, global.length, count);
        open.add(new Copy(local, localIndex, global, globalIndex, count, 4));
    }

    void copy4(int[] local, int localIndex, int[] global, int globalIndex, int count) {
        requireQuad(localIndex, local.length, globalIndex, global.length, count);
        open.add(new Copy(local, localIndex, global, globalIndex, count, 4));
    }

    private static void requireQuad(int localIndex, int localLength, int globalIndex, int globalLength, int count) {
        if (count < 0 || count > 4) {
            throw new IllegalArgumentException("asyncCopy4: count must be 0 .. 4, got " + count);
        }
        if ((localIndex & 3) != 0 || (globalIndex & 3) != 0) {
            throw new IllegalArgumentException("asyncCopy4: localIndex and globalIndex must be multiples of 4"
                    + " (16-byte aligned), got " + localIndex + " and " + globalIndex);
        }
        requireIndex("localIndex", localIndex, 4, localLength);
        if (count > 0) {
            requireIndex("globalIndex", globalIndex, count, globalLength);
        }
    }

    void commit() {
        committed.addLast(open);
        open = new ArrayList<>();
    }

    void await(int pendingGroups) {
        if (pendingGroups < 0 || pendingGroups > 7) {
            throw new IllegalArgumentException("asyncWait: pendingGroups must be 0 .. 7, got " + pendingGroups);
        }
        while (committed.size() > pendingGroups) {
            committed.removeFirst().forEach(Copy::perform);
        }
    }

    private static void requireIndex(String name, int index, int width, int length) {
        if (index < 0 || index + width > length) {
            throw new ArrayIndexOutOfBoundsException("async copy: " + name + " " + index + " (+" + width
                    + ") outside an array of " + length);
        }
    }
}
