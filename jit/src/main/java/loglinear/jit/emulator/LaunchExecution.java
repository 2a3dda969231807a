package loglinear.jit.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import loglinear.jit.DeviceException;
import loglinear.jit.KernelContext;
import loglinear.jit.Range;

/**
 * One launch on the emulator, run to completion by {@link #run}: work-groups are taken in order from a shared counter
 * by the calling thread and up to {@code parallelism - 1} pool workers. A group whose kernel synchronizes runs its
 * work-items as virtual threads ({@link ConcurrentWorkGroup}); any other group runs them one after another in a plain
 * loop (x fastest, then y, then z). The first failure stops new groups from starting and is rethrown by {@link #run}.
 */
final class LaunchExecution {
    private final EmulatorKernel kernel;
    private final Range global;
    private final Range local;
    private final Object[] args;
    private final int groupsX;
    private final int groupsY;
    private final long groupCount;
    private final int groupSize;
    private final KernelContexts.Factory contexts = KernelContexts.factory();
    private final AtomicLong nextGroup = new AtomicLong();
    private final AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();

    LaunchExecution(EmulatorKernel kernel, Range global, Range local, Object[] args) {
        this.kernel = kernel;
        this.global = global;
        this.local = local;
        this.args = args;
        this.groupsX = global.x() / local.x();
        this.groupsY = global.y() / local.y();
        this.groupCount = (long) groupsX * groupsY * (global.z() / local.z());
        this.groupSize = (int) local.total();
    }

    /** Runs every work-group; returns when all have finished, or throws the first failure. */
    void run(ForkJoinPool pool) {
        int workers = (int) Math.min(pool.getParallelism(), groupCount);
        List<ForkJoinTask<?>> helpers = new ArrayList<>(workers);
        for (int i = 1; i < workers; i++) {
            helpers.add(pool.submit(this::drainGroups));
        }
        drainGroups();
        for (ForkJoinTask<?> helper : helpers) {
            helper.join();
        }
        RuntimeException failure = firstFailure.get();
        if (failure != null) {
            throw failure;
        }
    }

    boolean failed() {
        return firstFailure.get() != null;
    }

    /** Records {@code failure} if it is the launch's first. */
    void fail(RuntimeException failure) {
        firstFailure.compareAndSet(null, failure);
    }

    private void drainGroups() {
        try {
            long group;
            while (!failed() && (group = nextGroup.getAndIncrement()) < groupCount) {
                int groupX = (int) (group % groupsX);
                long rest = group / groupsX;
                int groupY = (int) (rest % groupsY);
                int groupZ = (int) (rest / groupsY);
                if (kernel.runsItemsSequentially()) {
                    runSequentially(groupX, groupY, groupZ);
                } else {
                    runConcurrently(groupX, groupY, groupZ);
                }
            }
        } catch (RuntimeException | Error unexpected) {
            fail(new DeviceException("emulator failure while running kernel " + kernel.displayName() + ": "
                    + unexpected, unexpected));
        }
    }

    private void runSequentially(int groupX, int groupY, int groupZ) {
        for (int z = 0; z < local.z(); z++) {
            for (int y = 0; y < local.y(); y++) {
                for (int x = 0; x < local.x(); x++) {
                    KernelContext item = contexts.create(x, y, z, groupX, groupY, groupZ, local, global,
                            SequentialItemsScope.INSTANCE);
                    try {
                        kernel.invoke(item, args);
                    } catch (Throwable thrown) {
                        fail(WorkItemFailures.describe(kernel.displayName(), item, thrown));
                        return;
                    }
                }
            }
        }
    }

    private void runConcurrently(int groupX, int groupY, int groupZ) {
        ConcurrentWorkGroup group =
                new ConcurrentWorkGroup(kernel.displayName(), groupX, groupY, groupZ, groupSize, this);
        Thread[] threads = new Thread[groupSize];
        int started = 0;
        try {
            for (int z = 0; z < local.z(); z++) {
                for (int y = 0; y < local.y(); y++) {
                    for (int x = 0; x < local.x(); x++) {
                        KernelContext item = contexts.create(x, y, z, groupX, groupY, groupZ, local, global, group);
                        threads[started] = Thread.ofVirtual().start(() -> group.runItem(item, kernel, args));
                        started++;
                    }
                }
            }
        } catch (RuntimeException | Error startFailure) {
            fail(new DeviceException("kernel " + kernel.displayName() + ": could not start work-item " + started
                    + " of a group of " + groupSize + ": " + startFailure, startFailure));
            group.cancel();
        }
        joinAll(threads, started, group);
    }

    private void joinAll(Thread[] threads, int count, ConcurrentWorkGroup group) {
        boolean interrupted = false;
        for (int i = 0; i < count; i++) {
            while (true) {
                try {
                    threads[i].join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    fail(new DeviceException("kernel " + kernel.displayName() + ": the launching thread was"
                            + " interrupted"));
                    group.cancel();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
