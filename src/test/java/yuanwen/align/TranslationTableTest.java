package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.segment.NumberMention;

/** What the table learns from a document's confident beads (invented beads of known words). */
class TranslationTableTest {

    private static final int RIVER = 7;
    private static final int BOAT = 8;
    private static final int BRIDGE = 9;

    /** Bead k: Chinese words and English ids (one sentence each side). */
    private final List<String[]> zhBeads = new ArrayList<>();
    private final List<int[]> enBeads = new ArrayList<>();

    private void bead(String[] zh, int... en) {
        zhBeads.add(zh);
        enBeads.add(en);
    }

    private TranslationTable learn() {
        int n = zhBeads.size();
        ZhProfile[] zh = new ZhProfile[n];
        EnProfile[] en = new EnProfile[n];
        List<int[][]> beads = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String[] keys = zhBeads.get(k);
            UnitKind[] zhKinds = new UnitKind[keys.length];
            java.util.Arrays.fill(zhKinds, UnitKind.WORD);
            zh[k] = new ZhProfile(10, null, zhKinds, keys, keys, new NumberMention[keys.length], new ZhProfile.Item[0]);
            int[] ids = enBeads.get(k);
            UnitKind[] enKinds = new UnitKind[ids.length];
            java.util.Arrays.fill(enKinds, UnitKind.WORD);
            en[k] = new EnProfile(30, null, enKinds, ids, new String[ids.length], new NumberMention[ids.length]);
            beads.add(new int[][] {{k}, {k}});
        }
        return TranslationTable.learn(zh, en, beads);
    }

    /**
     * Forty beads of a story about a river: each has 的 and a word of its own; "river" is in twelve
     * of them, ten written 河 and two 溪; the others pair 船 with "boat" or 桥 with "bridge".
     */
    private void riverStory() {
        for (int k = 0; k < 40; k++) {
            String own = "词" + k;
            if (k < 12) {
                bead(new String[] {"的", k < 10 ? "河" : "溪", own}, RIVER, 100 + k);
            } else if (k < 26) {
                bead(new String[] {"的", "船", own}, BOAT, 100 + k);
            } else {
                bead(new String[] {"的", "桥", own}, BRIDGE, 100 + k);
            }
        }
    }

    @Test
    void aRareSynonymOfAFrequentEnglishWordIsLearnedWhereCoOccurrenceCountingMissesIt() {
        riverStory();
        // Dice(溪, river) = 2·2 / (2 + 12) = 0.29, under the 0.4 that co-occurrence counting needed;
        // in its two beads, though, nothing but 溪 is left to explain "river".
        TranslationTable table = learn();
        assertThat(table.translations("溪")).containsExactly(RIVER);
        assertThat(table.translations("河")).containsExactly(RIVER);
        assertThat(table.translations("船")).containsExactly(BOAT);
    }

    @Test
    void aWordFoundInEveryBeadLearnsNothing() {
        riverStory();
        assertThat(learn().translations("的")).isNull();
    }

    @Test
    void aWordSeenOnceLearnsNothing() {
        riverStory();
        TranslationTable table = learn();
        assertThat(table.translations("词3")).isNull();
        assertThat(table.translations("词30")).isNull();
    }
}
