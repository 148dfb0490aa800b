package yuanwen.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import yuanwen.read.ArticleReader;
import yuanwen.read.LineIndex;
import yuanwen.read.Source;
import yuanwen.read.SourceFormat;
import yuanwen.read.SourceReader;
import yuanwen.read.SourceSpan;
import yuanwen.script.ChineseKey;
import yuanwen.text.BadInputException;
import yuanwen.text.DecodedText;
import yuanwen.text.TextDecoder;

/**
 * From a file to its sentences: decode, tell the language (unless given), read it as a Chinese
 * article or an English source (transcript, subtitles, article), and split it into sentences.
 */
public final class DocumentSegmenter {

    /**
     * Files above this size are refused with a message: every character keeps its source offsets,
     * which costs about ten bytes a character, and the documents this tool is for (articles,
     * interview transcripts) are far smaller.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    // Boilerplate cues are listed in mainland simplified script; a Taiwan article's 釋出時間 is matched
    // as 发布时间 through OpenCC's tw2sp (characters and Taiwan phrasing).
    private final ArticleReader articles = new ArticleReader(ChineseKey::of);
    private final ChineseSentenceSplitter chinese = new ChineseSentenceSplitter();
    private final EnglishSentenceSplitter english = new EnglishSentenceSplitter();

    /**
     * @param language the language, or null to tell from the text
     * @param format   the English source format, or null to detect it
     */
    public SegmentedDocument segment(Path file, Language language, SourceFormat format) {
        return segment(readWithinLimit(file), language, format);
    }

    /**
     * A file already split into sentences, one a line (as aligner benchmarks and other tools'
     * outputs come): sentence {@code k} is line {@code k + 1}, blank lines included, so that
     * sentence ids equal line indexes. The language is told from the text.
     */
    public SegmentedDocument lines(Path file) {
        DecodedText decoded = readWithinLimit(file);
        LineIndex lines = LineIndex.of(decoded.text());
        List<Sentence> sentences = new ArrayList<>(lines.count());
        for (int k = 0; k < lines.count(); k++) {
            sentences.add(Sentence.untimed(k, lines.line(k).strip(),
                    SourceSpan.ofLine(k + 1, lines.start(k), lines.end(k))));
        }
        return new SegmentedDocument(decoded.source(), Language.of(decoded.text()), decoded.encoding().label(), null,
                sentences);
    }

    private static DecodedText readWithinLimit(Path file) {
        TextDecoder.requireReadableFile(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(file, String.format(
                        "is %d MB; sentences are made from files of at most %d MB (split the file)",
                        size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
            }
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read: " + e.getMessage());
        }
        return TextDecoder.read(file);
    }

    public SegmentedDocument segment(DecodedText decoded, Language language, SourceFormat format) {
        String text = decoded.text();
        Language lang = language != null ? language : Language.of(text);
        if (lang == Language.ZH) {
            if (format != null) {
                throw new IllegalArgumentException("--format is for English sources; a Chinese article is read as Markdown or plain text");
            }
            return new SegmentedDocument(decoded.source(), lang, decoded.encoding().label(), null,
                    chinese.split(articles.read(decoded.source(), text)));
        }
        Source source = SourceReader.read(decoded.source(), text, format);
        return new SegmentedDocument(decoded.source(), lang, decoded.encoding().label(), source.format(),
                english.split(source));
    }
}
