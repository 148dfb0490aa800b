package yuanwen.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import yuanwen.align.Alignment;
import yuanwen.align.Bead;
import yuanwen.align.Evidence;
import yuanwen.read.SourceSpan;
import yuanwen.read.TimeRange;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignmentFile.GlossaryInfo;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;

/**
 * Between the aligner's types and the stored form: sentences to sentence tables and back, beads to
 * links, evidence to its stored spelling.
 */
public final class AlignmentRecord {

    /** What a reviewer said of a pair before, looked up by its sentence ids. */
    @FunctionalInterface
    public interface Statuses {
        Status of(List<Integer> zhIds, List<Integer> enIds);

        Statuses AUTO = (zh, en) -> Status.AUTO;
    }

    private AlignmentRecord() {
    }

    /** The stored alignment of {@code alignment}, whose beads cover the sentences of both sides. */
    public static AlignmentFile of(String name, Side zh, Side en, GlossaryInfo glossary,
                                   Map<String, Object> parameters, Alignment alignment, Statuses statuses) {
        List<Link> links = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            if (bead.aligned()) {
                List<Integer> zhIds = bead.zh().stream().map(Sentence::index).toList();
                List<Integer> enIds = bead.en().stream().map(Sentence::index).toList();
                links.add(Link.of(zhIds, enIds, bead.score(), statuses.of(zhIds, enIds), evidence(bead.evidence())));
            }
        }
        return new AlignmentFile(AlignmentFile.SCHEMA_VERSION, name, zh, en, glossary, parameters, links);
    }

    /** The sentence table of one side. */
    public static List<StoredSentence> table(List<Sentence> sentences) {
        List<StoredSentence> table = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.index() != k) {
                throw new IllegalArgumentException("sentence " + k + " has index " + s.index());
            }
            table.add(new StoredSentence(s.text(), s.speaker(), List.of(s.firstLine(), s.lastLine()),
                    List.of(s.startOffset(), s.endOffset()), s.timed() ? List.of(s.start(), s.end()) : null));
        }
        return table;
    }

    /** The sentences of a stored side as the aligner takes them. */
    public static List<Sentence> sentences(Side side) {
        List<Sentence> sentences = new ArrayList<>(side.sentences().size());
        for (StoredSentence s : side.sentences()) {
            sentences.add(new Sentence(sentences.size(), s.text(), s.speaker(),
                    new SourceSpan(s.firstLine(), s.lastLine(), s.startOffset(), s.endOffset()),
                    TimeRange.of(s.start(), s.end())));
        }
        return sentences;
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
    public static List<AlignmentFile.Evidence> evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> new AlignmentFile.Evidence(e.kind().label(), e.zh(), e.en(), e.weight()))
                .toList();
    }
}
