package yuanwen.review;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import yuanwen.align.AlignModel;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.read.VideoReference;
import yuanwen.script.ScriptDetector;
import yuanwen.script.ScriptReport;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Language;
import yuanwen.segment.SegmentedDocument;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile.GlossaryInfo;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentRecord;
import yuanwen.text.BadInputException;
import yuanwen.text.Json;
import yuanwen.text.Sha256;
import yuanwen.text.TextDecoder;

/**
 * Document mode from file to file: reads a Chinese article and its English source, aligns them
 * with the glossary, and stores the result as {@code aligned/NAME.json}. A stored alignment of the
 * same name is read first: if it no longer parses the run stops and says so (nothing is
 * overwritten); if it parses, its reviewed pairs are carried over ({@link CarryOver}).
 */
public final class AlignRun {

    /**
     * @param zh       the Chinese article
     * @param en       the English source
     * @param name     the alignment's name in the store
     * @param preSplit each line of both files is one sentence
     * @param glossary the glossary file, or null for none
     * @param video    the address of the video the English source's times refer to, or null to
     *                 take the one the article names (if any)
     * @param zhShown  the Chinese file's path as stored and reported, when it is read from a local
     *                 copy (a Spark task's); null for {@code zh} itself
     * @param enShown  the same for the English file
     */
    public record Request(Path zh, Path en, String name, boolean preSplit, Path glossary, String video,
                          String zhShown, String enShown) {

        /** A request that takes the video the article names, if any. */
        public Request(Path zh, Path en, String name, boolean preSplit, Path glossary) {
            this(zh, en, name, preSplit, glossary, null, null, null);
        }

        public Request(Path zh, Path en, String name, boolean preSplit, Path glossary, String video) {
            this(zh, en, name, preSplit, glossary, video, null, null);
        }

        public Request withVideo(String url) {
            return new Request(zh, en, name, preSplit, glossary, url, zhShown, enShown);
        }

        /** The same files, stored and reported under the paths they were copied from. */
        public Request shownAs(String zhPath, String enPath) {
            return new Request(zh, en, name, preSplit, glossary, video, zhPath, enPath);
        }
    }

    /**
     * A glossary read and compiled once, to share between runs and threads (the matcher is
     * immutable): a batch of pairs builds it once, not once a pair.
     *
     * @param path   as stored with each alignment
     * @param sha256 of the file's bytes (of the files, for the shipped glossary with the user's over it)
     */
    public record LoadedGlossary(String path, String sha256, Glossary glossary, TermFinder terms) {

        public static LoadedGlossary load(Path file) {
            return load(file, file.toString());
        }

        /** A glossary read from a local copy of the file named {@code shownPath}. */
        public static LoadedGlossary load(Path file, String shownPath) {
            Glossary glossary = GlossaryFile.load(file);
            return new LoadedGlossary(shownPath, Sha256.of(file), glossary, new GlossaryMatcher(glossary));
        }

        /** A glossary that is not one file (the shipped one with the user's laid over it), recorded as {@code info}. */
        public static LoadedGlossary of(Glossary glossary, GlossaryInfo info) {
            return new LoadedGlossary(info.path(), info.sha256(), glossary, new GlossaryMatcher(glossary));
        }

        GlossaryInfo info() {
            return new GlossaryInfo(path, sha256, glossary.size());
        }
    }

    /**
     * @param document what was stored
     * @param file     where
     * @param fixed    how many reviewed pairs were kept fixed
     * @param notes    what the user should know (reviewed pairs that could not be carried over)
     */
    public record Outcome(AlignmentFile document, Path file, int fixed, List<String> notes) {
    }

    private static final String FIXED_PAIRS = "fixedPairs";

    private final AlignedStore store;
    private final DocumentSegmenter segmenter = new DocumentSegmenter();
    private final ScriptDetector scripts = new ScriptDetector();
    private final Aligner aligner = new Aligner();

    public AlignRun(AlignedStore store) {
        this.store = store;
    }

    /** The store this run reads and writes. */
    public AlignedStore store() {
        return store;
    }

    public Outcome run(Request request, Consumer<String> progress) {
        return run(request, request.glossary() == null ? null : LoadedGlossary.load(request.glossary()), progress);
    }

    /**
     * Aligns with a glossary loaded before ({@code request.glossary()} is not read again).
     *
     * @param glossary the glossary, or null for none
     */
    public Outcome run(Request request, LoadedGlossary glossary, Consumer<String> progress) {
        String name = AlignedStore.checkName(request.name());
        // Read the stored alignment before any work: a hand-broken file stops the run here.
        AlignmentFile previous = store.exists(name) ? store.load(name) : null;
        progress.accept("reading " + request.zh());
        SegmentedDocument zh = read(request.zh(), Language.ZH, request.preSplit());
        progress.accept("reading " + request.en());
        SegmentedDocument en = read(request.en(), Language.EN, request.preSplit());
        AlignParameters parameters = AlignParameters.defaults();

        Side zhSide = side(request.zh(), request.zhShown(), zh, request.preSplit());
        Side enSide = side(request.en(), request.enShown(), en, request.preSplit()).withVideo(video(request));
        CarryOver review = CarryOver.from(previous, zhSide, enSide);
        Alignment alignment = aligner.withTerms(terms(glossary))
                .align(zh.sentences(), en.sentences(), parameters, review.anchors(), progress);
        GlossaryInfo glossaryInfo = glossary == null ? null : glossary.info();
        AlignmentFile document = AlignmentRecord.of(name, zhSide, enSide, glossaryInfo,
                recorded(parameters, request.preSplit(), review.anchors().size()), alignment, review);
        Path file = store.save(name, document);
        return new Outcome(document, file, review.anchors().size(), review.notes());
    }

    /** The video given, else the one the article names (pre-split files name none). */
    private static String video(Request request) {
        if (request.video() != null) {
            return VideoReference.checked(request.video());
        }
        return request.preSplit() ? null : VideoReference.in(TextDecoder.read(request.zh()).text()).orElse(null);
    }

    /**
     * Whether {@code aligned/NAME.json} already holds what {@link #run} would make of this request:
     * both sources and the glossary have the bytes it records (by SHA-256), the video and the
     * parameters are the same. A stored file that does not parse, or a source that cannot be read,
     * is not current (running says why). Reviewed pairs need no check: a run would carry them over.
     */
    public boolean isCurrent(Request request, LoadedGlossary glossary) {
        String name = AlignedStore.checkName(request.name());
        if (!store.exists(name)) {
            return false;
        }
        try {
            AlignmentFile stored = store.load(name);
            String glossarySha = glossary == null ? null : glossary.sha256();
            String storedGlossarySha = stored.glossary() == null ? null : stored.glossary().sha256();
            return Objects.equals(stored.zh().sha256(), Sha256.of(request.zh()))
                    && Objects.equals(stored.en().sha256(), Sha256.of(request.en()))
                    && Objects.equals(storedGlossarySha, glossarySha)
                    && Objects.equals(stored.en().video(), video(request))
                    && settings(stored.parameters()).equals(settings(recorded(AlignParameters.defaults(), request.preSplit(), 0)));
        } catch (BadInputException e) {
            return false;
        }
    }

    private static TermFinder terms(LoadedGlossary glossary) {
        return glossary == null ? TermFinder.NONE : glossary.terms();
    }

    /** The recorded parameters without the count of fixed pairs (it follows from the review), as JSON. */
    private static String settings(Map<String, Object> recorded) {
        Map<String, Object> settings = new LinkedHashMap<>(recorded);
        settings.remove(FIXED_PAIRS);
        return Json.write(settings);
    }

    private SegmentedDocument read(Path file, Language expected, boolean preSplit) {
        SegmentedDocument document;
        try {
            document = preSplit ? segmenter.lines(file) : segmenter.segment(file, null, null);
        } catch (OutOfMemoryError e) {
            // What was read is garbage once we are here; say which file was too large for this heap.
            throw new BadInputException(file, "is too large to read with this Java heap (split it, or give Java "
                    + "more memory, e.g. java -Xmx2g -jar yuanwen.jar …)");
        }
        if (document.sentences().stream().allMatch(s -> s.text().isBlank())) {
            throw new BadInputException(file, "has no sentences to align (the file is empty or only markup)");
        }
        if (document.language() != expected) {
            throw new BadInputException(file, expected == Language.ZH
                    ? "is English, not Chinese: give the Chinese article as --zh and its English source as --en"
                    : "is Chinese, not English: give the English source as --en (were --zh and --en swapped?)");
        }
        int count = document.sentences().size();
        if (count > AlignParameters.MAX_SENTENCES) {
            throw new BadInputException(file, String.format(Locale.ROOT,
                    "has %,d sentences; at most %,d a side are aligned at once (split it into chapters)", count,
                    AlignParameters.MAX_SENTENCES));
        }
        return document;
    }

    private Side side(Path path, String shown, SegmentedDocument document, boolean preSplit) {
        String format;
        String script = null;
        if (preSplit) {
            format = AlignmentFile.PRE_SPLIT_FORMAT;
        } else if (document.format() == null) {
            format = "article";
        } else {
            format = document.format().label();
        }
        boolean chinese = document.language() == Language.ZH;
        if (chinese) {
            StringBuilder text = new StringBuilder();
            for (Sentence s : document.sentences()) {
                text.append(s.text()).append('\n');
            }
            script = scriptName(scripts.detect(text.toString()));
        }
        return new Side(shown != null ? shown : path.toString(), Sha256.of(path), format, script, document.encoding(),
                AlignmentRecord.table(document.sentences()));
    }

    /** simplified, traditional, traditional-taiwan, traditional-hongkong, mixed or undetermined. */
    private static String scriptName(ScriptReport report) {
        return switch (report.script()) {
            case SIMPLIFIED -> "simplified";
            case TRADITIONAL -> report.hasTaiwanForms() && !report.leansHongKong() ? "traditional-taiwan"
                    : report.hasHongKongForms() ? "traditional-hongkong" : "traditional";
            case MIXED -> "mixed";
            case UNDETERMINED -> "undetermined";
            case NOT_CHINESE -> "not-chinese";
        };
    }

    /**
     * The parameters as stored with the result, so that a run can be told from another: the run's
     * switches and the aligner's model as it is ({@link AlignModel}, every fitted number).
     */
    private static Map<String, Object> recorded(AlignParameters p, boolean preSplit, int fixed) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("preSplit", preSplit);
        map.put("model", p.model());
        map.put("learnTable", p.learnTable());
        map.put(FIXED_PAIRS, fixed);
        return map;
    }
}
