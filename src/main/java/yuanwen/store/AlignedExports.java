package yuanwen.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import yuanwen.align.Vecalign;
import yuanwen.read.Speaker;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Span;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.text.Json;
import yuanwen.text.XmlOutput;

/**
 * An alignment in the formats other tools read: TMX 1.4b for CAT tools (OmegaT, Trados), TSV for
 * spreadsheets, and Vecalign's bead lines for aligner benchmarks. Rejected pairs are left out of
 * TMX and TSV, and count as unaligned in beads.
 */
public final class AlignedExports {

    private AlignedExports() {
    }

    /**
     * The language tag of the Chinese, from the script recorded at align time: {@code zh-CN} for
     * simplified, {@code zh-TW} for traditional with Taiwan phrasing, {@code zh-HK} with Hong Kong
     * phrasing, {@code zh-Hant} for other traditional text, {@code zh} when it was mixed or could not be told.
     */
    public static String zhLanguage(AlignmentFile document) {
        String script = document.zh().script();
        return switch (script == null ? "" : script) {
            case "simplified" -> "zh-CN";
            case "traditional-taiwan" -> "zh-TW";
            case "traditional-hongkong" -> "zh-HK";
            case "traditional" -> "zh-Hant";
            default -> "zh";
        };
    }

    /**
     * TMX 1.4b; English is the source language (it is the original).
     *
     * @param zhLanguage the Chinese language tag, or null for {@link #zhLanguage(AlignmentFile)}
     */
    public static String tmx(AlignmentFile document, String zhLanguage) {
        return tmx(List.of(document), zhLanguage);
    }

    /**
     * Many alignments in one TMX 1.4b (a corpus): their pairs in the order given, each unit's
     * {@code tuid} led by its alignment's name, the Chinese tagged after each alignment's script.
     *
     * @param zhLanguage the Chinese language tag for all, or null for each one's {@link #zhLanguage(AlignmentFile)}
     */
    public static String tmx(List<AlignmentFile> documents, String zhLanguage) {
        return XmlOutput.document(xml -> {
            xml.start("tmx").attribute("version", "1.4");
            xml.empty("header").attribute("creationtool", "Yuanwen").attribute("creationtoolversion", "0.1")
                    .attribute("segtype", "sentence").attribute("o-tmf", "yuanwen-json").attribute("adminlang", "en")
                    .attribute("srclang", "en").attribute("datatype", "plaintext");
            xml.start("body");
            for (AlignmentFile document : documents) {
                String zhTag = zhLanguage != null ? zhLanguage : zhLanguage(document);
                for (Link link : document.links()) {
                    if (link.status() == Status.REJECTED) {
                        continue;
                    }
                    Span zh = document.zhSpan(link);
                    Span en = document.enSpan(link);
                    xml.start("tu").attribute("tuid", document.name() + "-" + link.id());
                    prop(xml, "x-score", score(link));
                    prop(xml, "x-bead", link.type());
                    prop(xml, "x-status", link.status().label());
                    if (en.start() != null) {
                        prop(xml, "x-start", seconds(en.start()));
                        prop(xml, "x-end", seconds(en.end()));
                    }
                    String speaker = speakerName(zh, en);
                    if (speaker != null) {
                        prop(xml, "x-speaker", speaker);
                    }
                    if (en.speaker() != null && en.speaker().turn() != null) {
                        prop(xml, "x-turn", String.valueOf(en.speaker().turn()));
                    }
                    prop(xml, "x-source-lines", "zh " + lines(zh) + "; en " + lines(en));
                    if (document.en().video() != null) {
                        prop(xml, "x-video", document.en().video());
                    }
                    xml.start("tuv").language("en").element("seg", en.text()).end();
                    xml.start("tuv").language(zhTag).element("seg", zh.text()).end();
                    xml.end();
                }
            }
            xml.end().end();
        });
    }

    /** One row per pair: id, status, score, bead, zh, en, line ranges, times, speaker, English turn. */
    public static String tsv(AlignmentFile document) {
        StringBuilder tsv = new StringBuilder(TSV_HEADER);
        rows(document, "", tsv);
        return tsv.toString();
    }

    /** Many alignments in one TSV: the single export's columns led by the alignment's name. */
    public static String tsv(List<AlignmentFile> documents) {
        StringBuilder tsv = new StringBuilder("name\t" + TSV_HEADER);
        for (AlignmentFile document : documents) {
            rows(document, cell(document.name()) + "\t", tsv);
        }
        return tsv.toString();
    }

    private static final String TSV_HEADER =
            "id\tstatus\tscore\tbead\tzh\ten\tzh_lines\ten_lines\tstart\tend\tspeaker\tturn\n";

    private static void rows(AlignmentFile document, String lead, StringBuilder tsv) {
        for (Link link : document.links()) {
            if (link.status() == Status.REJECTED) {
                continue;
            }
            Span zh = document.zhSpan(link);
            Span en = document.enSpan(link);
            Integer turn = en.speaker() == null ? null : en.speaker().turn();
            tsv.append(lead).append(String.join("\t", link.id(), link.status().label(), score(link), link.type(),
                    cell(zh.text()), cell(en.text()), lines(zh), lines(en),
                    en.start() == null ? "" : seconds(en.start()), en.end() == null ? "" : seconds(en.end()),
                    cell(speakerName(zh, en)), turn == null ? "" : turn.toString())).append('\n');
        }
    }

    /**
     * One aligned pair of a corpus with where it comes from: a JSON Lines record of
     * {@code pairs export --format jsonl} and a row of the Spark job's Parquet table.
     *
     * @param name     the alignment's name
     * @param id       the pair's id in it
     * @param zhIds    Chinese sentence ids (0-based)
     * @param enIds    English sentence ids
     * @param bead     e.g. {@code 1-2}
     * @param score    0–1, calibrated
     * @param status   auto, accepted or edited (rejected pairs are left out)
     * @param zh       the Chinese text
     * @param en       the English text
     * @param zhSource the Chinese file's path as recorded
     * @param enSource the English file's path as recorded
     * @param video    the English source's video URL, or null
     * @param start    start time in seconds for timed sources, else null
     * @param end      end time in seconds, else null
     * @param speaker  who speaks (a name), or null
     */
    @JsonPropertyOrder({"name", "id", "zhIds", "enIds", "bead", "score", "status",
            "zh", "en", "zhSource", "enSource", "video", "start", "end", "speaker"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CorpusPair(String name, String id, List<Integer> zhIds, List<Integer> enIds, String bead,
                             double score, String status, String zh, String en, String zhSource, String enSource,
                             String video, Double start, Double end, String speaker) {
    }

    /** The pairs of one alignment as corpus records, rejected ones left out, in Chinese order. */
    public static List<CorpusPair> corpusPairs(AlignmentFile document) {
        List<CorpusPair> pairs = new ArrayList<>();
        for (Link link : document.links()) {
            if (link.status() == Status.REJECTED) {
                continue;
            }
            Span zh = document.zhSpan(link);
            Span en = document.enSpan(link);
            pairs.add(new CorpusPair(document.name(), link.id(), link.zh(), link.en(), link.type(), link.score(),
                    link.status().label(), zh.text(), en.text(), document.zh().path(), document.en().path(),
                    document.en().video(), en.start(), en.end(), speakerName(zh, en)));
        }
        return pairs;
    }

    /** JSON Lines: one {@link CorpusPair} a line, alignment after alignment. */
    public static String jsonLines(List<AlignmentFile> documents) {
        ObjectWriter writer = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
        StringBuilder out = new StringBuilder();
        for (AlignmentFile document : documents) {
            for (CorpusPair pair : corpusPairs(document)) {
                out.append(writer.writeValueAsString(pair)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Vecalign beads, one per line, {@code [zh ids]:[en ids]} with 0-based sentence ids, in document
     * order; sentences without a counterpart (rejected pairs' included) appear as {@code [i]:[]} and
     * {@code []:[j]}, every sentence once.
     */
    public static String beads(AlignmentFile document) {
        record Bead(List<Integer> zh, List<Integer> en, double position) {
        }
        List<Bead> beads = new ArrayList<>();
        List<Bead> aligned = new ArrayList<>();
        for (Link link : document.links()) {
            if (link.status() != Status.REJECTED) {
                Bead bead = new Bead(link.zh(), link.en(), link.zh().get(0));
                beads.add(bead);
                aligned.add(bead);
            }
        }
        document.uncovered(document.zh(), true, AlignedExports::counts)
                .forEach(id -> beads.add(new Bead(List.of(id), List.of(), id)));
        // An English sentence with no Chinese goes right after the last bead whose English precedes it.
        for (int id : document.uncovered(document.en(), false, AlignedExports::counts)) {
            double position = -0.5;
            for (Bead b : aligned) {
                if (b.en().get(b.en().size() - 1) < id) {
                    position = Math.max(position, b.position() + 0.5);
                }
            }
            beads.add(new Bead(List.of(), List.of(id), position));
        }
        beads.sort(Comparator.comparingDouble(Bead::position)
                .thenComparing(b -> b.en().isEmpty() ? Integer.MAX_VALUE : b.en().get(0)));
        StringBuilder out = new StringBuilder();
        for (Bead b : beads) {
            out.append(Vecalign.bead(b.zh(), b.en())).append('\n');
        }
        return out.toString();
    }

    /** Whether a link pairs its sentences in exports: all but rejected ones. */
    private static boolean counts(Link link) {
        return link.status() != Status.REJECTED;
    }

    /**
     * Who speaks, as a name: the English source's name for the speaker, else the Chinese article's
     * label (主持人Brad); null when neither names anyone (a turn number alone is no name).
     */
    private static String speakerName(Span zh, Span en) {
        Speaker english = en.speaker();
        if (english != null && english.name() != null) {
            return english.name();
        }
        return zh.speaker() == null ? null : zh.speaker().name();
    }

    private static void prop(XmlOutput xml, String type, String value) {
        xml.element("prop", "type", type, value);
    }

    private static String score(Link link) {
        return String.format(Locale.ROOT, "%.4f", link.score());
    }

    private static String lines(Span span) {
        return span.firstLine() == span.lastLine() ? String.valueOf(span.firstLine())
                : span.firstLine() + "-" + span.lastLine();
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
