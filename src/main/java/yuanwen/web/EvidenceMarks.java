package yuanwen.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where a pair's evidence stands in its sentences, so that the page can highlight what was counted.
 * The evidence keeps the surfaces the matcher saw (a glossary term, a number, a word): each is
 * looked for in the sentence as written, and a Chinese surface also in the sentence's simplified
 * form (the aligner matches Chinese after tw2sp), where that form has the sentence's length so
 * positions carry over. English is matched without regard to case, at word boundaries.
 */
public final class EvidenceMarks {

    /**
     * A stretch of a sentence, marked with the evidence it shows or plain.
     *
     * @param text     the characters, as written
     * @param kind     the evidence kind (glossary, number, …), or null for plain text
     * @param evidence the indexes of the evidence in the pair's list that have this surface
     *                 (several Chinese words may match one English word), space-separated, or null
     */
    public record Piece(String text, String kind, String evidence) {

        public boolean marked() {
            return kind != null;
        }
    }

    /**
     * One surface to look for.
     *
     * @param surface  as the evidence gives it
     * @param kind     the evidence kind
     * @param evidence the index of the evidence in the pair's list
     */
    record Surface(String surface, String kind, int evidence) {
    }

    private final UnaryOperator<String> toSimplified;

    /** @param toSimplified OpenCC t2s (character by character), for Chinese written in traditional script */
    EvidenceMarks(UnaryOperator<String> toSimplified) {
        this.toSimplified = toSimplified;
    }

    /** The sentence in pieces, each surface marked wherever it occurs (longest first, no overlaps). */
    List<Piece> pieces(String text, List<Surface> surfaces, boolean english) {
        if (surfaces.isEmpty() || text.isEmpty()) {
            return List.of(new Piece(text, null, null));
        }
        String haystack = english ? text.toLowerCase(Locale.ROOT) : text;
        String simplified = null;
        if (!english) {
            String converted = toSimplified.apply(text);
            simplified = converted.length() == text.length() && !converted.equals(text) ? converted : null;
        }
        List<Surface> longestFirst = new ArrayList<>(surfaces);
        longestFirst.sort(Comparator.comparingInt((Surface s) -> -s.surface().length()));
        String[] kindAt = new String[text.length()];
        String[] evidenceAt = new String[text.length()];
        int[] startAt = new int[text.length()];
        for (Surface surface : longestFirst) {
            String needle = english ? surface.surface().toLowerCase(Locale.ROOT) : surface.surface();
            if (needle.isBlank()) {
                continue;
            }
            mark(haystack, needle, english, surface, kindAt, evidenceAt, startAt);
            if (simplified != null) {
                mark(simplified, needle, false, surface, kindAt, evidenceAt, startAt);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= text.length(); k++) {
            boolean boundary = k == text.length() || kindAt[k] != kindAt[k - 1] || startAt[k] != startAt[k - 1];
            if (boundary) {
                String kind = kindAt[from];
                pieces.add(new Piece(text.substring(from, k), kind, kind == null ? null : evidenceAt[from]));
                from = k;
            }
        }
        return pieces;
    }

    private static void mark(String haystack, String needle, boolean english, Surface surface, String[] kindAt,
                             String[] evidenceAt, int[] startAt) {
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (english && !(wordEdge(haystack, at - 1) && wordEdge(haystack, end))) {
                continue;
            }
            boolean free = true;
            for (int k = at; k < end && free; k++) {
                free = kindAt[k] == null;
            }
            if (free) {
                for (int k = at; k < end; k++) {
                    kindAt[k] = surface.kind();
                    evidenceAt[k] = Integer.toString(surface.evidence());
                    startAt[k] = at + 1;
                }
            } else if (sameMark(startAt, at, end)
                    && !(" " + evidenceAt[at] + " ").contains(" " + surface.evidence() + " ")) {
                // The same stretch is evidence of another match too (two Chinese words, one English word).
                for (int k = at; k < end; k++) {
                    evidenceAt[k] = evidenceAt[k] + " " + surface.evidence();
                }
            }
        }
    }

    /** Whether {@code [at, end)} is exactly one mark already. */
    private static boolean sameMark(int[] startAt, int at, int end) {
        for (int k = at; k < end; k++) {
            if (startAt[k] != at + 1) {
                return false;
            }
        }
        return end == startAt.length || startAt[end] != at + 1;
    }

    /** True when the character at {@code k} (or the text's edge) does not continue a word. */
    private static boolean wordEdge(String text, int k) {
        return k < 0 || k >= text.length() || !Character.isLetterOrDigit(text.charAt(k));
    }
}
