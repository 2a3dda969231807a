package loglinear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelsTest {

    @Test
    void tokenItselfIsLevelZeroAndLevelIsBitLengthOfXor() {
        Random random = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            int t = random.nextInt(1 << 20);
            int s = random.nextInt(t + 1);
            assertThat(Levels.level(t, t)).isZero();
            assertThat(Levels.level(t, s)).isEqualTo(Integer.toBinaryString(t ^ s).replaceFirst("^0$", "").length());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 7, 8, 63, 64, 65, 100, 1000, 1023, 4097})
    void queryReadsPopcountPlusOneBucketsOfAlignedPowerOfTwoSizes(int t) {
        int[] bucketSizes = new int[34];
        for (int s = 0; s <= t; s++) {
            bucketSizes[Levels.level(t, s)]++;
        }
        TreeSet<Integer> nonEmpty = new TreeSet<>();
        for (int l = 0; l < bucketSizes.length; l++) {
            if (bucketSizes[l] > 0) {
                nonEmpty.add(l);
            }
        }
        assertThat(nonEmpty).hasSize(Integer.bitCount(t) + 1);
        assertThat(bucketSizes[0]).isEqualTo(1);
        for (int l = 1; l < bucketSizes.length; l++) {
            boolean bitSet = l - 1 < 31 && ((t >> (l - 1)) & 1) == 1;
            assertThat(bucketSizes[l]).as("bucket %d of t=%d", l, t).isEqualTo(bitSet ? 1 << (l - 1) : 0);
        }
    }

    @Test
    void levelsCoverEveryPairOfTheSequence() {
        for (int length = 0; length <= 300; length++) {
            int maxLevel = 0;
            for (int t = 0; t < length; t++) {
                for (int s = 0; s <= t; s++) {
                    maxLevel = Math.max(maxLevel, Levels.level(t, s));
                }
            }
            assertThat(Levels.levels(length)).as("levels(%d)", length).isEqualTo(length <= 1 ? 1 : maxLevel + 1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 16, 64})
    void chunkTableEqualsLevelsOfEveryAlignedChunk(int chunk) {
        int[] table = Levels.chunkLevelTable(chunk);
        Random random = new Random(chunk);
        for (int trial = 0; trial < 20; trial++) {
            int chunkIndex = random.nextInt(1000);
            for (int a = 0; a < chunk; a++) {
                for (int b = 0; b < chunk; b++) {
                    int expected = b <= a ? Levels.level(chunkIndex * chunk + a, chunkIndex * chunk + b) : -1;
                    assertThat(table[a * chunk + b]).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Levels.level(3, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t=3").hasMessageContaining("s=4");
        assertThatThrownBy(() -> Levels.level(3, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Levels.levels(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T=-1");
        assertThatThrownBy(() -> Levels.chunkLevelTable(12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12");
    }
}
