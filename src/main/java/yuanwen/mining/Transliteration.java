package yuanwen.mining;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import yuanwen.align.LanguageData;
import yuanwen.text.EditDistance;

/**
 * How much a Chinese transliteration sounds like an English name, 0–1. Both are reduced to a
 * consonant skeleton of sound classes, because transliteration keeps consonants and recasts
 * vowels: 贝索斯 (bei suo si) and Bezos are both {@code P S S}, 扎克伯格 (zha ke bo ge) and
 * Zuckerberg both {@code S K P K} (an English r before a consonant is not transliterated), 必应 (bi
 * ying) and Bing both {@code P N}. Voicing is ignored (Chinese has no voiced stops: 德 for "d" and
 * "t"), l and r are one class (拉 for "la" and "ra"), and the sibilants and affricates are one (s, z,
 * j, ch, sh; pinyin c, z, zh, j, q, x). The similarity is one minus the edit distance of the
 * skeletons over the longer one's length, at the best reading of characters with several.
 */
final class Transliteration {

    /** At most this many combinations of readings are tried (8 characters with two readings each: 256). */
    private static final int MAX_READINGS = 64;

    private Transliteration() {
    }

    /** Similarity of the Chinese {@code hanzi} (names joined by · allowed) and the English {@code english}. */
    static double similarity(String hanzi, String english) {
        String target = englishSkeleton(english);
        if (target.length() < 2) {
            return 0;
        }
        List<String> skeletons = List.of("");
        for (int i = 0; i < hanzi.length(); i++) {
            char c = hanzi.charAt(i);
            if (c == '·' || c == '•' || c == '・') {
                continue;
            }
            List<String> readings = LanguageData.pinyin(c);
            if (readings.isEmpty()) {
                return 0;
            }
            List<String> next = new ArrayList<>();
            for (String prefix : skeletons) {
                for (String reading : readings) {
                    if (next.size() < MAX_READINGS) {
                        next.add(prefix + syllableSkeleton(reading));
                    }
                    // 尔 after a syllable writes an r the English does not sound before a consonant
                    // (斯图尔特, Stewart: S T T), as well as an l (卡尔, Carl).
                    if (reading.equals("er") && i > 0 && next.size() < MAX_READINGS) {
                        next.add(prefix);
                    }
                }
            }
            skeletons = next;
        }
        double best = 0;
        for (String skeleton : skeletons) {
            String s = collapse(skeleton);
            if (s.length() < 2) {
                continue;
            }
            best = Math.max(best, 1 - (double) EditDistance.between(s, target) / Math.max(s.length(), target.length()));
        }
        return best;
    }

    /** One pinyin syllable (lower case, no tone) as sound classes: initial, then N for a nasal final. */
    static String syllableSkeleton(String syllable) {
        if (syllable.equals("er")) {
            return "L";
        }
        StringBuilder out = new StringBuilder(2);
        String rest = syllable;
        for (String two : new String[] {"zh", "ch", "sh"}) {
            if (rest.startsWith(two)) {
                out.append('S');
                rest = rest.substring(2);
                break;
            }
        }
        if (out.isEmpty() && !rest.isEmpty()) {
            char initial = rest.charAt(0);
            char cls = consonantClass(initial);
            if (cls != 0) {
                out.append(cls);
                rest = rest.substring(1);
            }
        }
        if (rest.endsWith("n") || rest.endsWith("ng")) {
            out.append('N');
        }
        return out.toString();
    }

    private static char consonantClass(char c) {
        return switch (c) {
            case 'b', 'p' -> 'P';
            case 'd', 't' -> 'T';
            case 'g', 'k' -> 'K';
            case 'z', 'c', 's', 'j', 'q', 'x' -> 'S';
            case 'l', 'r' -> 'L';
            case 'm' -> 'M';
            case 'n' -> 'N';
            case 'f' -> 'F';
            case 'h' -> 'H';
            default -> 0; // vowels and the glides y, w
        };
    }

    /** An English name as the same sound classes (letters only; spaces and hyphens ignored). */
    static String englishSkeleton(String english) {
        String w = english.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        StringBuilder out = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            if (c == 'p' && next == 'h') {
                out.append('F');
                i++;
            } else if (c == 't' && next == 'h') {
                out.append('T');
                i++;
            } else if ((c == 's' || c == 'c') && next == 'h') {
                out.append('S');
                i++;
            } else if (c == 'c' && next == 'k') {
                out.append('K');
                i++;
            } else if (c == 'n' && next == 'g') {
                out.append('N');
                i++;
            } else if (c == 'g' && next == 'h') {
                i++;
            } else if (c == 'x') {
                out.append("KS");
            } else if (c == 'c') {
                out.append(next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K');
            } else if (c == 'r') {
                // Non-rhotic: an r before a consonant or at the end is not transliterated (Gerstner 格斯特纳).
                if (next != 0 && isVowel(next)) {
                    out.append('L');
                }
            } else if (c == 'h') {
                if (i == 0) {
                    out.append('H');
                }
            } else if (c == 'v') {
                out.append('F');
            } else {
                char cls = consonantClass(c);
                if (cls != 0) {
                    out.append(cls);
                }
            }
        }
        return collapse(out.toString());
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** Repeated classes as one (Nadella's ll, 斯斯). */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (out.isEmpty() || out.charAt(out.length() - 1) != s.charAt(i)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
