package yuanwen.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yuanwen.lang.en.EnglishTokenizer;
import yuanwen.text.BadInputException;

/**
 * Reads a Chinese article (WeChat/Hugo Markdown export or plain text) into headings and paragraphs
 * with speakers, dropping what is not article text: front matter, metadata lines, images, link
 * targets, URLs, HTML and the promotional header/footer these exports carry. Hard-wrapped lines of
 * one paragraph are joined. Every character keeps its offsets in the original text.
 *
 * <p>Empty or whitespace-only text gives an article without blocks; it is not an error. Text
 * containing NUL characters (a binary file decoded as text) is rejected with a
 * {@link BadInputException}.
 */
public final class ArticleReader {

    /** Lines up to this many cleaned characters count as "short" for header and footer detection. */
    static final int SHORT_LINE = 100;

    private static final Pattern THEMATIC_BREAK = Pattern.compile("^\\s{0,3}([-*_=])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(?:[-+*]\\s+)?#{1,6}(?:\\s+(.*?))?\\s*#*\\s*$");
    private static final Pattern METADATA = Pattern.compile("^\\s*[*_]*\\s*([^\\s:：*_]{1,12})\\s*[:：]\\s*(.*?)[*_\\s]*$");
    private static final Pattern BLOCK_PREFIX = Pattern.compile("^\\s*(?:>\\s?)*");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-+*]|\\d{1,3}[.)])(?:\\s+|$)");
    private static final String CJK_PUNCTUATION = "，。！？、；：“”‘’「」『』（）《》【】…—";

    private final Boilerplate boilerplate;
    /** Maps a line to the script the cue list is written in (simplified), so traditional articles match too. */
    private final UnaryOperator<String> toCueScript;

    /** A reader for simplified-script articles. */
    public ArticleReader() {
        this(UnaryOperator.identity());
    }

    /**
     * @param toSimplified converts text to simplified script (e.g. OpenCC t2s): the boilerplate cues
     *                     ({@code 发布时间}, {@code 关注}) are listed in simplified script only
     */
    public ArticleReader(UnaryOperator<String> toSimplified) {
        this.boilerplate = Boilerplate.standard();
        this.toCueScript = toSimplified;
    }

    /** Longest line read as an image caption when it directly follows an image. */
    static final int CAPTION = 40;

    private enum Kind { BLANK, IMAGE, BREAK, DROPPED, HEADING, LABEL, TEXT }

    /**
     * One classified source line. For TEXT, {@code text} is the whole cleaned line and
     * {@code contentStart} the index after a list marker (0 when the line is no list item).
     */
    private record Classified(Kind kind, LineIndex.Line line, MappedText.Draft text, String speaker,
                              int contentStart) {

        static Classified of(Kind kind, LineIndex.Line line) {
            return new Classified(kind, line, new MappedText.Draft(), null, 0);
        }

        boolean listItem() {
            return contentStart > 0;
        }

        Classified dropped() {
            return of(Kind.DROPPED, line);
        }
    }

    /** Reads {@code text}, the decoded content of {@code file}; the path is used in messages only. */
    public Article read(Path file, String text) {
        rejectBinary(file, text);
        LineIndex lines = LineIndex.of(text);
        List<LineIndex.Line> all = lines.lines();
        Map<String, String> metadata = new LinkedHashMap<>();
        int bodyStart = FrontMatter.bodyStart(all, metadata);

        List<Classified> body = new ArrayList<>();
        boolean previousEndedInUrl = false;
        for (LineIndex.Line line : all.subList(bodyStart, all.size())) {
            Classified classified = classify(line, previousEndedInUrl, metadata);
            body.add(classified);
            previousEndedInUrl = endsInUrl(line.text()) || previousEndedInUrl && classified.kind() == Kind.DROPPED;
        }
        dropCaptions(body);
        dropHeader(body);
        cutAtEndCue(body);
        dropFooter(body);
        return new Article(file, text, metadata, assemble(body), lines);
    }

    private static void rejectBinary(Path file, String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = LineIndex.of(text).lineNumberAt(nul);
            throw new BadInputException(file, line, "contains NUL characters; this looks like a binary file, not text");
        }
    }

    private Classified classify(LineIndex.Line line, boolean previousEndedInUrl, Map<String, String> metadata) {
        String raw = line.text();
        if (raw.isBlank()) {
            return Classified.of(Kind.BLANK, line);
        }
        if (THEMATIC_BREAK.matcher(raw).matches()) {
            return Classified.of(Kind.BREAK, line);
        }
        if (previousEndedInUrl && isUrlFragment(raw)) {
            return Classified.of(Kind.DROPPED, line); // the rest of a URL the export wrapped
        }
        Matcher meta = METADATA.matcher(raw);
        if (meta.matches() && boilerplate.isMetadataKey(toCueScript.apply(meta.group(1)))) {
            metadata.putIfAbsent(meta.group(1), meta.group(2));
            return Classified.of(Kind.DROPPED, line);
        }
        Matcher heading = HEADING.matcher(raw);
        if (heading.matches()) {
            MappedText.Draft text = heading.group(1) == null ? new MappedText.Draft()
                    : MarkdownInline.clean(raw, heading.start(1), heading.end(1), line.start());
            if (isBlank(text)) {
                return Classified.of(Kind.BLANK, line);
            }
            Classified classified = new Classified(Kind.HEADING, line, text, null, 0);
            return boilerplate.startsWithLineCue(toCueScript.apply(text.toString())) ? classified.dropped() : classified;
        }
        Optional<SpeakerLabel.Found> label = SpeakerLabel.find(raw);
        if (label.isPresent()) {
            MappedText.Draft rest = MarkdownInline.clean(raw, label.get().restStart(), raw.length(), line.start());
            return new Classified(Kind.LABEL, line, rest, label.get().name(), 0);
        }
        return classifyText(line);
    }

    private Classified classifyText(LineIndex.Line line) {
        String raw = line.text();
        Matcher prefix = BLOCK_PREFIX.matcher(raw);
        int from = prefix.lookingAt() ? prefix.end() : 0;
        MappedText.Draft text = MarkdownInline.clean(raw, from, raw.length(), line.start());
        if (isBlank(text)) {
            boolean image = raw.contains("![") || raw.contains("<img");
            return Classified.of(image ? Kind.IMAGE : Kind.BLANK, line); // or shortcodes, bare markers
        }
        if (boilerplate.startsWithLineCue(toCueScript.apply(text.toString()))) {
            return Classified.of(Kind.DROPPED, line);
        }
        // Markers are matched after cleaning so that "**1\. 我们…**" is an item too.
        Matcher marker = LIST_MARKER.matcher(text.toString());
        int contentStart = marker.lookingAt() ? marker.end() : 0;
        return new Classified(Kind.TEXT, line, text, null, contentStart);
    }

    /**
     * A short line without a sentence end standing alone right after an image is its caption
     * ("亞馬遜CEO Andy Jassy"): a label for the picture, not translated text.
     */
    private static void dropCaptions(List<Classified> body) {
        Kind before = Kind.BLANK;
        for (int i = 0; i < body.size(); i++) {
            Classified line = body.get(i);
            if (line.kind() == Kind.TEXT && before == Kind.IMAGE && isCaption(line)
                    && (i + 1 == body.size() || body.get(i + 1).kind() == Kind.BLANK)) {
                body.set(i, line.dropped());
            }
            if (line.kind() != Kind.BLANK) {
                before = line.kind();
            }
        }
    }

    private static boolean isCaption(Classified line) {
        String text = line.text().toString().strip();
        return text.length() <= CAPTION && !text.isEmpty() && "。！？.!?…；;".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Promotional lines at the top: short cue lines before the first long paragraph or speaker turn. */
    private void dropHeader(List<Classified> body) {
        for (int i = 0; i < body.size(); i++) {
            Classified line = body.get(i);
            if (line.kind() == Kind.LABEL || line.kind() == Kind.TEXT && line.text().length() > SHORT_LINE) {
                return;
            }
            if (isPromo(line)) {
                body.set(i, line.dropped());
            }
        }
    }

    /** A "往期回顾" / "--END--" line in the second half ends the article. */
    private void cutAtEndCue(List<Classified> body) {
        for (int i = body.size() / 2; i < body.size(); i++) {
            Classified line = body.get(i);
            boolean hasText = line.kind() == Kind.TEXT || line.kind() == Kind.HEADING;
            if (hasText && boilerplate.startsWithEndCue(toCueScript.apply(line.text().toString()))) {
                dropFrom(body, i);
                return;
            }
        }
    }

    /**
     * The footer: the trailing run of short lines (a speaker label or a long paragraph ends it). Within
     * it, the first promotional line or separator ({@code * * *}) starts the footer; what follows goes.
     * Short closing remarks of the interview before that point stay.
     */
    private void dropFooter(List<Classified> body) {
        int runStart = body.size();
        while (runStart > 0) {
            Classified line = body.get(runStart - 1);
            boolean longText = line.kind() == Kind.TEXT && line.text().length() > SHORT_LINE;
            if (line.kind() == Kind.LABEL || longText) {
                break;
            }
            runStart--;
        }
        boolean wholeFileIsShort = runStart == 0; // then a separator is just a separator
        for (int i = runStart; i < body.size(); i++) {
            boolean separator = body.get(i).kind() == Kind.BREAK && !wholeFileIsShort;
            if (separator || isPromo(body.get(i))) {
                dropFrom(body, i);
                return;
            }
        }
    }

    private boolean isPromo(Classified line) {
        if (line.kind() != Kind.TEXT && line.kind() != Kind.HEADING) {
            return false;
        }
        String text = line.text().toString();
        return text.length() <= SHORT_LINE && (boilerplate.containsPromoCue(toCueScript.apply(text)) || boilerplate.startsWithEndCue(toCueScript.apply(text)));
    }

    private static void dropFrom(List<Classified> body, int from) {
        for (int i = from; i < body.size(); i++) {
            body.set(i, body.get(i).dropped());
        }
    }

    /** Joins the classified lines into blocks, tracking the speaker in force. */
    private static List<ArticleBlock> assemble(List<Classified> body) {
        List<ArticleBlock> blocks = new ArrayList<>();
        String speaker = null;
        MappedText.Draft paragraph = new MappedText.Draft();
        Classified previous = null;
        boolean[] bareEnds = bareSentenceEnds(body);
        for (int i = 0; i < body.size(); i++) {
            Classified line = body.get(i);
            switch (line.kind()) {
                case HEADING -> {
                    flush(blocks, paragraph, speaker);
                    speaker = null; // a new section: whoever spoke before no longer does
                    addBlock(blocks, ArticleBlock.Kind.HEADING, line.text(), null);
                }
                case LABEL -> {
                    flush(blocks, paragraph, speaker);
                    speaker = line.speaker();
                    paragraph.append(line.text());
                }
                case TEXT -> {
                    boolean startsItem = line.listItem() && (paragraph.isEmpty() || previous.listItem()
                            || !endsInWord(paragraph));
                    if (startsItem) {
                        flush(blocks, paragraph, speaker);
                        paragraph.append(line.text().from(line.contentStart()));
                    } else {
                        joinWrapped(paragraph, line);
                    }
                    if (bareEnds[i]) {
                        flush(blocks, paragraph, speaker);
                    }
                }
                default -> flush(blocks, paragraph, speaker);
            }
            previous = line;
        }
        flush(blocks, paragraph, speaker);
        return blocks;
    }

    /** The fewest lines whose punctuation tells subtitle-style lines from hard-wrapped prose. */
    private static final int MIN_BARE_RUN = 4;
    /** Lines of hard-wrapped prose (all but a paragraph's last) differ in length by at most this. */
    private static final int EVEN_WIDTH = 2;

    /**
     * The lines after which a sentence ends although no punctuation says so. Some translations are
     * written one clause a line with no sentence punctuation, as subtitles are (one TED dev talk: 125
     * of its 136 lines end bare and one holds a full stop inside); joined as hard wraps, its first
     * "sentence" ran over 22 lines, and a quote of one line could not be placed in the article (30 of
     * the 35 misses of quote {@code --zh} on the TED dev talks). Such a run is told from hard-wrapped
     * prose by its punctuation: wrapped prose ends most lines bare too, but holds sentence ends inside
     * its lines (a line of 35 characters more often than not); one long wrapped sentence has none, but
     * lines of even width. Only mostly-Han runs: English prose wraps at spaces and its full stop is
     * also the decimal point.
     */
    private static boolean[] bareSentenceEnds(List<Classified> body) {
        boolean[] ends = new boolean[body.size()];
        int from = 0;
        while (from < body.size()) {
            if (body.get(from).kind() != Kind.TEXT) {
                from++;
                continue;
            }
            int to = from;
            while (to < body.size() && body.get(to).kind() == Kind.TEXT) {
                to++;
            }
            if (subtitleLike(body.subList(from, to))) {
                for (int k = from; k < to; k++) {
                    ends[k] = endsBare(body.get(k).text());
                }
            }
            from = to;
        }
        return ends;
    }

    private static boolean subtitleLike(List<Classified> run) {
        int n = run.size();
        if (n < MIN_BARE_RUN) {
            return false;
        }
        int bare = 0;
        int inner = 0;
        int han = 0;
        int letters = 0;
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int k = 0; k < n; k++) {
            MappedText.Draft text = run.get(k).text();
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            boolean stopSeen = false;
            boolean stopInside = false;
            for (int i = 0; i < end; i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    letters++;
                    han += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
                    stopInside |= stopSeen;
                } else if (SENTENCE_STOPS.indexOf(c) >= 0) {
                    stopSeen = true;
                }
            }
            inner += stopInside ? 1 : 0;
            if (k < n - 1) {
                bare += endsBare(text) ? 1 : 0;
                shortest = Math.min(shortest, end);
                longest = Math.max(longest, end);
            }
        }
        return 2 * han >= letters && 5 * bare >= 3 * (n - 1) && 10 * inner <= n && longest - shortest > EVEN_WIDTH;
    }

    /** Marks that end a Chinese sentence (the full stop "." is left out: it is also the decimal point). */
    private static final String SENTENCE_STOPS = "。！？!?；…";
    /** What may close a sentence after its last word: quotes and brackets. */
    private static final String CLOSERS = "”’\"'）)」』】]》";

    /** Whether the line ends in a word (after any closing quotes or brackets), not in punctuation. */
    private static boolean endsBare(MappedText.Draft text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    }

    /**
     * Appends a hard-wrapped continuation line. Chinese has no spaces between words, so nothing is
     * inserted, except between two Latin words or numbers ("Scaling" / "Law"), where the wrap stood for
     * a space. A digit before a Han unit ("660" / "亿美元") is joined without one.
     */
    private static void joinWrapped(MappedText.Draft paragraph, Classified line) {
        MappedText.Draft next = line.text();
        paragraph.stripTrailing();
        int first = 0;
        while (first < next.length() && Character.isWhitespace(next.charAt(first))) {
            first++;
        }
        if (!paragraph.isEmpty() && first < next.length()) {
            char before = paragraph.lastChar();
            char after = next.charAt(first);
            boolean latinBefore = EnglishTokenizer.isAsciiLetterOrDigit(before) || ",;:.!?)%".indexOf(before) >= 0;
            if (latinBefore && EnglishTokenizer.isAsciiLetterOrDigit(after)) {
                paragraph.append(' ', paragraph.sourceEnd(paragraph.length() - 1), next.sourceStart(first));
            }
        }
        paragraph.append(next.from(first));
    }

    private static boolean endsInWord(MappedText.Draft paragraph) {
        for (int i = paragraph.length() - 1; i >= 0; i--) {
            char c = paragraph.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isLetterOrDigit(c);
            }
        }
        return false;
    }

    private static void flush(List<ArticleBlock> blocks, MappedText.Draft paragraph, String speaker) {
        addBlock(blocks, ArticleBlock.Kind.PARAGRAPH, paragraph, speaker);
        paragraph.truncate(0);
    }

    private static void addBlock(List<ArticleBlock> blocks, ArticleBlock.Kind kind, MappedText.Draft text, String speaker) {
        MappedText.Draft tidy = tidy(text);
        boolean hasWords = false;
        for (int i = 0; i < tidy.length() && !hasWords; i++) {
            hasWords = Character.isLetterOrDigit(tidy.charAt(i));
        }
        if (hasWords) {
            blocks.add(new ArticleBlock(kind, tidy.build(), speaker));
        }
    }

    /** Collapses whitespace runs, drops spaces next to Chinese punctuation, trims. */
    private static MappedText.Draft tidy(MappedText.Draft text) {
        MappedText.Draft out = new MappedText.Draft();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c, text.sourceStart(i), text.sourceEnd(i));
                continue;
            }
            boolean afterSpaceOrPunctuation = out.isEmpty() || out.lastChar() == ' '
                    || CJK_PUNCTUATION.indexOf(out.lastChar()) >= 0;
            int next = i + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            boolean beforePunctuationOrEnd = next == text.length() || CJK_PUNCTUATION.indexOf(text.charAt(next)) >= 0;
            if (!afterSpaceOrPunctuation && !beforePunctuationOrEnd) {
                out.append(' ', text.sourceStart(i), text.sourceEnd(i));
            }
        }
        return out;
    }

    private static boolean isBlank(MappedText.Draft text) {
        return text.toString().isBlank();
    }

    private static boolean endsInUrl(String raw) {
        String trimmed = raw.stripTrailing();
        int at = Math.max(trimmed.lastIndexOf("http://"), trimmed.lastIndexOf("https://"));
        return at >= 0 && MarkdownInline.urlEnd(trimmed, at, trimmed.length()) == trimmed.length();
    }

    private static boolean isUrlFragment(String raw) {
        String trimmed = raw.strip();
        return !trimmed.isEmpty() && trimmed.chars().allMatch(c -> MarkdownInline.isUrlChar((char) c))
                && (trimmed.contains("/") || trimmed.contains(".") || trimmed.contains("-"));
    }
}
