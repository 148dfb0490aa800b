package yuanwen.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedDocument.Span;
import yuanwen.store.AlignedDocument.Status;

/**
 * An alignment in the formats other tools read: TMX 1.4b for CAT tools (OmegaT, Trados), TSV for
 * spreadsheets, and Vecalign's bead lines for aligner benchmarks. Rejected pairs are left out of
 * TMX and TSV, and count as unaligned in beads.
 */
public final class AlignedExports {

    private AlignedExports() {
    }

    /** TMX 1.4b; English is the source language (it is the original), {@code zhLanguage} e.g. zh-CN. */
    public static String tmx(AlignedDocument document, String zhLanguage) {
        StringBuilder tmx = new StringBuilder();
        tmx.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        tmx.append("<tmx version=\"1.4\">\n");
        tmx.append("  <header creationtool=\"Yuanwen\" creationtoolversion=\"0.1\" segtype=\"sentence\"")
                .append(" o-tmf=\"yuanwen-json\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n");
        tmx.append("  <body>\n");
        for (Pair pair : document.pairs()) {
            if (pair.status() == Status.rejected) {
                continue;
            }
            tmx.append("    <tu tuid=\"").append(xml(document.name() + "-" + pair.id())).append("\">\n");
            prop(tmx, "x-score", String.format(Locale.ROOT, "%.4f", pair.score()));
            prop(tmx, "x-bead", pair.bead());
            prop(tmx, "x-status", pair.status().name());
            if (pair.en().start() != null) {
                prop(tmx, "x-start", seconds(pair.en().start()));
                prop(tmx, "x-end", seconds(pair.en().end()));
            }
            if (pair.en().speaker() != null) {
                prop(tmx, "x-speaker", pair.en().speaker());
            } else if (pair.zh().speaker() != null) {
                prop(tmx, "x-speaker", pair.zh().speaker());
            }
            prop(tmx, "x-source-lines", "zh " + lines(pair.zh()) + "; en " + lines(pair.en()));
            tuv(tmx, "en", pair.en().text());
            tuv(tmx, zhLanguage, pair.zh().text());
            tmx.append("    </tu>\n");
        }
        tmx.append("  </body>\n</tmx>\n");
        return tmx.toString();
    }

    /** One row per pair: id, status, score, bead, zh, en, line ranges, times, speaker. */
    public static String tsv(AlignedDocument document) {
        StringBuilder tsv = new StringBuilder("id\tstatus\tscore\tbead\tzh\ten\tzh_lines\ten_lines\tstart\tend\tspeaker\n");
        for (Pair pair : document.pairs()) {
            if (pair.status() == Status.rejected) {
                continue;
            }
            String speaker = pair.en().speaker() != null ? pair.en().speaker() : pair.zh().speaker();
            tsv.append(String.join("\t", pair.id(), pair.status().name(),
                    String.format(Locale.ROOT, "%.4f", pair.score()), pair.bead(), cell(pair.zh().text()),
                    cell(pair.en().text()), lines(pair.zh()), lines(pair.en()),
                    pair.en().start() == null ? "" : seconds(pair.en().start()),
                    pair.en().end() == null ? "" : seconds(pair.en().end()), cell(speaker))).append('\n');
        }
        return tsv.toString();
    }

    /**
     * Vecalign beads, one per line, {@code [zh ids]:[en ids]} with 0-based sentence ids, in document
     * order; sentences without a counterpart appear as {@code [i]:[]} and {@code []:[j]}.
     */
    public static String beads(AlignedDocument document) {
        record Bead(List<Integer> zh, List<Integer> en, double position) {
        }
        List<Bead> beads = new ArrayList<>();
        List<Span> unalignedEn = new ArrayList<>(document.unalignedEn());
        for (Pair pair : document.pairs()) {
            double position = pair.zh().ids().get(0);
            if (pair.status() == Status.rejected) {
                pair.zh().ids().forEach(id -> beads.add(new Bead(List.of(id), List.of(), id)));
                unalignedEn.add(pair.en());
            } else {
                beads.add(new Bead(pair.zh().ids(), pair.en().ids(), position));
            }
        }
        document.unalignedZh().forEach(s -> s.ids().forEach(id -> beads.add(new Bead(List.of(id), List.of(), id))));
        // An English sentence with no Chinese goes right after the last bead whose English precedes it.
        List<Bead> aligned = beads.stream().filter(b -> !b.en().isEmpty()).toList();
        for (Span span : unalignedEn) {
            for (int id : span.ids()) {
                double position = -0.5;
                for (Bead b : aligned) {
                    if (b.en().get(b.en().size() - 1) < id) {
                        position = Math.max(position, b.position() + 0.5);
                    }
                }
                beads.add(new Bead(List.of(), List.of(id), position));
            }
        }
        beads.sort(Comparator.comparingDouble(Bead::position)
                .thenComparing(b -> b.en().isEmpty() ? Integer.MAX_VALUE : b.en().get(0)));
        StringBuilder out = new StringBuilder();
        for (Bead b : beads) {
            out.append(ids(b.zh())).append(':').append(ids(b.en())).append('\n');
        }
        return out.toString();
    }

    private static String ids(List<Integer> ids) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(ids.get(i));
        }
        return s.append(']').toString();
    }

    private static void prop(StringBuilder tmx, String type, String value) {
        tmx.append("      <prop type=\"").append(type).append("\">").append(xml(value)).append("</prop>\n");
    }

    private static void tuv(StringBuilder tmx, String language, String text) {
        tmx.append("      <tuv xml:lang=\"").append(xml(language)).append("\"><seg>").append(xml(text))
                .append("</seg></tuv>\n");
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

    static String xml(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
