package yuanwen.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import yuanwen.read.Article;
import yuanwen.read.ArticleBlock;
import yuanwen.read.SourceSpan;
import yuanwen.read.Speaker;

/**
 * Splits the blocks of an {@link Article} into sentences. A sentence ends at 。！？ (runs such as ？！
 * included), at ……, at ASCII ! or ? followed by Chinese, and at ；/; when the clause before it is long
 * (more than {@value #LONG_CLAUSE} characters), since translators often render one long English
 * sentence as clauses joined by ；. ASCII '.' never ends a sentence, so numbers (2.5, 1,000) and English
 * inside Chinese (Dr. Smith, U.S., e.g.) stay whole.
 *
 * <p>Closing quotes and brackets stay with the sentence they close: {@code 他说：“我们会赢。”} ends after
 * ”. A sentence that is entirely a quotation followed by a short attribution, {@code “我们会赢。”特朗普说。},
 * is kept as one sentence, as in the English original ("We will win," Trump said.). A heading is one
 * sentence with no speaker; paragraph sentences take their block's speaker.
 */
public final class ChineseSentenceSplitter {

    static final int LONG_CLAUSE = 60;
    /** Longest attribution after a closing quote that is still read as "X说" rather than a new sentence. */
    static final int ATTRIBUTION = 20;

    private static final String TERMINATORS = "。！？｡";
    private static final String CLOSERS = "”’」』）)】》〉]";
    private static final String OPENING_QUOTES = "“「『\"‘";
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "(说|說|道|表示|指出|强调|強調|补充|補充|透露|坦言|回答|问|問|写道|寫道|认为|認為|解释|解釋)");

    public List<Sentence> split(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        for (ArticleBlock block : article.blocks()) {
            if (block.kind() == ArticleBlock.Kind.HEADING) {
                add(sentences, article, block, 0, block.text().length());
            } else {
                splitParagraph(sentences, article, block);
            }
        }
        return sentences;
    }

    private void splitParagraph(List<Sentence> sentences, Article article, ArticleBlock block) {
        String text = block.text();
        int start = 0;
        int clauseStart = 0;
        int i = 0;
        while (i < text.length()) {
            int end = sentenceEndAt(text, i, clauseStart);
            if (end < 0) {
                if (text.charAt(i) == '；' || text.charAt(i) == ';') {
                    clauseStart = i + 1;
                }
                i++;
                continue;
            }
            end = absorbClosers(text, end);
            boolean continues = end < text.length() && "，、,；;：:".indexOf(text.charAt(end)) >= 0;
            if (continues || end < text.length() && isAttributedQuotation(text, start, end)) {
                i = end; // 问"你害怕什么？"，然后… and “……。”特朗普说。 run on to the next stop
                continue;
            }
            add(sentences, article, block, start, end);
            start = end;
            clauseStart = end;
            i = end;
        }
        add(sentences, article, block, start, text.length());
    }

    /** If a sentence ends with the character at {@code i}, the index after the terminator run; else -1. */
    private static int sentenceEndAt(String text, int i, int clauseStart) {
        char c = text.charAt(i);
        if (TERMINATORS.indexOf(c) >= 0) {
            return terminatorRunEnd(text, i);
        }
        if (c == '…' && i + 1 < text.length() && text.charAt(i + 1) == '…') {
            return terminatorRunEnd(text, i);
        }
        if ((c == '!' || c == '?') && isFollowedByHan(text, terminatorRunEnd(text, i))) {
            return terminatorRunEnd(text, i);
        }
        if ((c == '；' || c == ';') && i - clauseStart > LONG_CLAUSE) {
            return i + 1;
        }
        return -1;
    }

    private static int terminatorRunEnd(String text, int i) {
        int j = i;
        while (j < text.length() && (TERMINATORS.indexOf(text.charAt(j)) >= 0 || "…!?".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return j;
    }

    /** Closing quotes and brackets after a terminator belong to the sentence they close. */
    private static int absorbClosers(String text, int end) {
        int j = end;
        while (j < text.length()) {
            char c = text.charAt(j);
            boolean closesAsciiQuote = c == '"' && countOf(text, 0, j, '"') % 2 == 1;
            if (CLOSERS.indexOf(c) < 0 && !closesAsciiQuote) {
                break;
            }
            j++;
            j = Math.max(j, terminatorRunEndIfAny(text, j));
        }
        return j;
    }

    private static int terminatorRunEndIfAny(String text, int j) {
        return j < text.length() && TERMINATORS.indexOf(text.charAt(j)) >= 0 ? terminatorRunEnd(text, j) : j;
    }

    /**
     * True for “……。”特朗普说: the sentence so far is (the end of) a quotation and what follows, up to
     * the next comma or stop, is a short clause with a speech verb. A quotation of several sentences
     * keeps the attribution with its last sentence, as English puts it there too.
     */
    private static boolean isAttributedQuotation(String text, int start, int end) {
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        char closer = text.charAt(end - 1);
        boolean quotation = first < end
                && (OPENING_QUOTES.indexOf(text.charAt(first)) >= 0 || isInsideQuotation(text, first));
        if (!quotation || "”」』\"’".indexOf(closer) < 0) {
            return false;
        }
        int clauseEnd = end;
        while (clauseEnd < text.length() && "，。！？,：:；;“「\"".indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        String attribution = text.substring(end, clauseEnd);
        return clauseEnd < text.length() && attribution.length() <= ATTRIBUTION
                && SPEECH_VERB.matcher(attribution).find();
    }

    /** True when a quotation opened before {@code position} is still open there. */
    private static boolean isInsideQuotation(String text, int position) {
        return countOf(text, 0, position, '“') > countOf(text, 0, position, '”')
                || countOf(text, 0, position, '「') > countOf(text, 0, position, '」')
                || countOf(text, 0, position, '"') % 2 == 1;
    }

    private static boolean isFollowedByHan(String text, int j) {
        while (j < text.length() && (text.charAt(j) == ' ' || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return j < text.length() && Character.UnicodeScript.of(text.codePointAt(j)) == Character.UnicodeScript.HAN;
    }

    private static int countOf(String text, int from, int to, char c) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    /** Adds {@code text[start, end)} trimmed, unless it holds no letter or digit. */
    private static void add(List<Sentence> sentences, Article article, ArticleBlock block, int start, int end) {
        String text = block.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String sentence = text.substring(start, end);
        if (sentence.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        int startOffset = block.sourceStart(start);
        int endOffset = block.sourceEnd(end - 1);
        String speaker = block.kind() == ArticleBlock.Kind.HEADING ? null : block.speaker();
        sentences.add(new Sentence(sentences.size(), sentence, Speaker.labelled(speaker),
                new SourceSpan(article.lineAt(startOffset), article.lineAt(endOffset - 1), startOffset, endOffset),
                null));
    }
}
