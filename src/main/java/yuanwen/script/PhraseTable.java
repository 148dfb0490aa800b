package yuanwen.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * One OpenCC dictionary ({@code key<TAB>target1 target2 …}) held as a trie over UTF-16 code units.
 *
 * <p>The first level is a flat array indexed by the first character, because nearly every lookup
 * starts there; deeper levels live in one open-addressing hash table keyed by (node, character),
 * which keeps the whole table in a few primitive arrays instead of one object per node.
 */
final class PhraseTable implements Lexicon {

    private static final int NONE = 0;

    private final String name;
    private final int[] firstLevel = new int[Character.MAX_VALUE + 1];
    private long[] edgeKeys = new long[1 << 10];
    private int[] edgeTargets = new int[1 << 10];
    private int edgeCount;
    private String[] values = new String[1 << 10];
    private int nodeCount = 1; // node 0 is the root
    private final java.util.List<String> keys = new java.util.ArrayList<>();

    PhraseTable(String name) {
        this.name = name;
    }

    static PhraseTable read(String name, InputStream in) throws IOException {
        PhraseTable table = new PhraseTable(name);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String targets = line.substring(tab + 1).trim();
                int space = targets.indexOf(' ');
                // OpenCC lists alternatives after the first target; conversion always takes the first.
                table.put(line.substring(0, tab), space < 0 ? targets : targets.substring(0, space));
            }
        }
        return table;
    }

    String name() {
        return name;
    }

    int size() {
        return keys.size();
    }

    /** Every key with its value, in the order they were added. */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        for (String key : keys) {
            action.accept(key, get(key));
        }
    }

    /** Adds or replaces a key. */
    void put(String key, String value) {
        int node = firstLevel[key.charAt(0)];
        if (node == NONE) {
            node = newNode();
            firstLevel[key.charAt(0)] = node;
        }
        for (int i = 1; i < key.length(); i++) {
            int next = child(node, key.charAt(i));
            if (next == NONE) {
                next = newNode();
                addEdge(node, key.charAt(i), next);
            }
            node = next;
        }
        if (values[node] == null) {
            keys.add(key);
        }
        values[node] = value;
    }

    /** The value stored for exactly this key, or null. */
    String get(String key) {
        Match match = new Match();
        return match(key, 0, key.length(), match) && match.length == key.length() ? match.value : null;
    }

    @Override
    public boolean match(CharSequence text, int from, int to, Match out) {
        int node = firstLevel[text.charAt(from)];
        int bestLength = 0;
        String bestValue = null;
        int i = from + 1;
        while (node != NONE) {
            String value = values[node];
            if (value != null) {
                bestLength = i - from;
                bestValue = value;
            }
            if (i >= to) {
                break;
            }
            node = child(node, text.charAt(i++));
        }
        if (bestValue == null) {
            return false;
        }
        out.set(bestLength, bestValue);
        return true;
    }

    /** True when some key starts with this character: lets callers skip text no key can touch. */
    boolean startsAnyKey(char c) {
        return firstLevel[c] != NONE;
    }

    private int newNode() {
        if (nodeCount == values.length) {
            String[] grown = new String[values.length * 2];
            System.arraycopy(values, 0, grown, 0, values.length);
            values = grown;
        }
        return nodeCount++;
    }

    private static long edgeKey(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private int child(int node, char c) {
        long key = edgeKey(node, c);
        int mask = edgeKeys.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            int target = edgeTargets[s];
            if (target == NONE) {
                return NONE;
            }
            if (edgeKeys[s] == key) {
                return target;
            }
        }
    }

    private void addEdge(int node, char c, int target) {
        if ((edgeCount + 1) * 2 > edgeKeys.length) {
            rehash();
        }
        insertEdge(edgeKey(node, c), target);
        edgeCount++;
    }

    private void insertEdge(long key, int target) {
        int mask = edgeKeys.length - 1;
        int s = slot(key, mask);
        while (edgeTargets[s] != NONE) {
            s = (s + 1) & mask;
        }
        edgeKeys[s] = key;
        edgeTargets[s] = target;
    }

    private void rehash() {
        long[] oldKeys = edgeKeys;
        int[] oldTargets = edgeTargets;
        edgeKeys = new long[oldKeys.length * 2];
        edgeTargets = new int[oldTargets.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldTargets[i] != NONE) {
                insertEdge(oldKeys[i], oldTargets[i]);
            }
        }
    }

    @Override
    public String toString() {
        return name + " (" + keys.size() + " entries)";
    }
}
