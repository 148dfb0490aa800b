package yuanwen.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import tools.jackson.databind.SerializationFeature;
import yuanwen.read.Article;
import yuanwen.read.ArticleBlock;
import yuanwen.read.ArticleReader;
import yuanwen.read.Speaker;
import yuanwen.read.VideoReference;
import yuanwen.script.Conversions;
import yuanwen.store.AlignmentFile.Evidence;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;
import yuanwen.store.AlignmentFile;
import yuanwen.text.BadInputException;
import yuanwen.text.Json;
import yuanwen.text.Sha256;
import yuanwen.text.TextDecoder;
import yuanwen.web.EvidenceMarks.Piece;
import yuanwen.web.EvidenceMarks.Surface;

/**
 * An alignment as the review page shows it: rows in document order, each a pair (its Chinese
 * beside its English) or a sentence no pair holds, in its place. Everything the template prints
 * comes from here; the template only lays it out.
 *
 * @param name     the alignment's name
 * @param zhPath   the Chinese source as recorded
 * @param enPath   the English source as recorded
 * @param video    the video the English times refer to, or null
 * @param rows     the rows in document order
 * @param speakers every speaker of either side, sorted, for the filter
 * @param summary  pairs, and the sentences no pair holds, counted
 */
public record ReviewView(String name, String zhPath, String enPath, String video, List<Row> rows, List<String> speakers,
                  String summary) {

    /** Score bands the colours follow: the calibrated score is about the chance the pair is right. */
    static final double[] BANDS = {0.2, 0.4, 0.6, 0.8};

    /**
     * One row of the page.
     *
     * @param id       the pair's id ({@code p12}), or {@code zh5} / {@code en7} for a sentence no pair holds
     * @param kind     pair, zh (Chinese only) or en (English only)
     * @param order    position in document order (the weakest-first filter sorts, and this sorts back)
     * @param score    the calibrated score, or -1 for a lone sentence
     * @param band     0 (weakest) to 4 (strongest), or -1 for a lone sentence
     * @param type     bead type, e.g. 2-1, or null
     * @param status   auto, accepted, rejected or edited, or null
     * @param zh       Chinese sentences of the row
     * @param en       English sentences of the row
     * @param time     the English time range as shown ({@code 00:01:01–00:01:08}), or null
     * @param start    the English start in whole seconds (what the video link starts at), or -1
     * @param timeLink the link into the video at the start, or null
     * @param evidence the pair's evidence as stored, strongest first
     * @param speakers the speakers in the row, joined by |, for the filter
     * @param otherScript the row's Chinese in the other script (traditional for a simplified
     *                 article, simplified for a traditional one), so that the search box finds it
     *                 typed in either; "" when there is none
     */
    public record Row(String id, String kind, int order, double score, int band, String type, String status,
               List<Line> zh, List<Line> en, String time, long start, String timeLink, List<Clue> evidence,
               String speakers, String otherScript) {

        /** The row's classes: its kind, score band and status ({@code lone} for a lone sentence). */
        public String classes() {
            return "row " + kind + " b" + band + " " + (status == null ? "lone" : status);
        }

        public boolean pair() {
            return kind.equals("pair");
        }

        public String scoreText() {
            return score < 0 ? "" : String.format(Locale.ROOT, "%.2f", score);
        }

        public String zhIds() {
            return ids(zh);
        }

        public String enIds() {
            return ids(en);
        }

        private static String ids(List<Line> lines) {
            StringBuilder out = new StringBuilder();
            lines.forEach(l -> out.append(out.isEmpty() ? "" : ",").append(l.id()));
            return out.toString();
        }
    }

    /**
     * One sentence.
     *
     * @param id      its id in its side's table
     * @param speaker the speaker, shown where it changes from the sentence before on that side; else null
     * @param heading whether the article has it as a heading
     * @param pieces  its text, with the evidence marked
     */
    public record Line(int id, String speaker, boolean heading, List<Piece> pieces) {
    }

    /**
     * One piece of evidence as listed.
     *
     * @param index  its position in the pair's list (the marks in the text name it)
     * @param kind   glossary, number, lexical, …
     * @param zh     the Chinese surface, or ""
     * @param en     the English surface, or ""
     * @param weight its signed weight, e.g. {@code +0.120}
     */
    public record Clue(int index, String kind, String zh, String en, String weight) {
    }

    /**
     * Every pair's evidence, for the list the page shows on hover or focus: a JSON object from row
     * id to {@code [[kind, zh, en, weight], …]}, safe inside a {@code <script>} element (every
     * {@code <}, {@code >} and {@code &} is escaped as a JSON unicode escape, so no text from the
     * files can close the element). Kept out of the rows: as 9,000 list items the interview's
     * evidence was 60% of the page's HTML and most of its elements.
     */
    public String evidenceJson() {
        Map<String, List<List<String>>> byRow = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.evidence().isEmpty()) {
                byRow.put(row.id(), row.evidence().stream().map(c -> List.of(c.kind(), c.zh(), c.en(), c.weight())).toList());
            }
        }
        String json = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(byRow);
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** The view of {@code file}, with the Chinese headings read from its article when it is still there unchanged. */
    static ReviewView of(AlignmentFile file) {
        UnaryOperator<String> t2s = Conversions.standard().get("t2s")::convert;
        UnaryOperator<String> s2t = Conversions.standard().get("s2t")::convert;
        BitSet headings = headings(file.zh());
        EvidenceMarks marks = new EvidenceMarks(t2s);
        List<Link> links = file.links();
        BitSet zhHeld = new BitSet();
        BitSet enHeld = new BitSet();
        // A rejected pair is shown as a row of its own, struck through: its sentences are not
        // shown again as lone sentences.
        BitSet zhShown = new BitSet();
        BitSet enShown = new BitSet();
        for (Link link : links) {
            if (link.status() != Status.REJECTED) {
                link.zh().forEach(zhHeld::set);
                link.en().forEach(enHeld::set);
            }
            link.zh().forEach(zhShown::set);
            link.en().forEach(enShown::set);
        }
        // Rows: pairs and lone Chinese sentences in Chinese order; a lone English sentence goes
        // before the first row whose English comes after it.
        List<Object[]> zhOrdered = new ArrayList<>();
        int next = 0;
        for (Link link : links) {
            for (; next < link.zh().get(0); next++) {
                if (!zhShown.get(next)) {
                    zhOrdered.add(new Object[] {"zh", next});
                }
            }
            zhOrdered.add(new Object[] {"pair", link});
            next = Math.max(next, link.zh().get(link.zh().size() - 1) + 1);
        }
        for (; next < file.zh().sentences().size(); next++) {
            if (!zhShown.get(next)) {
                zhOrdered.add(new Object[] {"zh", next});
            }
        }
        List<Integer> loneEn = new ArrayList<>();
        for (int id = enShown.nextClearBit(0); id < file.en().sentences().size(); id = enShown.nextClearBit(id + 1)) {
            loneEn.add(id);
        }
        Speakers zhSpeakers = new Speakers();
        Speakers enSpeakers = new Speakers();
        Set<String> allSpeakers = new TreeSet<>();
        List<Row> rows = new ArrayList<>();
        int lone = 0;
        for (Object[] item : zhOrdered) {
            if (item[0].equals("pair")) {
                Link link = (Link) item[1];
                if (link.status() != Status.REJECTED) {
                    int firstEn = link.en().get(0);
                    while (lone < loneEn.size() && loneEn.get(lone) < firstEn) {
                        rows.add(loneEnglish(file, loneEn.get(lone++), rows.size(), enSpeakers, allSpeakers, s2t, t2s));
                    }
                }
                rows.add(pair(file, link, rows.size(), headings, marks, zhSpeakers, enSpeakers, allSpeakers, s2t, t2s));
            } else {
                int id = (Integer) item[1];
                Line line = line(file.zh(), id, headings, List.of(), marks, false, zhSpeakers);
                rows.add(new Row("zh" + id, "zh", rows.size(), -1, -1, null, null, List.of(line), List.of(), null, -1,
                        null, List.of(), speakersOf(file.zh(), List.of(id), allSpeakers),
                        otherScript(file.zh(), List.of(id), s2t, t2s)));
            }
        }
        while (lone < loneEn.size()) {
            rows.add(loneEnglish(file, loneEn.get(lone++), rows.size(), enSpeakers, allSpeakers, s2t, t2s));
        }
        int pairs = (int) links.stream().filter(l -> l.status() != Status.REJECTED).count();
        int rejected = links.size() - pairs;
        String summary = String.format(Locale.ROOT, "%d pairs%s; %d of %d Chinese and %d of %d English sentences unaligned",
                pairs, rejected == 0 ? "" : " (and " + rejected + " rejected)",
                file.zh().sentences().size() - zhHeld.cardinality(), file.zh().sentences().size(),
                file.en().sentences().size() - enHeld.cardinality(), file.en().sentences().size());
        return new ReviewView(file.name(), file.zh().path(), file.en().path(), file.en().video(), List.copyOf(rows),
                List.copyOf(allSpeakers), summary);
    }

    private static Row pair(AlignmentFile file, Link link, int order, BitSet headings, EvidenceMarks marks,
                            Speakers zhSpeakers, Speakers enSpeakers, Set<String> allSpeakers,
                            UnaryOperator<String> s2t, UnaryOperator<String> t2s) {
        List<Surface> zhSurfaces = new ArrayList<>();
        List<Surface> enSurfaces = new ArrayList<>();
        List<Clue> clues = new ArrayList<>();
        for (int k = 0; k < link.evidence().size(); k++) {
            Evidence e = link.evidence().get(k);
            // Length and speaker are about the whole pair: listed, not marked in the text.
            boolean textual = !e.kind().equals("length") && !e.kind().equals("speaker");
            if (textual && e.zh() != null) {
                zhSurfaces.add(new Surface(e.zh(), e.kind(), k));
            }
            if (textual && e.en() != null) {
                enSurfaces.add(new Surface(e.en(), e.kind(), k));
            }
            clues.add(new Clue(k, e.kind(), e.zh() == null ? "" : e.zh(), e.en() == null ? "" : e.en(),
                    String.format(Locale.ROOT, "%+.3f", e.weight())));
        }
        List<Line> zh = new ArrayList<>();
        for (int id : link.zh()) {
            zh.add(line(file.zh(), id, headings, zhSurfaces, marks, false, zhSpeakers));
        }
        List<Line> en = new ArrayList<>();
        for (int id : link.en()) {
            en.add(line(file.en(), id, new BitSet(), enSurfaces, marks, true, enSpeakers));
        }
        StoredSentence first = file.en().sentences().get(link.en().get(0));
        StoredSentence last = file.en().sentences().get(link.en().get(link.en().size() - 1));
        String time = null;
        long start = -1;
        String timeLink = null;
        if (first.start() != null && last.end() != null) {
            time = clock(first.start()) + "–" + clock(last.end());
            start = (long) Math.floor(first.start());
            timeLink = file.en().video() == null ? null : VideoReference.at(file.en().video(), first.start());
        }
        String speakers = speakersOf(file.zh(), link.zh(), allSpeakers) + "|" + speakersOf(file.en(), link.en(), allSpeakers);
        int band = 0;
        while (band < BANDS.length && link.score() >= BANDS[band]) {
            band++;
        }
        return new Row(link.id(), "pair", order, link.score(), band, link.type(), link.status().label(), zh, en, time,
                start, timeLink, clues, speakers, otherScript(file.zh(), link.zh(), s2t, t2s));
    }

    private static Row loneEnglish(AlignmentFile file, int id, int order, Speakers enSpeakers, Set<String> allSpeakers,
                                   UnaryOperator<String> s2t, UnaryOperator<String> t2s) {
        StoredSentence sentence = file.en().sentences().get(id);
        Line line = line(file.en(), id, new BitSet(), List.of(), null, true, enSpeakers);
        String time = null;
        long start = -1;
        String timeLink = null;
        if (sentence.start() != null) {
            time = clock(sentence.start()) + "–" + clock(sentence.end());
            start = (long) Math.floor(sentence.start());
            timeLink = file.en().video() == null ? null : VideoReference.at(file.en().video(), sentence.start());
        }
        return new Row("en" + id, "en", order, -1, -1, null, null, List.of(), List.of(line), time, start, timeLink,
                List.of(), speakersOf(file.en(), List.of(id), allSpeakers), "");
    }

    private static Line line(Side side, int id, BitSet headings, List<Surface> surfaces, EvidenceMarks marks,
                             boolean english, Speakers speakers) {
        StoredSentence sentence = side.sentences().get(id);
        String speaker = speakers.changed(sentence.speaker() == null ? null : sentence.speaker().shown(), english
                ? sentence.speaker() == null ? null : sentence.speaker().turn() : null);
        List<Piece> pieces = marks == null || surfaces.isEmpty() ? List.of(new Piece(sentence.text(), null, null))
                : marks.pieces(sentence.text(), surfaces, english);
        return new Line(id, speaker, headings.get(id), pieces);
    }

    /** Shows a speaker where it changes from the sentence before on the same side. */
    private static final class Speakers {
        private String lastName;
        private Integer lastTurn;

        String changed(String name, Integer turn) {
            boolean same = java.util.Objects.equals(name, lastName) && java.util.Objects.equals(turn, lastTurn);
            lastName = name;
            lastTurn = turn;
            return same ? null : name;
        }
    }

    private static String speakersOf(Side side, List<Integer> ids, Set<String> all) {
        Set<String> names = new LinkedHashSet<>();
        for (int id : ids) {
            Speaker speaker = side.sentences().get(id).speaker();
            if (speaker != null) {
                names.add(speaker.shown());
            }
        }
        all.addAll(names);
        return String.join("|", names);
    }

    /**
     * The Chinese in the other script, or "" (the search box finds the text as shown itself). The
     * article's recorded script says which way to convert: one conversion a row, where trying t2s
     * first and then s2t made conversion 13% of the view's CPU time on the interview; a mixed or
     * undetermined article still tries both.
     */
    private static String otherScript(Side zh, List<Integer> ids, UnaryOperator<String> s2t, UnaryOperator<String> t2s) {
        StringBuilder chinese = new StringBuilder();
        ids.forEach(id -> chinese.append(zh.sentences().get(id).text()));
        String text = chinese.toString();
        String script = zh.script() == null ? "" : zh.script();
        String other;
        if (script.equals("simplified")) {
            other = s2t.apply(text);
        } else if (script.startsWith("traditional")) {
            other = t2s.apply(text);
        } else {
            String simplified = t2s.apply(text);
            other = simplified.equals(text) ? s2t.apply(text) : simplified;
        }
        return other.equals(text) ? "" : other;
    }

    /**
     * The Chinese sentences that are headings of the article: read from the article at its
     * recorded path when it still has the recorded content (else none are known).
     */
    static BitSet headings(Side zh) {
        BitSet headings = new BitSet();
        Path path = Path.of(zh.path());
        if (AlignmentFile.PRE_SPLIT_FORMAT.equals(zh.format()) || !Files.isRegularFile(path)) {
            return headings;
        }
        try {
            if (!Sha256.of(path).equals(zh.sha256())) {
                return headings;
            }
            List<int[]> ranges = HEADING_RANGES.computeIfAbsent(zh.sha256(), sha -> headingRanges(path));
            List<StoredSentence> sentences = zh.sentences();
            for (int id = 0; id < sentences.size(); id++) {
                int at = sentences.get(id).startOffset();
                for (int[] range : ranges) {
                    if (at >= range[0] && at < range[1]) {
                        headings.set(id);
                    }
                }
            }
        } catch (BadInputException e) {
            return new BitSet();
        }
        return headings;
    }

    /**
     * The heading ranges of the articles read so far, by the SHA-256 of their bytes (what they are
     * depends on those bytes only): reading the article again for each page a review server
     * renders was a tenth of the view's CPU time on the interview. A few articles at the most.
     */
    private static final Map<String, List<int[]>> HEADING_RANGES = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<int[]>> eldest) {
                    return size() > 4;
                }
            });

    /** Where the article's headings are, as source offsets [start, end). */
    private static List<int[]> headingRanges(Path path) {
        Article article = new ArticleReader(Conversions.standard().get("tw2sp")::convert)
                .read(path, TextDecoder.read(path).text());
        List<int[]> ranges = new ArrayList<>();
        for (ArticleBlock block : article.blocks()) {
            if (block.kind() == ArticleBlock.Kind.HEADING && !block.text().isEmpty()) {
                ranges.add(new int[] {block.sourceStart(0), block.sourceEnd(block.text().length() - 1)});
            }
        }
        return List.copyOf(ranges);
    }

    /** {@code 01:02:03} */
    static String clock(double seconds) {
        long whole = (long) Math.floor(seconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }
}
