package loglinear.jit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Occupancy hint for a kernel method: on CUDA the translator emits {@code __launch_bounds__(maxThreads,
 * minGroupsPerMultiprocessor)}, so the compiler keeps each work-item's registers low enough for that many resident
 * work-groups of up to {@code maxThreads} work-items (it spills rather than exceed it). Launching the kernel with
 * more than {@code maxThreads} work-items per group then fails on CUDA. OpenCL and the emulator ignore it, and so
 * does CUDA when the system property {@code loglinear.jit.ignoreLaunchBounds} is true; the system property
 * {@code loglinear.jit.launchBoundsMinGroups=N} replaces every kernel's {@code minGroupsPerMultiprocessor} (both for
 * occupancy experiments: the kernel cache is per process, so set them before the first compile).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LaunchBounds {
    /** Most work-items per group any launch of the kernel uses. */
    int maxThreads();

    /** Work-groups that should fit on one multiprocessor at once. */
    int minGroupsPerMultiprocessor() default 1;
}
