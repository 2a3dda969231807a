package loglinear.kernels;

import java.util.List;

/**
 * Device-event times of one forward: each stage's milliseconds (in launch order) and the whole forward's.
 *
 * @param stageNames  e.g. "cumsum", "scores", "sweep", "segment-sweep", "query-pairs", "segment-reads"
 * @param stageMillis milliseconds of each stage, same order
 * @param totalMillis first launch to last launch's end
 */
public record StageTimings(List<String> stageNames, List<Float> stageMillis, float totalMillis) {
    public StageTimings {
        stageNames = List.copyOf(stageNames);
        stageMillis = List.copyOf(stageMillis);
        if (stageNames.size() != stageMillis.size()) {
            throw new IllegalArgumentException("stageNames has " + stageNames.size() + " entries, stageMillis "
                    + stageMillis.size());
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("total %.3f ms", totalMillis));
        for (int i = 0; i < stageNames.size(); i++) {
            sb.append(String.format(", %s %.3f", stageNames.get(i), stageMillis.get(i)));
        }
        return sb.toString();
    }
}
