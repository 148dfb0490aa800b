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
     * This conversion, except that each key of {@code fixedTerms} found in the text is written as its
     * value instead of being converted: how a glossary keeps names such as 范冰冰 or 于丹 from
     * becoming 範冰冰 or 於丹. The longest fixed term wins where several start at one place.
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
            convertAroundTerms(text, 0, text.length(), out);
            return;
        }
        Matcher m = PASS_THROUGH.matcher(text);
        int last = 0;
        while (m.find()) {
            convertAroundTerms(text, last, m.start(), out);
            out.append(text, m.start(), m.end());
            last = m.end();
        }
        convertAroundTerms(text, last, text.length(), out);
    }

    private void convertAroundTerms(String text, int from, int to, StringBuilder out) {
        if (terms == null) {
            convertRange(text, from, to, out);
            return;
        }
        Match match = new Match();
        int last = from;
        int i = from;
        while (i < to) {
            if (terms.match(text, i, to, match)) {
                convertRange(text, last, i, out);
                out.append(match.value);
                i += match.length;
                last = i;
            } else {
                i++;
            }
        }
        convertRange(text, last, to, out);
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

    private void convertSegment(CharSequence source, int from, int to, StringBuilder out) {
        if (from >= to) {
            return;
        }
        if (chain.size() == 1) {
            replaceLongest(chain.get(0), source, from, to, out);
            return;
        }
        CharSequence stage = source;
        int start = from;
        int end = to;
        for (int s = 0; s < chain.size() - 1; s++) {
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
