package yuanwen.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.align.QuoteFinder;
import yuanwen.align.QuoteInArticle;
import yuanwen.align.QuoteIndex;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Language;
import yuanwen.segment.SegmentedDocument;
import yuanwen.segment.Sentence;
import yuanwen.text.BadInputException;
import yuanwen.text.TextDecoder;

/**
 * What quote mode keeps between commands in the shell: the last source's {@link QuoteIndex}, the
 * last article's alignment, the last glossary; each kept while its files are unchanged (same path,
 * size and modification time), so a run of quotes against one transcript reads and indexes it
 * once, and a run against one article aligns it once. The index itself is immutable; this is the
 * only cache.
 */
final class QuoteCache {

    /** A file as it was when read. */
    private record FileKey(Path path, long size, FileTime modified) {

        static FileKey of(Path file) {
            if (file == null) {
                return null;
            }
            TextDecoder.requireReadableFile(file);
            try {
                return new FileKey(file.toAbsolutePath().normalize(), Files.size(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new BadInputException(file, "cannot be read: " + e.getMessage());
            }
        }
    }

    /** A glossary as it was when read: what it is made of and its files as they were. */
    private record GlossaryKey(String label, List<FileKey> files) {

        static GlossaryKey of(GlossaryInUse glossary) {
            return glossary == null ? null
                    : new GlossaryKey(glossary.label(), glossary.files().stream().map(FileKey::of).toList());
        }
    }

    private record Terms(GlossaryKey glossary, TermFinder terms) {
    }

    private record Source(FileKey en, GlossaryKey glossary, List<Sentence> sentences, QuoteFinder finder) {
    }

    private record Article(FileKey zh, FileKey en, GlossaryKey glossary, QuoteInArticle answers) {
    }

    private final Supplier<DocumentSegmenter> segmenter;
    private Terms lastTerms;
    private Source lastSource;
    private Article lastArticle;

    QuoteCache(Supplier<DocumentSegmenter> segmenter) {
        this.segmenter = segmenter;
    }

    /** The glossary's matcher, or {@link TermFinder#NONE} for none. */
    synchronized TermFinder terms(GlossaryInUse glossaryFile) {
        GlossaryKey key = GlossaryKey.of(glossaryFile);
        if (lastTerms == null || !Objects.equals(lastTerms.glossary(), key)) {
            lastTerms = new Terms(key, key == null ? TermFinder.NONE : new GlossaryMatcher(glossaryFile.load()));
        }
        return lastTerms.terms();
    }

    /** A finder on the English source. */
    synchronized QuoteFinder finder(Path en, GlossaryInUse glossaryFile) {
        FileKey enKey = FileKey.of(en);
        GlossaryKey glossaryKey = GlossaryKey.of(glossaryFile);
        Source last = lastSource;
        if (last != null && last.en().equals(enKey) && Objects.equals(last.glossary(), glossaryKey)) {
            return last.finder();
        }
        List<Sentence> sentences = read(en, Language.EN);
        lastSource = new Source(enKey, glossaryKey, sentences,
                new QuoteFinder(QuoteIndex.of(sentences, terms(glossaryFile))));
        return lastSource.finder();
    }

    /** Answers from the alignment of the article with the source (aligned on first use). */
    synchronized QuoteInArticle article(Path zh, Path en, GlossaryInUse glossaryFile) {
        FileKey zhKey = FileKey.of(zh);
        FileKey enKey = FileKey.of(en);
        GlossaryKey glossaryKey = GlossaryKey.of(glossaryFile);
        Article last = lastArticle;
        if (last != null && last.zh().equals(zhKey) && last.en().equals(enKey)
                && Objects.equals(last.glossary(), glossaryKey)) {
            return last.answers();
        }
        List<Sentence> zhSentences = read(zh, Language.ZH);
        finder(en, glossaryFile); // reads the source once, for both
        List<Sentence> enSentences = lastSource.sentences();
        TermFinder terms = terms(glossaryFile);
        Alignment alignment = new Aligner(terms).align(zhSentences, enSentences, AlignParameters.defaults());
        QuoteFinder finder = new QuoteFinder(QuoteIndex.of(enSentences, terms, alignment, zhSentences));
        lastArticle = new Article(zhKey, enKey, glossaryKey, new QuoteInArticle(zhSentences, alignment, finder));
        return lastArticle.answers();
    }

    private List<Sentence> read(Path file, Language expected) {
        SegmentedDocument document = segmenter.get().segment(file, null, null);
        if (document.language() != expected) {
            throw new BadInputException(file, expected == Language.EN
                    ? "is Chinese, not English: give the English source as --en"
                    : "is English, not Chinese: give the Chinese article as --zh");
        }
        if (document.sentences().isEmpty()) {
            throw new BadInputException(file, "has no sentences");
        }
        return document.sentences();
    }
}
