package yuanwen.lang.en;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one English tokenizer: cuts text into words, numbers and symbols, each a span of the input
 * ({@link EnglishTokens}: offsets into the text given, in order). The shape is OpenNLP's
 * {@code Tokenizer.tokenizePos}, which returns {@code Span[]}: a tool that holds no data, so one
 * instance serves any number of threads.
 *
 * <p>{@link #standard()} reads as follows; every call site that needs another policy names it as an
 * {@link Option}, each with the reason it exists:
 * <ul>
 *   <li>a <b>word</b> is a run of ASCII letters ({@code don't} is {@code don}, a symbol, {@code t};
 *   {@code café} is {@code caf} and the symbol {@code é}: the aligner's stems and CC-CEDICT's glosses
 *   are ASCII);</li>
 *   <li>a <b>number</b> is a run of ASCII digits with an optional decimal part ({@code 2.5});</li>
 *   <li>a <b>symbol</b> is any other character (one code point) but white space;</li>
 *   <li>white space ({@link Character#isWhitespace}) separates tokens and is never one.</li>
 * </ul>
 */
public final class EnglishTokenizer {

    /** What a call site needs beyond {@link #standard()}. */
    public enum Option {
        /**
         * Numbers keep their thousands separators: {@code 1,000,000.5} is one number. Groups must be
         * exactly three digits, so {@code 1,2345} is two numbers and a comma. For the number finder,
         * which reads quantities ({@code EnglishNumberFinder}).
         */
        THOUSANDS_GROUPS,
        /**
         * ASCII digits continue a word begun by a letter: {@code GPT4}, {@code H100} and {@code x86}
         * are one word ({@code 4x} stays a number and a word). For the aligner's English words: a model
         * name is one unit, and the number finder leaves digits glued to letters alone.
         */
        DIGITS_IN_WORDS,
        /**
         * A word is any run of letters and digits, and a digit may start it: {@code 3D}, {@code 5G};
         * a run without a letter is a number ({@code 2024}, but {@code 3.5} is a number, a symbol and
         * a number). For Latin kept inside Chinese text, where {@code 3D} and {@code 5G} are words,
         * and for glossary forms ({@code 3M}).
         */
        ALPHANUMERIC_RUNS,
        /**
         * Letters and digits of every script (Character.isLetter, isDigit), not only ASCII:
         * {@code Zürich}, {@code Nestlé} are one word. For the glossary's English forms, which
         * match names as they are spelled.
         */
        ANY_LETTERS,
        /**
         * Hyphens ({@code - ‐ ‑}) and the no-break space are gaps like white space: {@code open-AI} is
         * the words {@code open}, {@code AI}. For the glossary's matcher, which joins a form's parts
         * whatever stands between them (OpenAI, Open AI, open-AI).
         */
        HYPHEN_GAPS,
        /**
         * A capitalised word, a hyphen and a lower-case syllable of one to four ASCII letters are one
         * word: {@code Bao-yu}, {@code Xi-feng} (not {@code Anglo-Saxon}: the second part is capitalised;
         * not {@code Wi-Fi}). For the aligner: romanised names are hyphenated where pinyin is not, and
         * the pinyin of 宝玉 matches the whole name.
         */
        HYPHENATED_NAMES,
        /**
         * Terms as they are written: {@code +} and {@code #} continue a word ({@code C++}, {@code C#}),
         * and {@code . ' ’ -} join two parts into one word ({@code U.S}, {@code don't}, {@code e-mail},
         * {@code GPT-4}, {@code 3.5}); implies {@link #ALPHANUMERIC_RUNS}. For the glossary miner, whose
         * candidates are the terms themselves.
         */
        TERM_JOINS
    }

    /** What a token is. */
    public enum Kind {
        /** Letters (and the digits and joins the options allow). */
        WORD,
        /** Digits, without a letter. */
        NUMBER,
        /** One other character. */
        SYMBOL
    }

    private static final EnglishTokenizer STANDARD = new EnglishTokenizer(EnumSet.noneOf(Option.class));
    /** The longest second part {@link Option#HYPHENATED_NAMES} joins: a pinyin syllable ("yu", "feng", "zhuang" is six but rare). */
    private static final int MAX_NAME_SYLLABLE = 4;

    private final boolean thousandsGroups;
    private final boolean digitsInWords;
    private final boolean alphanumericRuns;
    private final boolean anyLetters;
    private final boolean hyphenGaps;
    private final boolean hyphenatedNames;
    private final boolean termJoins;

    private EnglishTokenizer(Set<Option> options) {
        thousandsGroups = options.contains(Option.THOUSANDS_GROUPS);
        digitsInWords = options.contains(Option.DIGITS_IN_WORDS);
        termJoins = options.contains(Option.TERM_JOINS);
        alphanumericRuns = termJoins || options.contains(Option.ALPHANUMERIC_RUNS);
        anyLetters = options.contains(Option.ANY_LETTERS);
        hyphenGaps = options.contains(Option.HYPHEN_GAPS);
        hyphenatedNames = options.contains(Option.HYPHENATED_NAMES);
    }

    /** Words of ASCII letters, numbers with a decimal part, symbols. */
    public static EnglishTokenizer standard() {
        return STANDARD;
    }

    /** The standard tokenizer with these options. */
    public static EnglishTokenizer with(Option first, Option... more) {
        return new EnglishTokenizer(EnumSet.of(first, more));
    }

    /** The words of {@code text}, in order (as OpenNLP's {@code tokenize} gives strings; numbers and symbols left out). */
    public List<String> words(CharSequence text) {
        EnglishTokens tokens = tokenize(text);
        List<String> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == Kind.WORD) {
                words.add(tokens.text(i));
            }
        }
        return words;
    }

    /** The tokens of {@code text}. */
    public EnglishTokens tokenize(CharSequence text) {
        return tokenize(text, null);
    }

    /**
     * The tokens of {@code text} where the characters marked in {@code gaps} (when not null) count
     * as white space: what a caller has already read as something else (a glossary term, a number)
     * is no part of any token, and a token stops where such a span begins.
     */
    public EnglishTokens tokenize(CharSequence text, boolean[] gaps) {
        int n = text.length();
        EnglishTokens tokens = new EnglishTokens(text, Math.max(8, n / 4));
        int i = 0;
        while (i < n) {
            int c = Character.codePointAt(text, i);
            if (isGap(text, gaps, i, c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            if (alphanumericRuns && (isLetter(c) || isDigit(c))) {
                boolean letters = false;
                do {
                    letters |= isLetter(c);
                    i += Character.charCount(c);
                    c = i < n ? Character.codePointAt(text, i) : -1;
                } while (c >= 0 && !isMasked(gaps, i) && (isLetter(c) || isDigit(c) || termJoins && isTermSymbol(c)));
                if (termJoins) {
                    while (i + 1 < n && isTermJoiner(text.charAt(i)) && !isMasked(gaps, i) && !isMasked(gaps, i + 1)
                            && isTermPart(text.charAt(i + 1))) {
                        i++;
                        while (i < n && !isMasked(gaps, i) && isTermPart(text.charAt(i))) {
                            letters |= isAsciiLetter(text.charAt(i));
                            i++;
                        }
                    }
                }
                tokens.add(letters ? Kind.WORD : Kind.NUMBER, start, i);
            } else if (isLetter(c)) {
                do {
                    i += Character.charCount(c);
                    c = i < n ? Character.codePointAt(text, i) : -1;
                } while (c >= 0 && !isMasked(gaps, i) && (isLetter(c) || digitsInWords && isDigit(c)));
                if (hyphenatedNames) {
                    i = nameEnd(text, gaps, start, i);
                }
                tokens.add(Kind.WORD, start, i);
            } else if (isDigit(c)) {
                i = numberEnd(text, gaps, i);
                tokens.add(Kind.NUMBER, start, i);
            } else {
                i += Character.charCount(c);
                tokens.add(Kind.SYMBOL, start, i);
            }
        }
        return tokens;
    }

    /**
     * Whether c is a letter of a word: ASCII, or of any script with {@link Option#ANY_LETTERS}, but
     * never a supplementary character (a rare Han character of CJK Extension B is a symbol, so a
     * Latin name glued to it is still a word of its own).
     */
    private boolean isLetter(int c) {
        return c < 0x80 ? isAsciiLetter((char) c) : anyLetters && c < Character.MIN_SUPPLEMENTARY_CODE_POINT && Character.isLetter(c);
    }

    private boolean isDigit(int c) {
        return c < 0x80 ? isAsciiDigit((char) c) : anyLetters && c < Character.MIN_SUPPLEMENTARY_CODE_POINT && Character.isDigit(c);
    }

    private boolean isGap(CharSequence text, boolean[] gaps, int i, int c) {
        return isMasked(gaps, i) || isGap(c);
    }

    /** Whether c separates tokens and is none: white space, and with {@link Option#HYPHEN_GAPS} hyphens and the no-break space. */
    public boolean isGap(int c) {
        return Character.isWhitespace(c) || hyphenGaps && (c == '-' || c == '‐' || c == '‑' || c == '\u00A0');
    }

    private static boolean isMasked(boolean[] gaps, int i) {
        return gaps != null && gaps[i];
    }

    /** {@link Option#HYPHENATED_NAMES}: the end of "Bao-yu" when the word [start, end) is "Bao", else end. */
    private static int nameEnd(CharSequence text, boolean[] gaps, int start, int end) {
        int n = text.length();
        if (!Character.isUpperCase(text.charAt(start)) || end + 1 >= n || text.charAt(end) != '-'
                || isMasked(gaps, end) || isMasked(gaps, end + 1)) {
            return end;
        }
        char first = text.charAt(end + 1);
        if (!(first >= 'a' && first <= 'z')) {
            return end;
        }
        int q = end + 1;
        while (q < n && !isMasked(gaps, q) && isAsciiLetter(text.charAt(q))) {
            q++;
        }
        return q - (end + 1) <= MAX_NAME_SYLLABLE ? q : end;
    }

    /**
     * The end of the number starting at digit i: digits and an optional decimal part; with
     * {@link Option#THOUSANDS_GROUPS} the longest run of exact three-digit groups that is not
     * followed by a further digit ("1,000,0000" is 1,000 then a comma and 0000).
     */
    private int numberEnd(CharSequence text, boolean[] gaps, int i) {
        int n = text.length();
        int digits = digitRunEnd(text, gaps, i);
        if (thousandsGroups && digits - i <= 3) {
            int groupsEnd = digits;
            int lastGood = -1;
            while (groupsEnd + 3 < n && text.charAt(groupsEnd) == ',' && !isMasked(gaps, groupsEnd)
                    && digitRunEnd(text, gaps, groupsEnd + 1) - (groupsEnd + 1) >= 3) {
                int next = groupsEnd + 4;
                // A group followed by a digit is not a group; the groups before it stand.
                if (next < n && isDigit(text.charAt(next)) && !isMasked(gaps, next)) {
                    break;
                }
                groupsEnd = next;
                lastGood = groupsEnd;
            }
            if (lastGood > 0) {
                return decimalEnd(text, gaps, lastGood);
            }
        }
        return decimalEnd(text, gaps, digits);
    }

    private int decimalEnd(CharSequence text, boolean[] gaps, int end) {
        if (end + 1 < text.length() && text.charAt(end) == '.' && !isMasked(gaps, end) && !isMasked(gaps, end + 1)
                && isDigit(text.charAt(end + 1))) {
            return digitRunEnd(text, gaps, end + 1);
        }
        return end;
    }

    /** The end of the digits from i: ASCII, or of any script with {@link Option#ANY_LETTERS} (all in the BMP). */
    private int digitRunEnd(CharSequence text, boolean[] gaps, int i) {
        int n = text.length();
        while (i < n && !isMasked(gaps, i) && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link Option#TERM_JOINS}: what continues a term's word (C++, C#). */
    private static boolean isTermSymbol(int c) {
        return c == '+' || c == '#';
    }

    /** {@link Option#TERM_JOINS}: what joins two parts of a term (U.S, don't, e-mail). */
    private static boolean isTermJoiner(char c) {
        return c == '.' || c == '\'' || c == '’' || c == '-';
    }

    private static boolean isTermPart(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || isTermSymbol(c);
    }

    /** A to Z, a to z: the letters of English words (the one definition every step uses). */
    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** 0 to 9. */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** An ASCII letter or digit. */
    public static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }
}
