package yuanwen.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yuanwen.align.Alignment;
import yuanwen.align.Bead;
import yuanwen.align.Evidence;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignmentFile.GlossaryInfo;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Speaker;
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

    /**
     * How an English sentence's speaker comes from the segmenter today: its name, or
     * {@code "turn N"} when the source marks turns without names
     * ({@code EnglishSentenceSplitter.speakerOf}). This class is the one place that reads it back.
     */
    private static final Pattern TURN_ONLY = Pattern.compile("turn (\\d{1,9})");

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

    /**
     * The sentence table of one side. English speakers get their turn: the number the source gives
     * ({@code turn N}), or, where it names speakers, counted up at every change of name as the
     * readers count turns.
     */
    public static List<StoredSentence> table(List<Sentence> sentences, boolean english) {
        List<StoredSentence> table = new ArrayList<>(sentences.size());
        List<Speaker> speakers = english ? englishSpeakers(sentences.stream().map(Sentence::speaker).toList())
                : sentences.stream().map(s -> s.speaker() == null ? null : new Speaker(s.speaker(), null)).toList();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.index() != k) {
                throw new IllegalArgumentException("sentence " + k + " has index " + s.index());
            }
            table.add(new StoredSentence(s.text(), speakers.get(k), List.of(s.firstLine(), s.lastLine()),
                    List.of(s.startOffset(), s.endOffset()), s.timed() ? List.of(s.start(), s.end()) : null));
        }
        return table;
    }

    /** The speakers of English sentences in order, from the labels the segmenter gives them. */
    static List<Speaker> englishSpeakers(List<String> labels) {
        List<Speaker> speakers = new ArrayList<>(labels.size());
        int turn = 0;
        String previous = null;
        for (String label : labels) {
            if (label == null) {
                speakers.add(null);
                previous = null;
                continue;
            }
            Matcher turnOnly = TURN_ONLY.matcher(label);
            if (turnOnly.matches()) {
                turn = Integer.parseInt(turnOnly.group(1));
                speakers.add(new Speaker(null, turn));
            } else {
                if (turn == 0 || !label.equals(previous)) {
                    turn++;
                }
                speakers.add(new Speaker(label, turn));
            }
            previous = label;
        }
        return speakers;
    }

    /** The sentences of a stored side as the aligner takes them (speakers spelled as the segmenter spells them). */
    public static List<Sentence> sentences(Side side) {
        List<Sentence> sentences = new ArrayList<>(side.sentences().size());
        for (StoredSentence s : side.sentences()) {
            sentences.add(new Sentence(sentences.size(), s.text(), s.speaker() == null ? null : s.speaker().shown(),
                    s.firstLine(), s.lastLine(), s.startOffset(), s.endOffset(), s.start(), s.end()));
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
