package yuanwen.read;

import java.util.Map;
import yuanwen.lang.en.EnglishTokenizer;

/**
 * Removes inline Markdown/HTML from one source line and keeps the text a reader sees: link text
 * without its target, no images, no bare URLs, no emphasis markers, no HTML tags or Hugo shortcodes,
 * backslash escapes and common entities resolved. Every kept character maps to its source range.
 */
final class MarkdownInline {

    private static final Map<String, Character> ENTITIES = Map.of(
            "&amp;", '&', "&lt;", '<', "&gt;", '>', "&quot;", '"', "&#39;", '\'', "&apos;", '\'',
            "&nbsp;", ' ');

    private MarkdownInline() {
    }

    /** Cleans {@code line[from, to)}; {@code base} is the offset of {@code line} in the original file. */
    static MappedText.Draft clean(String line, int from, int to, int base) {
        MappedText.Draft out = new MappedText.Draft();
        appendClean(line, from, to, base, out);
        return out;
    }

    private static void appendClean(String s, int from, int to, int base, MappedText.Draft out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int skipTo;
            if (c == '!' && startsWith(s, i + 1, to, "[") && (skipTo = linkEnd(s, i + 1, to)) > 0) {
                i = skipTo; // image: alt text is a caption for the picture, not article text
            } else if (c == '[' && (skipTo = linkEnd(s, i, to)) > 0) {
                int textEnd = s.indexOf("](", i);
                appendClean(s, i + 1, textEnd, base, out);
                i = skipTo;
            } else if (c == '<' && (skipTo = tagEnd(s, i, to)) > 0) {
                i = skipTo;
            } else if (c == '{' && (startsWith(s, i, to, "{{<") || startsWith(s, i, to, "{{%"))
                    && (skipTo = s.indexOf("}}", i)) > 0 && skipTo < to) {
                i = skipTo + 2;
            } else if ((c == 'h' || c == 'H') && (skipTo = urlEnd(s, i, to)) > 0) {
                i = skipTo;
                if (dropLabelBeforeUrl(out)) {
                    while (i < to && (s.charAt(i) == '，' || s.charAt(i) == ',' || s.charAt(i) == ' ')) {
                        i++; // "参考：https://…，公开发表" must not leave "，公开发表"
                    }
                }
            } else if (c == '\\' && i + 1 < to && isAsciiPunctuation(s.charAt(i + 1))) {
                out.append(s.charAt(i + 1), base + i, base + i + 2);
                i += 2;
            } else if (c == '&' && (skipTo = entityEnd(s, i, to)) > 0) {
                out.append(ENTITIES.get(s.substring(i, skipTo)), base + i, base + skipTo);
                i = skipTo;
            } else if (c == '*' || c == '`' || c == '~' && startsWith(s, i, to, "~~")) {
                int run = runEnd(s, i, to, c);
                if (c == '*' && isSpaced(s, i, run, to)) {
                    appendRange(s, i, run, base, out); // "a * b" is arithmetic, not emphasis
                }
                i = run;
            } else if (c == '_') {
                int run = runEnd(s, i, to, c);
                boolean insideWord = i > from && EnglishTokenizer.isAsciiLetterOrDigit(s.charAt(i - 1))
                        && run < to && EnglishTokenizer.isAsciiLetterOrDigit(s.charAt(run));
                if (insideWord) {
                    appendRange(s, i, run, base, out); // snake_case identifiers keep their underscores
                }
                i = run;
            } else if (c == '\uFEFF' || c == '\u200B') {
                i++; // byte order mark, zero-width space: invisible, and they would break matching
            } else {
                out.append(c, base + i, base + i + 1);
                i++;
            }
        }
    }

    /** {@code [text](target)} starting at {@code open}: index after ')' or -1. */
    private static int linkEnd(String s, int open, int to) {
        int middle = s.indexOf("](", open);
        if (middle < 0 || middle >= to) {
            return -1;
        }
        int depth = 0;
        for (int j = middle + 2; j < to; j++) {
            char c = s.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return j + 1;
                }
                depth--;
            }
        }
        return -1;
    }

    /** An HTML tag, comment or autolink at {@code open}: index after it or -1. */
    private static int tagEnd(String s, int open, int to) {
        if (startsWith(s, open, to, "<!--")) {
            int close = s.indexOf("-->", open);
            return close >= 0 && close + 3 <= to ? close + 3 : -1;
        }
        if (open + 1 >= to) {
            return -1;
        }
        char next = s.charAt(open + 1);
        if (!(next == '/' || next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z')) {
            return -1;
        }
        int close = s.indexOf('>', open);
        return close >= 0 && close < to ? close + 1 : -1;
    }

    /** A bare http(s) URL at {@code start}: index after it or -1. It ends at whitespace or non-ASCII. */
    static int urlEnd(String s, int start, int to) {
        if (!(startsWithIgnoreCase(s, start, to, "http://") || startsWithIgnoreCase(s, start, to, "https://"))) {
            return -1;
        }
        int j = start;
        while (j < to && isUrlChar(s.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isUrlChar(char c) {
        return c > ' ' && c < 127 && c != '<' && c != '>' && c != '"';
    }

    /**
     * "原文：https://…" loses its URL; true when the URL now stands at the start of a clause. the dangling short label ("原文：") would become a sentence of its
     * own, so it goes too when it stands at the start of the line or right after a sentence end.
     */
    private static boolean dropLabelBeforeUrl(MappedText.Draft out) {
        out.stripTrailing();
        if (out.isEmpty() || (out.lastChar() != '：' && out.lastChar() != ':')) {
            return out.isEmpty();
        }
        int j = out.length() - 1;
        while (j > 0 && "。！？!?；;\n".indexOf(out.charAt(j - 1)) < 0) {
            j--;
        }
        if (out.length() - j > 16) {
            return false;
        }
        out.truncate(j);
        return true;
    }

    private static int entityEnd(String s, int start, int to) {
        int semi = s.indexOf(';', start);
        if (semi < 0 || semi >= to || semi - start > 7) {
            return -1;
        }
        return ENTITIES.containsKey(s.substring(start, semi + 1)) ? semi + 1 : -1;
    }

    private static int runEnd(String s, int start, int to, char c) {
        int j = start;
        while (j < to && s.charAt(j) == c) {
            j++;
        }
        return j;
    }

    private static boolean isSpaced(String s, int start, int end, int to) {
        return start > 0 && s.charAt(start - 1) == ' ' && end < to && s.charAt(end) == ' ';
    }

    private static void appendRange(String s, int start, int end, int base, MappedText.Draft out) {
        for (int j = start; j < end; j++) {
            out.append(s.charAt(j), base + j, base + j + 1);
        }
    }

    private static boolean startsWith(String s, int at, int to, String prefix) {
        return at + prefix.length() <= to && s.startsWith(prefix, at);
    }

    private static boolean startsWithIgnoreCase(String s, int at, int to, String prefix) {
        return at + prefix.length() <= to && s.regionMatches(true, at, prefix, 0, prefix.length());
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 127 && c > ' ' && !EnglishTokenizer.isAsciiLetterOrDigit(c);
    }
}
