package yuanwen.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import yuanwen.align.Alignment;
import yuanwen.align.Bead;
import yuanwen.align.Evidence;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignedDocument.GlossaryInfo;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedDocument.SourceInfo;
import yuanwen.store.AlignedDocument.Span;
import yuanwen.store.AlignedDocument.Status;

/** Turns the aligner's beads into the stored form: pairs with spans and evidence, and the unaligned rest. */
public final class AlignmentRecord {

    /** What a reviewer said of a pair before, looked up by its sentence ids. */
    @FunctionalInterface
    public interface Statuses {
        Status of(List<Integer> zhIds, List<Integer> enIds);

        Statuses AUTO = (zh, en) -> Status.auto;
    }

    private AlignmentRecord() {
    }

    public static AlignedDocument of(String name, SourceInfo zh, SourceInfo en, GlossaryInfo glossary,
                                     Map<String, Object> parameters, Alignment alignment, Statuses statuses) {
        List<Pair> pairs = new ArrayList<>();
        List<Span> unalignedZh = new ArrayList<>();
        List<Span> unalignedEn = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            if (bead.aligned()) {
                Span zhSpan = span(bead.zh(), "");
                Span enSpan = span(bead.en(), " ");
                pairs.add(new Pair(idOf(zhSpan), zhSpan, enSpan, bead.zh().size() + "-" + bead.en().size(),
                        bead.score(), evidence(bead.evidence()), statuses.of(zhSpan.ids(), enSpan.ids())));
            } else {
                bead.zh().forEach(s -> unalignedZh.add(span(List.of(s), "")));
                bead.en().forEach(s -> unalignedEn.add(span(List.of(s), " ")));
            }
        }
        return new AlignedDocument(AlignedDocument.SCHEMA_VERSION, name, zh, en, glossary, parameters, pairs,
                unalignedZh, unalignedEn);
    }

    /** A pair is named after its first Chinese sentence, which no other pair shares. */
    static String idOf(Span zh) {
        return "p" + zh.ids().get(0);
    }

    /**
     * Consecutive sentences as one span. Chinese sentences join without a space, English ones with
     * one; the speaker is the first sentence's, the time runs from the first start to the last end.
     */
    static Span span(List<Sentence> sentences, String separator) {
        Sentence first = sentences.get(0);
        Sentence last = sentences.get(sentences.size() - 1);
        List<Integer> ids = sentences.stream().map(Sentence::index).toList();
        return new Span(ids, joined(sentences, separator), first.speaker(), first.firstLine(), last.lastLine(),
                first.startOffset(), last.endOffset(), first.timed() ? first.start() : null,
                last.timed() ? last.end() : null);
    }

    /** The sentences' texts joined: Chinese with {@code ""}, English with {@code " "}. */
    public static String joined(List<Sentence> sentences, String separator) {
        StringBuilder text = new StringBuilder();
        for (Sentence s : sentences) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(s.text());
        }
        return text.toString();
    }

    /** The aligner's evidence as stored (kind spelled as in JSON, e.g. {@code number-mismatch}). */
    public static List<AlignedDocument.Evidence> evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> new AlignedDocument.Evidence(e.kind().label(), e.zh(), e.en(), e.weight()))
                .toList();
    }
}
