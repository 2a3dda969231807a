package loglinear.reference;

/** The chunkwise forward of one (batch, head) pair; an instance owns its scratch and serves one worker thread. */
interface ChunkedHeadSweep {
    /** Writes o[batch, :, head, :] of the whole sequence into {@code o} [B, T, H, V]. */
    void run(int batch, int head, float[] o);
}
