package loglinear.jit.emulator;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import loglinear.jit.KernelContext;

/**
 * One work-group whose work-items run concurrently (one virtual thread each) and meet at barriers: the group's
 * {@link WorkGroupScope} for kernels that synchronize.
 *
 * <p>State, all guarded by {@link #lock} unless noted:
 * <ul>
 *   <li>a reusable group barrier ({@code localBarrier}) with all {@code size} work-items as participants, and one
 *       barrier per sub-group of 32 consecutive local linear ids (the last may be partial) used by shuffles and
 *       sub-group reductions;</li>
 *   <li>{@code blocked} (work-items parked at any barrier) and {@code finished} (work-items that returned). When
 *       {@code blocked + finished == size} while some item is blocked, no barrier can ever trip: the items diverged,
 *       and the group fails with an {@link IllegalStateException} naming who waits where, instead of hanging;</li>
 *   <li>the local arrays: the n-th {@code allocate*LocalArray} call of every item returns the group's n-th array;</li>
 *   <li>per sub-group two exchange slot arrays used alternately by consecutive collectives (each item counts its own
 *       collectives), so one sub-group barrier per shuffle suffices: slots of collective c are rewritten only at
 *       collective c + 2, after every lane has passed the barrier of c + 1 and so has finished reading them.</li>
 * </ul>
 * A failure anywhere (an item's exception, a divergence, another group's failure) breaks the group: waiting items are
 * unparked and unwind with {@link WorkGroupCancelled}; the first failure is recorded in the launch.
 */
final class ConcurrentWorkGroup implements WorkGroupScope {
    private static final int SUB_GROUP = KernelContext.SUB_GROUP_SIZE;

    /** A reusable barrier: {@code participants} arrivals trip it and start the next generation. */
    private static final class Barrier {
        final String description;
        final int participants;
        final Thread[] waiters;
        final int[] waiterIds;
        int arrived;
        volatile int generation;

        Barrier(String description, int participants) {
            this.description = description;
            this.participants = participants;
            this.waiters = new Thread[participants];
            this.waiterIds = new int[participants];
        }
    }

    private final String kernelName;
    private final String groupIds;
    private final int size;
    private final LaunchExecution launch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Barrier groupBarrier;
    private final Barrier[] subGroupBarriers;
    /** [sub-group][collective parity][lane] raw bits of the exchanged values. */
    private final int[][][] exchangeSlots;
    /** Per item (by local linear id, each written only by its own item): collectives called so far. */
    private final int[] collectiveCalls;
    /** Per item (by local linear id, each written only by its own item): local arrays allocated so far. */
    private final int[] localAllocations;
    private final List<Object> localArrays = new ArrayList<>();
    private int blocked;
    private int finished;
    private volatile boolean broken;

    ConcurrentWorkGroup(String kernelName, int groupX, int groupY, int groupZ, int size, LaunchExecution launch) {
        this.kernelName = kernelName;
        this.groupIds = "(" + groupX + ", " + groupY + ", " + groupZ + ")";
        this.size = size;
        this.launch = launch;
        this.groupBarrier = new Barrier("localBarrier", size);
        int subGroups = (size + SUB_GROUP - 1) / SUB_GROUP;
        this.subGroupBarriers = new Barrier[subGroups];
        this.exchangeSlots = new int[subGroups][][];
        for (int s = 0; s < subGroups; s++) {
            int lanes = Math.min(SUB_GROUP, size - s * SUB_GROUP);
            subGroupBarriers[s] = new Barrier("sub-group " + s + " shuffle/subGroupReduceAdd", lanes);
            exchangeSlots[s] = new int[][] {new int[lanes], new int[lanes]};
        }
        this.collectiveCalls = new int[size];
        this.localAllocations = new int[size];
    }

    /** Runs one work-item to its end on the current (virtual) thread; failures go to the launch. */
    void runItem(KernelContext item, EmulatorKernel kernel, Object[] args) {
        try {
            kernel.invoke(item, args);
        } catch (WorkGroupCancelled cancelled) {
            return;
        } catch (Throwable thrown) {
            fail(WorkItemFailures.describe(kernelName, item, thrown));
            return;
        }
        itemFinished();
    }

    /** Breaks the group because of a failure outside it (e.g. the launching thread was interrupted). */
    void cancel() {
        lock.lock();
        try {
            breakGroup();
        } finally {
            lock.unlock();
        }
    }

    // ---- barriers -------------------------------------------------------------------------------------------------

    @Override
    public void barrier(KernelContext item) {
        await(groupBarrier, item.localLinearId());
    }

    private void await(Barrier barrier, int localLinearId) {
        int generation;
        lock.lock();
        try {
            if (broken) {
                throw WorkGroupCancelled.INSTANCE;
            }
            if (launch.failed()) {
                breakGroup();
                throw WorkGroupCancelled.INSTANCE;
            }
            barrier.waiters[barrier.arrived] = Thread.currentThread();
            barrier.waiterIds[barrier.arrived] = localLinearId;
            barrier.arrived++;
            if (barrier.arrived == barrier.participants) {
                // Last arrival: start the next generation first, then wake the others (a woken item must see it).
                int others = barrier.arrived - 1;
                blocked -= others;
                barrier.arrived = 0;
                barrier.generation++;
                for (int i = 0; i < others; i++) {
                    LockSupport.unpark(barrier.waiters[i]);
                    barrier.waiters[i] = null;
                }
                barrier.waiters[others] = null;
                return;
            }
            blocked++;
            if (blocked + finished == size) {
                fail(divergence());
                throw WorkGroupCancelled.INSTANCE;
            }
            generation = barrier.generation;
        } finally {
            lock.unlock();
        }
        while (barrier.generation == generation) {
            if (broken) {
                throw WorkGroupCancelled.INSTANCE;
            }
            LockSupport.park(this);
        }
    }

    private void itemFinished() {
        lock.lock();
        try {
            finished++;
            if (blocked > 0 && blocked + finished == size && !broken) {
                fail(divergence());
            }
        } finally {
            lock.unlock();
        }
    }

    private void fail(RuntimeException failure) {
        lock.lock();
        try {
            launch.fail(failure);
            breakGroup();
        } finally {
            lock.unlock();
        }
    }

    /** Marks the group broken and unparks every waiting item (caller holds the lock). */
    private void breakGroup() {
        broken = true;
        unparkAll(groupBarrier);
        for (Barrier b : subGroupBarriers) {
            unparkAll(b);
        }
    }

    private static void unparkAll(Barrier barrier) {
        for (int i = 0; i < barrier.arrived; i++) {
            LockSupport.unpark(barrier.waiters[i]);
        }
    }

    /** Describes who waits at which barrier (caller holds the lock). */
    private IllegalStateException divergence() {
        StringBuilder waiting = new StringBuilder();
        appendWaiting(waiting, groupBarrier);
        for (Barrier b : subGroupBarriers) {
            appendWaiting(waiting, b);
        }
        return new IllegalStateException("kernel " + kernelName + ", work-group " + groupIds + " of " + size
                + " work-items: the work-items diverged at barriers and can never proceed: " + finished
                + " finished the kernel while " + blocked + " wait (" + waiting + "); every work-item of a group"
                + " must reach the same barriers in the same order, every lane of a sub-group the same shuffles");
    }

    private static void appendWaiting(StringBuilder out, Barrier barrier) {
        if (barrier.arrived == 0) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("; ");
        }
        int[] ids = Arrays.copyOf(barrier.waiterIds, barrier.arrived);
        Arrays.sort(ids);
        out.append("at ").append(barrier.description).append(": local linear ids ").append(ranges(ids));
    }

    /** "0-3, 7, 9-10" for sorted ids. */
    static String ranges(int[] sortedIds) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sortedIds.length) {
            int j = i;
            while (j + 1 < sortedIds.length && sortedIds[j + 1] == sortedIds[j] + 1) {
                j++;
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(sortedIds[i]);
            if (j > i) {
                out.append('-').append(sortedIds[j]);
            }
            i = j + 1;
        }
        return out.toString();
    }

    // ---- local memory ---------------------------------------------------------------------------------------------

    @Override
    public float[] localFloats(KernelContext item, int size) {
        return (float[]) localArray(item, size, float[].class);
    }

    @Override
    public int[] localInts(KernelContext item, int size) {
        return (int[]) localArray(item, size, int[].class);
    }

    private Object localArray(KernelContext item, int length, Class<?> type) {
        if (length < 0) {
            throw new IllegalArgumentException("local array size must be >= 0, got " + length);
        }
        int ordinal = localAllocations[item.localLinearId()]++;
        lock.lock();
        try {
            if (ordinal < localArrays.size()) {
                Object existing = localArrays.get(ordinal);
                int existingLength = Array.getLength(existing);
                if (existing.getClass() != type || existingLength != length) {
                    throw new IllegalStateException("local array #" + ordinal + " of work-group " + groupIds
                            + " is " + existing.getClass().getComponentType() + "[" + existingLength
                            + "], but this work-item allocates " + type.getComponentType() + "[" + length
                            + "]; every work-item must allocate the same local arrays in the same order");
                }
                return existing;
            }
            Object created = type == float[].class ? new float[length] : new int[length];
            localArrays.add(created);
            return created;
        } finally {
            lock.unlock();
        }
    }

    // ---- atomics --------------------------------------------------------------------------------------------------

    @Override
    public int atomicAdd(int[] array, int index, int value) {
        return GlobalAtomics.add(array, index, value);
    }

    @Override
    public float atomicAdd(float[] array, int index, float value) {
        return GlobalAtomics.add(array, index, value);
    }

    // ---- sub-group collectives ------------------------------------------------------------------------------------

    /** Publishes this lane's bits to its sub-group and waits for all lanes; returns the sub-group's slots. */
    private int[] exchange(KernelContext item, int bits) {
        int id = item.localLinearId();
        int subGroup = id / SUB_GROUP;
        int[] slots = exchangeSlots[subGroup][collectiveCalls[id]++ & 1];
        slots[id % SUB_GROUP] = bits;
        await(subGroupBarriers[subGroup], id);
        return slots;
    }

    @Override
    public float shuffleXor(KernelContext item, float value, int laneMask) {
        int[] slots = exchange(item, Float.floatToRawIntBits(value));
        int source = item.laneId() ^ laneMask;
        return source >= 0 && source < slots.length ? Float.intBitsToFloat(slots[source]) : value;
    }

    @Override
    public int shuffleXor(KernelContext item, int value, int laneMask) {
        int[] slots = exchange(item, value);
        int source = item.laneId() ^ laneMask;
        return source >= 0 && source < slots.length ? slots[source] : value;
    }

    @Override
    public float shuffleDown(KernelContext item, float value, int delta) {
        int[] slots = exchange(item, Float.floatToRawIntBits(value));
        int source = item.laneId() + delta;
        return source >= 0 && source < slots.length ? Float.intBitsToFloat(slots[source]) : value;
    }

    @Override
    public int shuffleDown(KernelContext item, int value, int delta) {
        int[] slots = exchange(item, value);
        int source = item.laneId() + delta;
        return source >= 0 && source < slots.length ? slots[source] : value;
    }

    /**
     * Butterfly sum: {@code for offset in 16, 8, 4, 2, 1: v += shuffleXor(v, offset)}, lanes missing from a partial
     * sub-group contributing 0. Float addition is commutative, so every lane ends with the same bits.
     */
    @Override
    public float subGroupReduceAdd(KernelContext item, float value) {
        int[] slots = exchange(item, Float.floatToRawIntBits(value));
        float[] current = new float[SUB_GROUP];
        float[] next = new float[SUB_GROUP];
        for (int lane = 0; lane < slots.length; lane++) {
            current[lane] = Float.intBitsToFloat(slots[lane]);
        }
        for (int offset = SUB_GROUP / 2; offset >= 1; offset >>= 1) {
            for (int lane = 0; lane < SUB_GROUP; lane++) {
                next[lane] = current[lane] + current[lane ^ offset];
            }
            float[] swap = current;
            current = next;
            next = swap;
        }
        return current[item.laneId()];
    }

    @Override
    public int subGroupReduceAdd(KernelContext item, int value) {
        int[] slots = exchange(item, value);
        int sum = 0;
        for (int lane : slots) {
            sum += lane;
        }
        return sum;
    }
}
