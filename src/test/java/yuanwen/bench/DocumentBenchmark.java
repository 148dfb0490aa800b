package yuanwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
import yuanwen.segment.SegmentedDocument;
import yuanwen.segment.Sentence;

/**
 * Document mode on real paragraph-parallel pairs, scored as {@code ../shared/bench/eval/parallel_eval.py}
 * scores them (a Chinese sentence is right when the English it is paired with covers its own
 * paragraph; unaligned Chinese is a miss), and on <em>condensed</em> variants made from the same
 * pairs at run time: most paragraphs dropped (about a quarter kept, in runs), adjacent Chinese
 * sentences merged, and the translator's own framing added (a title, a summary, bridging remarks
 * and 译者注). A <em>loose</em> variant of each also cuts inside what it keeps: runs of kept
 * paragraphs joined into one Chinese paragraph, and a sentence dropped from half of the kept
 * paragraphs. A condensed article must get every translated sentence right and leave its framing
 * unaligned. The variants are written under {@code target/bench/condensed/} only: the texts may not
 * be redistributed, so nothing of them enters the repository.
 *
 * <p>Run (the shipped glossary, then none):
 * <pre>
 * mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.DocumentBenchmark
 * mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.DocumentBenchmark -Dexec.args=none
 * </pre>
 */
public final class DocumentBenchmark {

    /** Framing a translator adds, in the shapes seen in the seeds (title, summary, bridges, notes). */
    private static final String[] SUMMARY = {
        "编者按：这是一篇演讲的节选，我们挑出了其中最有启发的几段。",
        "演讲者在这里分享了自己多年来的经验和思考。",
        "以下内容经过删节和整理，小标题为编者所加。",
    };
    private static final String[] BRIDGES = {
        "接下来，他谈到了另一个话题。",
        "（译者注：这里的说法在原文中带有一点玩笑的意味。）",
        "说到这里，现场响起了掌声。",
        "这一段是整场演讲中最常被引用的部分。",
        "随后，演讲者把话题转向了更大的问题。",
    };

    /**
     * For the long talk, whose condensed variants need some sixty bridges: a real article does not
     * repeat the same five, and a remark repeated sixty times weighs like a common word.
     */
    private static final String[] MORE_BRIDGES = {
        "下面这部分讲的是他年轻时的一段经历。",
        "她在这里停顿了一下，然后换了一个角度。",
        "（编者注：以下数字来自演讲者本人的研究。）",
        "这部分内容比较专业，我们只保留了结论。",
        "演讲的后半段主要讨论解决办法。",
        "以下几段我们做了大幅压缩。",
        "中间有一段关于技术细节的讨论，这里从略。",
        "他接着讲了一个让观众印象深刻的例子。",
        "（译者注：原文此处是一个双关语，很难直译。）",
        "这里省略了几张幻灯片的说明。",
        "然后她回到了开头提出的那个问题。",
        "对这一点，台下有不少人表示赞同。",
        "以下是问答环节之前的最后一部分。",
        "在这一段里，演讲者引用了一位朋友的话。",
        "接下来的内容与我们每个人的生活都有关系。",
        "他用一个简单的比喻解释了这个概念。",
        "（小编注：视频中这一段配有动画演示。）",
        "这也是整场演讲的核心观点。",
        "她提醒大家，不要只看表面的数字。",
        "随后进入了更具体的案例分析。",
    };

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean noGlossary = args.length > 0 && args[0].equals("none");
        TermFinder terms = noGlossary ? TermFinder.NONE : new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));
        AlignParameters parameters = Tuning.parameters();
        List<ParallelPair> pairs = new ArrayList<>();
        try (Stream<Path> talks = Files.list(SharedData.resolve("bench/ted"))) {
            for (Path talk : talks.filter(Files::isDirectory).sorted().toList()) {
                pairs.add(new ParallelPair("ted-" + talk.getFileName(), talk.resolve("zh.txt"), talk.resolve("en.txt"), 0));
            }
        }
        Path work = Path.of("target", "bench", "condensed");
        Files.createDirectories(work);
        // A long talk: the thirteen talks one after the other (1,156 paragraphs), so that the
        // condensed variants need anchors and a band, not the whole matrix.
        Path longZh = work.resolve("long-ted13.source.zh.txt");
        Path longEn = work.resolve("long-ted13.source.en.txt");
        List<String> zhLines = new ArrayList<>();
        List<String> enLines = new ArrayList<>();
        for (ParallelPair talk : pairs) {
            zhLines.addAll(Files.readAllLines(talk.zh(), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
            enLines.addAll(Files.readAllLines(talk.en(), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
        }
        Files.write(longZh, zhLines, StandardCharsets.UTF_8);
        Files.write(longEn, enLines, StandardCharsets.UTF_8);
        pairs.add(new ParallelPair("long-ted13", longZh, longEn, 0));
        Path jobs = SharedData.resolve("data/pairs/jobs-stanford-2005");
        // The article's title and "- published:" line come before its first translated paragraph.
        pairs.add(new ParallelPair("jobs-printed", jobs.resolve("zh.txt"), jobs.resolve("en-printed.txt"), 2));

        Aligner aligner = new Aligner(terms);
        DocumentSegmenter segmenter = new DocumentSegmenter();
        Score tedFull = new Score();
        Score tedCondensed = new Score();
        Score tedLoose = new Score();
        long started = System.nanoTime();
        for (ParallelPair pair : pairs) {
            boolean ted = pair.name().startsWith("ted-");
            Score full = score(aligner, segmenter, parameters, pair.zh(), pair.en(), fullGold(pair));
            Condensed condensed = condense(pair, work, false);
            Score cut = score(aligner, segmenter, parameters, condensed.zh(), pair.en(), condensed.gold());
            Condensed looser = condense(pair, work, true);
            Score loose = score(aligner, segmenter, parameters, looser.zh(), pair.en(), looser.gold());
            if (ted) {
                tedFull.add(full);
                tedCondensed.add(cut);
                tedLoose.add(loose);
            } else {
                System.out.printf(Locale.ROOT, "%-14s full: %s%n%-14s condensed: %s%n%-14s loose: %s%n", pair.name(),
                        full, "", cut, "", loose);
            }
        }
        System.out.printf(Locale.ROOT, "%-14s full: %s%n%-14s condensed: %s%n%-14s loose: %s%n", "ted (13)", tedFull,
                "", tedCondensed, "", tedLoose);
        System.out.printf(Locale.ROOT, "glossary %s; %.1f s%n", noGlossary ? "none" : "shipped",
                (System.nanoTime() - started) / 1e9);
    }

    record ParallelPair(String name, Path zh, Path en, int shift) {
    }

    /**
     * What each Chinese line should be paired with: the 1-based ordinal of its English paragraph,
     * or 0 for the translator's own text, which should stay unaligned.
     */
    record Condensed(Path zh, Map<Integer, Integer> gold) {
    }

    private static Map<Integer, Integer> fullGold(ParallelPair pair) throws IOException {
        Map<Integer, Integer> gold = new HashMap<>();
        List<String> lines = Files.readAllLines(pair.zh(), StandardCharsets.UTF_8);
        int ordinal = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().isEmpty()) {
                ordinal++;
                gold.put(i + 1, ordinal - pair.shift() > 0 ? ordinal - pair.shift() : 0);
            }
        }
        return gold;
    }

    /**
     * Deterministic per pair: the same variant on every run. A <em>loose</em> variant (its own
     * random choices) also joins half of the runs of kept paragraphs into one Chinese paragraph
     * (no blank line between them) and drops one sentence, not the first, from half of the kept
     * paragraphs that have more than one: condensing translators cut inside paragraphs too.
     */
    private static Condensed condense(ParallelPair pair, Path work, boolean loose) throws IOException {
        Random random = new Random(loose ? (pair.name() + "/loose").hashCode() : pair.name().hashCode());
        List<String> paragraphs = Files.readAllLines(pair.zh(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.strip().isEmpty()).toList();
        List<String> out = new ArrayList<>();
        Map<Integer, Integer> gold = new HashMap<>();
        out.add("# " + "演讲精华");
        gold.put(out.size(), 0);
        out.add("");
        out.add(SUMMARY[random.nextInt(SUMMARY.length)] + SUMMARY[random.nextInt(SUMMARY.length)]);
        gold.put(out.size(), 0);
        out.add("");
        int k = pair.shift();
        boolean keptBefore = false;
        while (k < paragraphs.size()) {
            // Runs of one to three kept paragraphs, then a gap of two to eight: about a quarter kept.
            int keep = 1 + random.nextInt(3);
            boolean joined = loose && random.nextBoolean();
            for (int r = 0; r < keep && k < paragraphs.size(); r++, k++) {
                String paragraph = loose && random.nextBoolean() ? dropSentence(paragraphs.get(k), random)
                        : paragraphs.get(k);
                if (joined && r > 0) {
                    out.remove(out.size() - 1); // the blank line: this paragraph continues the last
                }
                out.add(mergeSentences(paragraph, random));
                gold.put(out.size(), k + 1 - pair.shift());
                out.add("");
            }
            k += 2 + random.nextInt(7);
            if (keptBefore && random.nextInt(3) == 0) {
                String[] bridges = pair.name().startsWith("long-") ? MORE_BRIDGES : BRIDGES;
                out.add(bridges[random.nextInt(bridges.length)]);
                gold.put(out.size(), 0);
                out.add("");
            }
            keptBefore = true;
        }
        Path file = work.resolve(pair.name() + (loose ? ".loose" : "") + ".zh.txt");
        Files.write(file, out, StandardCharsets.UTF_8);
        return new Condensed(file, gold);
    }

    /** The paragraph without one of its sentences after the first (unchanged when it has only one). */
    private static String dropSentence(String paragraph, Random random) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                sentences.add(paragraph.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < paragraph.length() && !paragraph.substring(start).isBlank()) {
            sentences.add(paragraph.substring(start));
        }
        if (sentences.size() < 2) {
            return paragraph;
        }
        sentences.remove(1 + random.nextInt(sentences.size() - 1));
        return String.join("", sentences);
    }

    /** Joins two adjacent sentences of the paragraph into one, as condensing translators do. */
    private static String mergeSentences(String paragraph, Random random) {
        int cut = paragraph.indexOf('。');
        if (cut < 0 || cut == paragraph.length() - 1 || random.nextBoolean()) {
            return paragraph;
        }
        return paragraph.substring(0, cut) + "，" + paragraph.substring(cut + 1);
    }

    private static Score score(Aligner aligner, DocumentSegmenter segmenter, AlignParameters parameters, Path zhFile,
            Path enFile, Map<Integer, Integer> gold) throws IOException {
        SegmentedDocument zh = segmenter.segment(zhFile, null, null);
        SegmentedDocument en = segmenter.segment(enFile, null, null);
        Map<Integer, Integer> enOrdinal = new HashMap<>();
        List<String> enLines = Files.readAllLines(enFile, StandardCharsets.UTF_8);
        int ordinal = 0;
        for (int i = 0; i < enLines.size(); i++) {
            if (!enLines.get(i).strip().isEmpty()) {
                enOrdinal.put(i + 1, ++ordinal);
            }
        }
        Alignment alignment = aligner.align(zh.sentences(), en.sentences(), parameters);
        Score score = new Score();
        for (Bead bead : alignment.beads()) {
            for (Sentence s : bead.zh()) {
                Integer want = gold.get(s.firstLine());
                if (want == null) {
                    continue; // a line the article reader made from markup, not a paragraph
                }
                boolean paired = !bead.en().isEmpty();
                if (want == 0) {
                    score.framing++;
                    score.framingUnaligned += paired ? 0 : 1;
                    if (paired && SHOW_WRONG) {
                        show(zhFile, "framing paired", s, bead, enOrdinal);
                    }
                    continue;
                }
                score.translated++;
                if (paired && bead.en().stream().anyMatch(e -> covers(e, want, enOrdinal))) {
                    score.right++;
                } else if (SHOW_WRONG) {
                    show(zhFile, "wrong (gold " + want + ")", s, bead, enOrdinal);
                }
            }
        }
        return score;
    }

    /** With {@code -Dbench.show=true}, each wrong pair is printed (to the console only, never stored). */
    private static final boolean SHOW_WRONG = Boolean.getBoolean("bench.show");

    private static void show(Path zhFile, String what, Sentence s, Bead bead, Map<Integer, Integer> enOrdinal) {
        StringBuilder en = new StringBuilder();
        for (Sentence e : bead.en()) {
            en.append(" [").append(enOrdinal.get(e.firstLine())).append("] ").append(e.text());
        }
        System.out.printf(Locale.ROOT, "%s L%d %s (%.2f): %s%n    ->%s%n", zhFile.getFileName(), s.firstLine(), what,
                bead.score(), s.text(), en.length() == 0 ? " (unaligned)" : en);
    }

    private static boolean covers(Sentence en, int paragraph, Map<Integer, Integer> enOrdinal) {
        for (int line = en.firstLine(); line <= en.lastLine(); line++) {
            Integer o = enOrdinal.get(line);
            if (o != null && o == paragraph) {
                return true;
            }
        }
        return false;
    }

    static final class Score {
        int translated;
        int right;
        int framing;
        int framingUnaligned;

        void add(Score other) {
            translated += other.translated;
            right += other.right;
            framing += other.framing;
            framingUnaligned += other.framingUnaligned;
        }

        @Override
        public String toString() {
            String s = String.format(Locale.ROOT, "translated %d/%d = %.3f", right, translated,
                    (double) right / Math.max(1, translated));
            if (framing > 0) {
                s += String.format(Locale.ROOT, "; translator's framing unaligned %d/%d", framingUnaligned, framing);
            }
            return s;
        }
    }
}
