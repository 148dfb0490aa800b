package yuanwen.segment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import yuanwen.lang.en.EnglishTokens.Token;

/**
 * Reads spelled-out English numbers from tokens: "twenty-five", "a hundred", "one hundred and
 * five", "two and a half billion", "half a billion", "a dozen", "tenfold". Plural vague forms
 * ("tens of billions", "hundreds", "dozens") are not numbers here: they name no value.
 */
final class EnglishNumberWords {

    /** A number read from tokens [start, next); {@code fold} when written as one word like "tenfold". */
    record Phrase(double value, int next, boolean fold, boolean spelledOne) {
    }

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90);
    static final Map<String, Double> SCALES = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final Set<String> ARTICLE_TARGETS = Set.of(
            "hundred", "thousand", "million", "billion", "trillion", "dozen");

    private EnglishNumberWords() {
    }

    /** The spelled number starting at token {@code i}, or null when none starts there. */
    static Phrase read(List<Token> tokens, int i) {
        Phrase half = halfOf(tokens, i);
        return half != null ? half : new Reader(tokens).read(i);
    }

    /** "half a billion". */
    private static Phrase halfOf(List<Token> tokens, int i) {
        if (!lowerAt(tokens, i).equals("half") || !ARTICLES.contains(lowerAt(tokens, i + 1))) {
            return null;
        }
        String target = lowerAt(tokens, i + 2);
        double scale = target.equals("hundred") ? 100 : target.equals("dozen") ? 12 : SCALES.getOrDefault(target, 0.0);
        return scale == 0 ? null : new Phrase(scale / 2, i + 3, false, false);
    }

    static String lowerAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    static boolean isNumberWord(String lower) {
        return SMALL.containsKey(lower) || TENS.containsKey(lower) || SCALES.containsKey(lower)
                || lower.equals("hundred") || lower.equals("dozen");
    }

    private enum Last { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE }

    /** Left-to-right reader that stops at the first word that would make the number ill-formed. */
    private static final class Reader {
        private final List<Token> tokens;
        private double total;
        private double current;
        private double lastScale = Double.MAX_VALUE;
        private Last last = Last.NONE;
        private int words;

        Reader(List<Token> tokens) {
            this.tokens = tokens;
        }

        Phrase read(int start) {
            int j = start;
            if (ARTICLES.contains(lowerAt(tokens, j))) {
                if (!ARTICLE_TARGETS.contains(lowerAt(tokens, j + 1))) {
                    return null;
                }
                current = 1;
                last = Last.UNIT;
                j++;
            }
            Phrase fold = foldWord(j);
            if (fold != null) {
                return fold;
            }
            int next = j;
            while (next < tokens.size()) {
                int advanced = step(next);
                if (advanced == next) {
                    break;
                }
                next = advanced;
            }
            if (words == 0) {
                return null;
            }
            boolean spelledOne = words == 1 && lowerAt(tokens, j).equals("one") && next == j + 1;
            return new Phrase(total + current, next, false, spelledOne);
        }

        /** "tenfold", "twofold", "hundredfold" as one word. */
        private Phrase foldWord(int j) {
            String word = lowerAt(tokens, j);
            if (last != Last.NONE || !word.endsWith("fold")) {
                return null;
            }
            String stem = word.substring(0, word.length() - "fold".length());
            double value = SMALL.containsKey(stem) ? SMALL.get(stem) : TENS.containsKey(stem) ? TENS.get(stem)
                    : stem.equals("hundred") ? 100 : SCALES.getOrDefault(stem, 0.0);
            return value == 0 ? null : new Phrase(value, j + 1, true, false);
        }

        /** Consumes the token(s) at {@code j} if they continue the number; returns the next index. */
        private int step(int j) {
            String word = lowerAt(tokens, j);
            if (word.equals("and")) {
                return and(j);
            }
            if (word.equals("-")) {
                return hyphen(j);
            }
            return number(word) ? j + 1 : j;
        }

        private boolean number(String word) {
            if (SMALL.containsKey(word)) {
                return small(SMALL.get(word));
            }
            if (TENS.containsKey(word)) {
                return add(TENS.get(word), Last.TENS, Set.of(Last.NONE, Last.HUNDRED, Last.SCALE));
            }
            if (word.equals("hundred") || word.equals("dozen")) {
                return multiply(word.equals("hundred") ? 100 : 12);
            }
            return SCALES.containsKey(word) && scale(SCALES.get(word));
        }

        private boolean small(int value) {
            if (value < 10) {
                return add(value, Last.UNIT, Set.of(Last.NONE, Last.TENS, Last.HUNDRED, Last.SCALE));
            }
            return add(value, Last.TEEN, Set.of(Last.NONE, Last.HUNDRED, Last.SCALE));
        }

        private boolean add(int value, Last kind, Set<Last> allowedAfter) {
            if (!allowedAfter.contains(last) || (value == 0 && last != Last.NONE)) {
                return false;
            }
            current += value;
            return accept(kind);
        }

        private boolean multiply(int factor) {
            if (last != Last.UNIT && last != Last.TEEN && last != Last.TENS) {
                return false;
            }
            current *= factor;
            return accept(Last.HUNDRED);
        }

        private boolean scale(double scale) {
            if (last == Last.NONE || last == Last.SCALE || scale >= lastScale) {
                return false;
            }
            total += current * scale;
            current = 0;
            lastScale = scale;
            return accept(Last.SCALE);
        }

        private boolean accept(Last kind) {
            last = kind;
            words++;
            return true;
        }

        /** "one hundred and five", "two and a half (billion)". */
        private int and(int j) {
            if (last == Last.NONE) {
                return j;
            }
            if (lowerAt(tokens, j + 1).equals("a") && lowerAt(tokens, j + 2).equals("half")) {
                current += 0.5;
                last = Last.UNIT;
                return j + 3;
            }
            boolean afterPlace = last == Last.HUNDRED || last == Last.SCALE;
            String following = lowerAt(tokens, j + 1);
            return afterPlace && (SMALL.containsKey(following) || TENS.containsKey(following)) ? j + 1 : j;
        }

        /** "twenty-five": a hyphen only joins tens to units. */
        private int hyphen(int j) {
            if (last != Last.TENS || j + 1 >= tokens.size()) {
                return j;
            }
            boolean glued = tokens.get(j).gluedTo(tokens.get(j - 1)) && tokens.get(j + 1).gluedTo(tokens.get(j));
            Integer unit = SMALL.get(lowerAt(tokens, j + 1));
            return glued && unit != null && unit > 0 && unit < 10 ? j + 1 : j;
        }
    }
}
