package loglinear.jit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The asynchronous global-to-local copies of one work-item on the emulator ({@link KernelContext#asyncCopy},
 * {@link KernelContext#asyncCopy4}), kept as faithfully as a CPU can: a copy is only recorded when it is issued,
 * {@link #commit} closes the open group, and {@link #await} performs every committed group except the
 * {@code pendingGroups} most recent ones. A kernel that reads a copy's destination before waiting for it therefore
 * reads the old contents here too, as it may on a GPU, instead of passing by luck.
 */
final class AsyncCopies {
    /** One issued copy of {@code count} floats into {@code width} destination elements (the rest become 0). */
    private record Copy(float[] local, int localIndex, float[] global, int globalIndex, int count, int width) {
        void perform() {
            for (int i = 0; i < width; i++) {
                local[localIndex + i] = i < count ? global[globalIndex + i] : 0f;
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
        if (count < 0 || count > 4) {
            throw new IllegalArgumentException("asyncCopy4: count must be 0 .. 4, got " + count);
        }
        if ((localIndex & 3) != 0 || (globalIndex & 3) != 0) {
            throw new IllegalArgumentException("asyncCopy4: localIndex and globalIndex must be multiples of 4"
                    + " (16-byte aligned), got " + localIndex + " and " + globalIndex);
        }
        requireIndex("localIndex", localIndex, 4, local.length);
        if (count > 0) {
            requireIndex("globalIndex", globalIndex, count, global.length);
        }
        open.add(new Copy(local, localIndex, global, globalIndex, count, 4));
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
