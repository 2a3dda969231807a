package loglinear.jit.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import loglinear.jit.DeviceBuffer;

/**
 * Copies between Java arrays and device memory through one reusable native staging block, in chunks of at most
 * {@link #CHUNK_BYTES}, so a transfer neither allocates per call nor doubles a large array's memory.
 */
public final class HostStaging implements AutoCloseable {
    /** Largest piece moved per native copy call. */
    public static final long CHUNK_BYTES = 8L << 20;

    /** One native copy between the staging block and device memory. */
    @FunctionalInterface
    public interface DeviceCopy {
        void copy(MemorySegment staging, long deviceByteOffset, long bytes);
    }

    private final Arena arena;
    private MemorySegment staging;

    /** Stages through an ordinary native block, allocated on first use. */
    public HostStaging() {
        this.arena = Arena.ofShared();
    }

    /**
     * Stages through {@code block} (e.g. page-locked memory from the driver, which DMA engines read directly); the
     * caller owns and frees it. It must hold at least {@link #CHUNK_BYTES}.
     */
    public HostStaging(MemorySegment block) {
        if (block.byteSize() < CHUNK_BYTES) {
            throw new IllegalArgumentException("staging block has " + block.byteSize() + " bytes, expected at least "
                    + CHUNK_BYTES);
        }
        this.arena = null;
        this.staging = block;
    }

    /** Copies {@code bytes} from the heap segment (starting at {@code heapByteOffset}) to the device. */
    public void toDevice(MemorySegment heap, long heapByteOffset, long bytes, long deviceByteOffset, DeviceCopy copy) {
        MemorySegment block = block();
        for (long done = 0; done < bytes; done += CHUNK_BYTES) {
            long n = Math.min(CHUNK_BYTES, bytes - done);
            MemorySegment.copy(heap, heapByteOffset + done, block, 0, n);
            copy.copy(block, deviceByteOffset + done, n);
        }
    }

    /** Copies {@code bytes} from the device into the heap segment (starting at {@code heapByteOffset}). */
    public void fromDevice(MemorySegment heap, long heapByteOffset, long bytes, long deviceByteOffset, DeviceCopy copy) {
        MemorySegment block = block();
        for (long done = 0; done < bytes; done += CHUNK_BYTES) {
            long n = Math.min(CHUNK_BYTES, bytes - done);
            copy.copy(block, deviceByteOffset + done, n);
            MemorySegment.copy(block, 0, heap, heapByteOffset + done, n);
        }
    }

    private MemorySegment block() {
        if (staging == null) {
            staging = arena.allocate(CHUNK_BYTES, 64);
        }
        return staging;
    }

    /**
     * Checks that elements {@code [bufferOffset, bufferOffset + count)} lie in {@code buffer} and
     * {@code [arrayOffset, arrayOffset + count)} in an array of {@code arrayLength}.
     */
    public static void checkRange(DeviceBuffer buffer, long bufferOffset, int arrayLength, int arrayOffset, int count) {
        if (count < 0 || arrayOffset < 0 || bufferOffset < 0) {
            throw new IllegalArgumentException("negative count or offset: count=" + count + ", arrayOffset="
                    + arrayOffset + ", bufferOffset=" + bufferOffset);
        }
        if ((long) arrayOffset + count > arrayLength) {
            throw new IllegalArgumentException("array range [" + arrayOffset + ", " + ((long) arrayOffset + count)
                    + ") is outside the array of length " + arrayLength);
        }
        if (bufferOffset + count > buffer.length()) {
            throw new IllegalArgumentException("buffer range [" + bufferOffset + ", " + (bufferOffset + count)
                    + ") is outside the buffer of " + buffer.length() + " " + buffer.type() + " elements");
        }
    }

    @Override
    public void close() {
        if (arena != null) {
            arena.close();
        }
    }
}
