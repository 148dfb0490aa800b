package yuanwen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import yuanwen.SharedData;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.align.Bead;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/**
 * The quotes quote mode is measured and fitted on, from the real pairs in {@code ../shared} (never
 * copied into the repository). Each case is a Chinese quote, the English source it is looked up
 * in, and where its original is (source lines or sentence ids), or nothing for translator-only
 * text:
 * <ul>
 * <li><b>ted</b>: the 13 TED dev talks, line n of zh.txt ↔ line n of en.txt (gold); the quote is
 * the whole line, as {@code parallel_eval.py} asks it;</li>
 * <li><b>nadella</b>: seed 003's sentences against the interview transcript; the reference is
 * the document alignment's beads of score ≥ {@link #SILVER_SCORE} (silver);</li>
 * <li><b>jobs</b>: the Stanford speech's Chinese sentences against the printed text, paragraph
 * k+2 of zh.txt ↔ paragraph k of en-printed.txt (gold); <b>jobs-captions</b>: the same sentences
 * against the YouTube captions (silver: sentences cross caption lines);</li>
 * <li><b>munger</b>: the Caltech interview's Chinese sentences against the rev.com-style
 * transcript (silver: the translation merges turns and adds headings, so paragraphs are not
 * parallel);</li>
 * <li><b>translator-only</b>: text with no original in the source it is looked up in: the
 * Munger translation's front matter, headings and 译者注 notes, the Jobs translation's title
 * lines and notes, seed 003's summary and biography of Nadella, and sentences of the other seeds
 * (other interviews) against the Nadella transcript.</li>
 * </ul>
 * Only quotes of at least {@link #MIN_HAN} Chinese characters are used (headings shorter than
 * that are not what users look up), except translator headings, which are kept from 4.
 */
public final class QuoteDevSets {

    /** Beads the aligner scored at least this are the silver reference. */
    public static final double SILVER_SCORE = 0.5;
    public static final int MIN_HAN = 8;
    private static final DocumentSegmenter SEGMENTER = new DocumentSegmenter();
    private static final Map<Path, List<Sentence>> READ = new HashMap<>();

    private QuoteDevSets() {
    }

    /** An English source file and its sentences. */
    public record Source(String name, Path file, List<Sentence> sentences) {
    }

    /**
     * @param set       the dev set's name
     * @param text      the Chinese quote
     * @param source    where it is looked up
     * @param lines     source lines its original is on (gold), or empty
     * @param ids       source sentence ids of its original (silver), or empty
     * @param article   the Chinese article the quote comes from (for {@code --zh} mode), or null
     */
    public record Case(String set, String text, Source source, Set<Integer> lines, Set<Integer> ids, Path article) {

        public boolean hasOriginal() {
            return !lines.isEmpty() || !ids.isEmpty();
        }

        /** Whether English sentences {@code [first, first + count)} of the source are (or cover) the original. */
        public boolean right(int first, int count) {
            for (int k = first; k < first + count; k++) {
                Sentence s = source.sentences().get(k);
                if (ids.contains(s.index())) {
                    return true;
                }
                for (int line = s.firstLine(); line <= s.lastLine(); line++) {
                    if (lines.contains(line)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    public static boolean available() {
        return Files.isDirectory(Path.of(System.getProperty("yuanwen.shared", "../shared")));
    }

    public static Source source(String name, Path file) {
        return new Source(name, file, READ.computeIfAbsent(file, f -> SEGMENTER.segment(f, null, null).sentences()));
    }

    /** All dev sets, in a fixed order: {@code ted}, {@code nadella}, {@code jobs}, {@code jobs-captions}, {@code munger}, {@code translator-only}. */
    public static Map<String, List<Case>> all() {
        Map<String, List<Case>> sets = new LinkedHashMap<>();
        sets.put("ted", ted());
        sets.put("nadella", nadella());
        sets.put("jobs", jobs());
        sets.put("jobs-captions", jobsCaptions());
        sets.put("munger", munger());
        sets.put("translator-only", translatorOnly());
        return sets;
    }

    /** {@link #all()} and {@link #otherTalks()}: what the decision is fitted on. */
    public static Map<String, List<Case>> withUnrelated() {
        Map<String, List<Case>> sets = all();
        sets.put("other-talks", otherTalks());
        return sets;
    }

    /**
     * Unrelated text against short sources: every third line of each TED talk's translation
     * looked up in the next talk's English. Without these, every quote against a short source in
     * the dev sets has an original, and a fitted decision would learn that short sources always do.
     */
    public static List<Case> otherTalks() {
        List<Path> talks = tedTalks();
        List<Case> out = new ArrayList<>();
        for (int t = 0; t < talks.size(); t++) {
            Path other = talks.get((t + 1) % talks.size());
            Source source = source("ted/" + other.getFileName(), other.resolve("en.txt"));
            List<String> zh = lines(talks.get(t).resolve("zh.txt"));
            for (int k = 0; k < zh.size(); k += 3) {
                String line = zh.get(k).strip();
                if (han(line) >= MIN_HAN) {
                    out.add(negative("other talks", line, source));
                }
            }
        }
        return out;
    }

    public static List<Path> tedTalks() {
        try (Stream<Path> dirs = Files.list(SharedData.resolve("bench/ted"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Case> ted() {
        List<Case> out = new ArrayList<>();
        for (Path talk : tedTalks()) {
            Source source = source("ted/" + talk.getFileName(), talk.resolve("en.txt"));
            List<String> zh = lines(talk.resolve("zh.txt"));
            for (int k = 0; k < zh.size(); k++) {
                String line = zh.get(k).strip();
                if (han(line) >= MIN_HAN) {
                    out.add(new Case("ted", line, source, Set.of(k + 1), Set.of(), talk.resolve("zh.txt")));
                }
            }
        }
        return out;
    }

    public static List<Case> nadella() {
        Source source = source("nadella", SharedData.nadellaTranscript());
        return silver("nadella", SharedData.seed(3), source);
    }

    private static Path jobsDir() {
        return SharedData.resolve("data/pairs/jobs-stanford-2005");
    }

    private static Path mungerDir() {
        return SharedData.resolve("data/pairs/munger-caltech-2020");
    }

    /** Paragraph k+2 of the translation (after its title and date lines) translates paragraph k of the printed text. */
    static final int JOBS_SHIFT = 2;

    public static List<Case> jobs() {
        Path zhFile = jobsDir().resolve("zh.txt");
        Source source = source("jobs", jobsDir().resolve("en-printed.txt"));
        Map<Integer, Integer> zhOrdinal = ordinals(zhFile);
        Map<Integer, Integer> enLineOf = new HashMap<>();
        ordinals(source.file()).forEach((line, ordinal) -> enLineOf.put(ordinal, line));
        List<Case> out = new ArrayList<>();
        for (Sentence s : read(zhFile)) {
            Integer ordinal = zhOrdinal.get(s.firstLine());
            if (ordinal == null || ordinal <= JOBS_SHIFT || han(s.text()) < MIN_HAN || NOTE.matcher(s.text()).find()) {
                continue;
            }
            Integer enLine = enLineOf.get(ordinal - JOBS_SHIFT);
            if (enLine != null) {
                out.add(new Case("jobs", s.text(), source, Set.of(enLine), Set.of(), zhFile));
            }
        }
        return out;
    }

    public static List<Case> jobsCaptions() {
        return silver("jobs-captions", jobsDir().resolve("zh.txt"), source("jobs-captions", jobsDir().resolve("en.txt")));
    }

    public static List<Case> munger() {
        return silver("munger", mungerDir().resolve("zh.txt"), source("munger", mungerDir().resolve("en.txt")));
    }

    private static final Pattern NOTE = Pattern.compile("（(?:译者)?注：([^）]*)）");

    public static List<Case> translatorOnly() {
        List<Case> out = new ArrayList<>();
        // Munger: front matter (up to the first heading), translator headings, notes.
        Path mungerZh = mungerDir().resolve("zh.txt");
        Source munger = source("munger", mungerDir().resolve("en.txt"));
        boolean body = false;
        for (String line : lines(mungerZh)) {
            String text = line.strip();
            if (text.startsWith("#")) {
                body = true;
                String heading = text.replaceFirst("^#+\\s*", "");
                if (han(heading) >= 4) {
                    out.add(negative("munger headings", heading, munger));
                }
            } else if (!body && han(text) >= MIN_HAN) {
                out.add(negative("munger front matter", text.replaceFirst("^-\\s*", ""), munger));
            }
        }
        notes(mungerZh, munger, "munger notes", out);
        // Jobs: the title and date lines, and the translator's notes, against both English files.
        Path jobsZh = jobsDir().resolve("zh.txt");
        for (Source jobs : List.of(source("jobs", jobsDir().resolve("en-printed.txt")),
                source("jobs-captions", jobsDir().resolve("en.txt")))) {
            List<String> zh = lines(jobsZh).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
            out.add(negative("jobs title", zh.get(0).replaceFirst("^#+\\s*", ""), jobs));
            notes(jobsZh, jobs, "jobs notes", out);
        }
        // Seed 003: the translator's summary and the biography before the interview.
        Source nadella = source("nadella", SharedData.nadellaTranscript());
        for (Sentence s : read(SharedData.seed(3))) {
            if (s.speaker() != null) {
                break; // the interview starts with the first speaker turn
            }
            if (han(s.text()) >= MIN_HAN) {
                out.add(negative("nadella summary and bio", s.text(), nadella));
            }
        }
        // Other interviews (Bezos, Jassy, Joe Tsai) against the Nadella transcript.
        for (int seed : new int[] {0, 1, 2, 4}) {
            for (Sentence s : read(SharedData.seed(seed))) {
                if (han(s.text()) >= MIN_HAN) {
                    out.add(negative("other interviews", s.text(), nadella));
                }
            }
        }
        return out;
    }

    private static void notes(Path zhFile, Source source, String set, List<Case> out) {
        Matcher m = NOTE.matcher(String.join("\n", lines(zhFile)));
        while (m.find()) {
            String note = m.group(1).replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").strip();
            if (han(note) >= MIN_HAN) {
                out.add(negative(set, note, source));
            }
        }
    }

    private static Case negative(String set, String text, Source source) {
        return new Case(set, text, source, Set.of(), Set.of(), null);
    }

    /** The article's sentences in aligned beads of score ≥ {@link #SILVER_SCORE}, with those beads' English as reference. */
    private static List<Case> silver(String set, Path zhFile, Source source) {
        List<Sentence> zh = read(zhFile);
        Alignment alignment = new Aligner(silverTerms()).align(zh, source.sentences(), AlignParameters.defaults());
        List<Case> out = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            if (!bead.aligned() || bead.score() < SILVER_SCORE) {
                continue;
            }
            Set<Integer> ids = new HashSet<>();
            bead.en().forEach(s -> ids.add(s.index()));
            for (Sentence s : bead.zh()) {
                if (han(s.text()) >= MIN_HAN && !NOTE.matcher(s.text()).find()) {
                    out.add(new Case(set, s.text(), source, Set.of(), Set.copyOf(ids), zhFile));
                }
            }
        }
        return out;
    }

    private static TermFinder silverTerms;

    /** The silver references always come from the shipped glossary, whatever glossary is measured. */
    private static synchronized TermFinder silverTerms() {
        if (silverTerms == null) {
            silverTerms = new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));
        }
        return silverTerms;
    }

    public static List<Sentence> read(Path file) {
        return READ.computeIfAbsent(file, f -> SEGMENTER.segment(f, null, null).sentences());
    }

    /** For each non-empty line (1-based line number), its ordinal among the non-empty lines (1-based). */
    static Map<Integer, Integer> ordinals(Path file) {
        Map<Integer, Integer> out = new HashMap<>();
        List<String> lines = lines(file);
        int k = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().isEmpty()) {
                out.put(i + 1, ++k);
            }
        }
        return out;
    }

    static List<String> lines(Path file) {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int han(String text) {
        return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /** Every other case, from {@code parity} (0: the tuning half, 1: the held-out half). */
    public static <T> List<T> half(List<T> all, int parity) {
        List<T> out = new ArrayList<>();
        for (int k = parity; k < all.size(); k += 2) {
            out.add(all.get(k));
        }
        return out;
    }
}
