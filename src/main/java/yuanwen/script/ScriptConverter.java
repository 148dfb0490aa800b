package yuanwen.script;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Chinese text between scripts the way OpenCC does, driven entirely by a conversion
 * config (see {@link ConversionConfig}): normalise, segment by longest match, then run every
 * segment through each stage of the conversion chain.
 *
 * <p>Segments matter: a later stage sees the segments that the segmentation dictionary found, so a
 * Taiwan phrase is only replaced when the mainland phrase it came from was found whole. Text that
 * no key starts (ASCII, punctuation) is copied, and URLs, e-mail addresses and Markdown link
 * targets are never converted, because changing a character there breaks the link.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScriptConverter {

    private static final Pattern PASS_THROUGH = Pattern.compile(
            "(?:https?|ftp)://[^\\s<>\"'()\\[\\]，。、；：！？）》」』]+"
                    + "|www\\.[^\\s<>\"'()\\[\\]，。、；：！？）》」』]+"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
                    + "|\\]\\([^)\\s]*\\)");

    private final String name;
    private final String description;
    private final List<Lexicon> normalization;
    private final Lexicon segmentation;
    private final List<Lexicon> chain;
    /** Terms the user fixed (a glossary's names): written as given, never run through the dictionaries. */
    private final PhraseTable terms;

    ScriptConverter(String name, String description, List<Lexicon> normalization, Lexicon segmentation,
                    List<Lexicon> chain) {
        this(name, description, normalization, segmentation, chain, null);
    }

    private ScriptConverter(String name, String description, List<Lexicon> normalization, Lexicon segmentation,
                            List<Lexicon> chain, PhraseTable terms) {
        this.name = name;
        this.description = description;
        this.normalization = List.copyOf(normalization);
        this.segmentation = segmentation;
        this.chain = List.copyOf(chain);
        this.terms = terms;
    }

    /**
     * This conversion, except that each key of {@code fixedTerms} is written as its value where it is
     * taken as a segment: how a glossary keeps names such as 于和伟 or 余秋雨 from becoming 於和偉 or
     * 餘秋雨. The keys join OpenCC's longest-match segmentation as candidates beside the dictionary
     * phrases: at one position the longest candidate wins, and a fixed term wins over a dictionary
     * phrase of the same length. A fixed term never cuts a longer dictionary phrase, neither one of the
     * segmentation dictionary (苹果干 still becomes 蘋果乾 although 苹果 is fixed) nor one the first
     * conversion stage finds in text the segmentation leaves whole (快閃記憶體 still becomes 闪存 in tw2sp
     * although 記憶 is fixed). Terms are looked up in the normalised text, as the dictionaries' keys are.
     * Where no fixed term is taken, the output is OpenCC's, to the character.
     */
    public ScriptConverter withFixedTerms(java.util.Map<String, String> fixedTerms) {
        if (fixedTerms.isEmpty()) {
            return this;
        }
        PhraseTable table = new PhraseTable(name + " fixed terms");
        new java.util.TreeMap<>(fixedTerms).forEach((from, to) -> {
            if (!from.isEmpty()) {
                table.put(from, to);
            }
        });
        return new ScriptConverter(name, description, normalization, segmentation, chain, table);
    }

    /** The OpenCC config name, e.g. {@code tw2sp}. */
    public String name() {
        return name;
    }

    /** OpenCC's own description of the conversion. */
    public String description() {
        return description;
    }

    /** Converts text of any length; line breaks and everything outside Chinese are kept as they are. */
    public String convert(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        convert(text, out);
        return out.toString();
    }

    /** Appends the conversion of {@code text} to {@code out}. */
    public void convert(String text, StringBuilder out) {
        if (!mayHoldPassThrough(text)) {
            convertRange(text, 0, text.length(), out);
            return;
        }
        Matcher m = PASS_THROUGH.matcher(text);
        int last = 0;
        while (m.find()) {
            convertRange(text, last, m.start(), out);
            out.append(text, m.start(), m.end());
            last = m.end();
        }
        convertRange(text, last, text.length(), out);
    }

    private static boolean mayHoldPassThrough(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('@') >= 0 || text.indexOf("www.") >= 0
                || text.indexOf("](") >= 0;
    }

    private void convertRange(String text, int from, int to, StringBuilder out) {
        if (from >= to) {
            return;
        }
        CharSequence source = text;
        int start = from;
        int end = to;
        for (Lexicon lexicon : normalization) {
            StringBuilder normalized = new StringBuilder(end - start);
            replaceLongest(lexicon, source, start, end, normalized);
            source = normalized;
            start = 0;
            end = normalized.length();
        }
        if (terms != null) {
            segmentWithTerms(source, start, end, out);
            return;
        }
        if (segmentation == null) {
            convertSegment(source, start, end, out);
            return;
        }
        Match match = new Match();
        int pending = start; // start of the run of characters no segmentation key matched
        int i = start;
        while (i < end) {
            if (segmentation.match(source, i, end, match)) {
                convertSegment(source, pending, i, out);
                convertSegment(source, i, i + match.length, out);
                i += match.length;
                pending = i;
            } else {
                i += Character.charCount(Character.codePointAt(source, i));
            }
        }
        convertSegment(source, pending, end, out);
    }

    /**
     * OpenCC's segmentation with the fixed terms as further candidates. Where a segmentation key starts,
     * the longer of it and a fixed term is the segment (the fixed term on a tie). Text that no
     * segmentation key starts is one segment for OpenCC (a run), converted stage by stage; fixed terms
     * are taken inside it by {@link #convertRun}.
     */
    private void segmentWithTerms(CharSequence source, int start, int end, StringBuilder out) {
        Match dictionary = new Match();
        Match term = new Match();
        int i = start;
        boolean atKey = segmentation != null && i < end && segmentation.match(source, i, end, dictionary);
        while (i < end) {
            if (atKey) {
                if (terms.match(source, i, end, term) && term.length >= dictionary.length) {
                    out.append(term.value);
                    i += term.length;
                } else {
                    convertSegment(source, i, i + dictionary.length, out);
                    i += dictionary.length;
                }
                atKey = i < end && segmentation.match(source, i, end, dictionary);
                continue;
            }
            int runEnd = i;
            do {
                runEnd += Character.charCount(Character.codePointAt(source, runEnd));
            } while (runEnd < end && !(atKey = segmentation != null && segmentation.match(source, runEnd, end,
                    dictionary)));
            i = convertRun(source, i, runEnd, end, out);
            if (i > runEnd) { // a fixed term reached into the segment at runEnd: segment again after it
                atKey = i < end && segmentation != null && segmentation.match(source, i, end, dictionary);
            }
        }
    }

    /**
     * Converts one run (text from {@code from} to {@code runEnd} that no segmentation key starts),
     * taking fixed terms where they begin a segment of the first conversion stage: that stage reads the
     * run by longest match as the segmentation reads the text, so a fixed term competes there with the
     * stage's phrase of the same start and never cuts one (a Taiwan phrase such as 快閃記憶體 is in
     * TWPhrasesRev but not in the segmentation dictionary of tw2sp). The first stage's output between
     * fixed terms goes through the other stages as OpenCC would send the run. A fixed term may reach past
     * the run into the next segment, as at segment level.
     *
     * @return where segmentation resumes: the run's end, or the end of a fixed term reaching past it
     */
    private int convertRun(CharSequence source, int from, int runEnd, int end, StringBuilder out) {
        Lexicon firstStage = chain.get(0);
        boolean oneStage = chain.size() == 1;
        StringBuilder staged = oneStage ? out : new StringBuilder(runEnd - from + 4);
        Match stage = new Match();
        Match term = new Match();
        int i = from;
        while (i < runEnd) {
            char c = source.charAt(i);
            boolean phrase = firstStage.match(source, i, runEnd, stage);
            int length = phrase ? stage.length : Character.isHighSurrogate(c) && i + 1 < runEnd ? 2 : 1;
            if (terms.startsAnyKey(c) && terms.match(source, i, end, term) && term.length >= length) {
                if (!oneStage) {
                    convertStages(staged, 0, staged.length(), 1, out);
                    staged.setLength(0);
                }
                out.append(term.value);
                i += term.length;
            } else {
                if (phrase) {
                    staged.append(stage.value);
                } else {
                    staged.append(source, i, i + length);
                }
                i += length;
            }
        }
        if (!oneStage) {
            convertStages(staged, 0, staged.length(), 1, out);
        }
        return Math.max(i, runEnd);
    }

    private void convertSegment(CharSequence source, int from, int to, StringBuilder out) {
        convertStages(source, from, to, 0, out);
    }

    /** Runs {@code source[from, to)} through the conversion chain from stage {@code first} on. */
    private void convertStages(CharSequence source, int from, int to, int first, StringBuilder out) {
        if (from >= to) {
            return;
        }
        CharSequence stage = source;
        int start = from;
        int end = to;
        for (int s = first; s < chain.size() - 1; s++) {
            StringBuilder next = new StringBuilder(end - start + 4);
            replaceLongest(chain.get(s), stage, start, end, next);
            stage = next;
            start = 0;
            end = next.length();
        }
        replaceLongest(chain.get(chain.size() - 1), stage, start, end, out);
    }

    /** One OpenCC conversion step: at each position take the longest key, else copy one character. */
    private static void replaceLongest(Lexicon lexicon, CharSequence text, int from, int to, StringBuilder out) {
        Match match = new Match();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (lexicon.match(text, i, to, match)) {
                out.append(match.value);
                i += match.length;
            } else {
                int width = Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1;
                out.append(text, i, i + width);
                i += width;
            }
        }
    }

    @Override
    public String toString() {
        return name + ": " + description;
    }
}
