package yuanwen.glossary;

import java.util.Arrays;

/**
 * An Aho–Corasick automaton over UTF-16 characters, built once from a set of keys: a trie whose
 * states also know where to continue when the next character has no edge (the failure link) and
 * which shorter keys end at the same place (the output link), so one pass over a text finds every
 * occurrence of every key, however many keys there are.
 *
 * <p>Edges live in one open-addressing hash table keyed by (state, character), and the root's
 * edges in a direct array, because Chinese has too large an alphabet for per-state arrays and
 * per-state maps cost an object each. The automaton matches characters as given: callers fold case
 * (or anything else) on both sides.
 */
final class FormAutomaton {

    /** Receives each occurrence: the key's number (in {@link Builder#add} order) and where it ends. */
    @FunctionalInterface
    interface Hits {
        void hit(int key, int end);
    }

    static final int ROOT = 0;
    static final int NONE = -1;

    private final int[] rootEdges = new int[Character.MAX_VALUE + 1];
    private final EdgeTable edges;
    private final int[] keyAt;      // the key ending at a state, or NONE
    private final int[] failure;
    private final int[] output;     // the nearest state on the failure chain where a key ends, or NONE
    private final int[] keyLength;
    /** Whether a state has edges at all: most states are ends of keys, and need no table probe. */
    private final boolean[] inner;

    private FormAutomaton(Builder b) {
        int states = b.states;
        edges = b.lookup;
        Arrays.fill(rootEdges, NONE);
        for (int e = b.firstEdge[ROOT]; e != NONE; e = b.nextEdge[e]) {
            rootEdges[b.edgeChar[e]] = b.edgeTo[e];
        }
        inner = new boolean[states];
        for (int s = 0; s < states; s++) {
            inner[s] = b.firstEdge[s] != NONE;
        }
        keyAt = Arrays.copyOf(b.keyAt, states);
        keyLength = Arrays.copyOf(b.keyLength, b.keys);
        failure = new int[states];
        output = new int[states];
        Arrays.fill(output, NONE);
        linkFailures(b);
    }

    /** Breadth first, so that each state's failure target (a shorter suffix) is done before it. */
    private void linkFailures(Builder b) {
        int[] queue = new int[b.states];
        int head = 0;
        int tail = 0;
        queue[tail++] = ROOT;
        while (head < tail) {
            int state = queue[head++];
            for (int e = b.firstEdge[state]; e != NONE; e = b.nextEdge[e]) {
                char c = b.edgeChar[e];
                int child = b.edgeTo[e];
                int fail = ROOT;
                if (state != ROOT) {
                    int f = failure[state];
                    while (f != ROOT && step(f, c) == NONE) {
                        f = failure[f];
                    }
                    int next = step(f, c);
                    fail = next == NONE ? ROOT : next;
                }
                failure[child] = fail;
                output[child] = keyAt[fail] != NONE ? fail : output[fail];
                queue[tail++] = child;
            }
        }
    }

    /** The state after {@code c} from {@code state} in the trie, or {@link #NONE}: for walking keys. */
    int step(int state, char c) {
        if (state == ROOT) {
            return rootEdges[c];
        }
        return inner[state] ? edges.get(state, c) : NONE;
    }

    /** The key that ends at {@code state}, or {@link #NONE}. */
    int keyAt(int state) {
        return keyAt[state];
    }

    int keyLength(int key) {
        return keyLength[key];
    }

    /** Reports every occurrence of every key in {@code text}, folding each character with {@code fold}. */
    void scan(CharSequence text, CharFold fold, Hits hits) {
        int state = ROOT;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = fold.fold(text.charAt(i));
            int next = step(state, c);
            while (next == NONE && state != ROOT) {
                state = failure[state];
                next = step(state, c);
            }
            state = next == NONE ? ROOT : next;
            if (keyAt[state] != NONE) {
                hits.hit(keyAt[state], i + 1);
            }
            for (int s = output[state]; s != NONE; s = output[s]) {
                hits.hit(keyAt[s], i + 1);
            }
        }
    }

    /** How characters are compared: each side is folded before matching. */
    @FunctionalInterface
    interface CharFold {
        char fold(char c);
    }

    /** Collects keys into a trie; {@link #build} links it. */
    static final class Builder {
        private int states = 1;
        private int keys;
        private int edgeCount;
        private int[] keyAt = filled(1024);
        private int[] keyLength = new int[1024];
        private int[] firstEdge = filled(1024);
        private int[] nextEdge = new int[1024];
        private int[] edgeTo = new int[1024];
        private char[] edgeChar = new char[1024];
        private final EdgeTable lookup = new EdgeTable(1024);

        /**
         * Adds a key (already folded) and returns its number; adding a key twice returns the first
         * number.
         */
        int add(CharSequence key) {
            if (key.length() == 0) {
                throw new IllegalArgumentException("empty key");
            }
            int state = ROOT;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                int next = lookup.get(state, c);
                if (next == NONE) {
                    next = newState();
                    newEdge(state, c, next);
                }
                state = next;
            }
            if (keyAt[state] == NONE) {
                if (keys == keyLength.length) {
                    keyLength = Arrays.copyOf(keyLength, keys * 2);
                }
                keyLength[keys] = key.length();
                keyAt[state] = keys++;
            }
            return keyAt[state];
        }

        int keyCount() {
            return keys;
        }

        FormAutomaton build() {
            return new FormAutomaton(this);
        }

        private int newState() {
            if (states == keyAt.length) {
                int size = states * 2;
                keyAt = grow(keyAt, size);
                firstEdge = grow(firstEdge, size);
            }
            return states++;
        }

        private void newEdge(int from, char c, int to) {
            if (edgeCount == edgeTo.length) {
                int size = edgeCount * 2;
                nextEdge = Arrays.copyOf(nextEdge, size);
                edgeTo = Arrays.copyOf(edgeTo, size);
                edgeChar = Arrays.copyOf(edgeChar, size);
            }
            edgeTo[edgeCount] = to;
            edgeChar[edgeCount] = c;
            nextEdge[edgeCount] = firstEdge[from];
            firstEdge[from] = edgeCount;
            lookup.put(from, c, to);
            edgeCount++;
        }

        private static int[] filled(int size) {
            int[] a = new int[size];
            Arrays.fill(a, NONE);
            return a;
        }

        private static int[] grow(int[] a, int size) {
            int old = a.length;
            int[] b = Arrays.copyOf(a, size);
            Arrays.fill(b, old, size, NONE);
            return b;
        }
    }

    /** (state, character) → state, open addressing with linear probing; grows as needed. */
    private static final class EdgeTable {
        private long[] keys;
        private int[] values;
        private int size;
        private int mask;

        EdgeTable(int capacity) {
            int c = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
            keys = new long[c];
            values = new int[c];
            Arrays.fill(keys, -1L);
            mask = c - 1;
        }

        int get(int state, char c) {
            long key = ((long) state << 16) | c;
            int i = hash(key) & mask;
            while (true) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == -1L) {
                    return NONE;
                }
                i = (i + 1) & mask;
            }
        }

        void put(int state, char c, int value) {
            if ((size + 1) * 2 > keys.length) {
                rehash();
            }
            long key = ((long) state << 16) | c;
            int i = hash(key) & mask;
            while (keys[i] != -1L && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == -1L) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1L);
            mask = keys.length - 1;
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1L) {
                    put((int) (oldKeys[i] >>> 16), (char) (oldKeys[i] & 0xFFFF), oldValues[i]);
                }
            }
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29));
        }
    }
}
