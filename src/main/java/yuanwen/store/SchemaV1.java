package yuanwen.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yuanwen.read.SourceFormat;
import yuanwen.read.Speaker;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Language;
import yuanwen.segment.SegmentedDocument;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;
import yuanwen.text.BadInputException;
import yuanwen.text.Sha256;

/**
 * Schema version 1 of {@code aligned/NAME.json} (until 2026-12), read so that earlier alignments and
 * their reviews keep working; it is converted on load and written as version 2 on the next write.
 * Version 1 kept no sentence table: a pair held its sentences' text joined, and unaligned sentences
 * were listed apart. A span of one sentence gives that sentence exactly; the sentences of a longer
 * span are taken from the source file, which must still be at its recorded path with its recorded
 * SHA-256 (what {@code pairs edit} of version 1 needed too), or be given by the caller.
 */
final class SchemaV1 {

    static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(int schemaVersion, String name, SourceInfo zh, SourceInfo en, AlignmentFile.GlossaryInfo glossary,
                    Map<String, Object> parameters, List<Pair> pairs, List<Span> unalignedZh, List<Span> unalignedEn) {
    }

    record SourceInfo(String path, String sha256, String format, String script, String encoding, int sentences) {
    }

    record Span(List<Integer> ids, String text, String speaker, int firstLine, int lastLine, int startOffset,
                int endOffset, Double start, Double end) {
    }

    record Pair(String id, Span zh, Span en, String bead, double score, List<AlignmentFile.Evidence> evidence,
                Status status) {
    }

    /** The sentences of a source as the aligner made them, when they can be had. */
    @FunctionalInterface
    interface SentenceSource {
        /**
         * @param chinese whether {@code source} is the Chinese side
         * @return its sentences, or empty when the file is not at hand as it was
         */
        Optional<List<Sentence>> sentences(SourceInfo source, boolean chinese);
    }

    /** Reads the recorded path, if the file there still has the recorded SHA-256. */
    static final SentenceSource RECORDED_FILES = new SentenceSource() {
        private final DocumentSegmenter segmenter = new DocumentSegmenter();

        @Override
        public Optional<List<Sentence>> sentences(SourceInfo source, boolean chinese) {
            Path file = Path.of(source.path());
            if (!Files.isRegularFile(file) || !Sha256.of(file).equals(source.sha256())) {
                return Optional.empty();
            }
            SegmentedDocument read = AlignmentFile.PRE_SPLIT_FORMAT.equals(source.format()) ? segmenter.lines(file)
                    : chinese ? segmenter.segment(file, Language.ZH, null)
                    : segmenter.segment(file, Language.EN, SourceFormat.fromName(source.format()));
            return Optional.of(read.sentences());
        }
    };

    private SchemaV1() {
    }

    static AlignmentFile convert(Path file, Document v1, SentenceSource sources) {
        if (v1.zh() == null || v1.en() == null || v1.pairs() == null) {
            throw new BadInputException(file, "is missing \"zh\", \"en\" or \"pairs\"; fix it or move it away");
        }
        List<Span> unalignedZh = v1.unalignedZh() == null ? List.of() : v1.unalignedZh();
        List<Span> unalignedEn = v1.unalignedEn() == null ? List.of() : v1.unalignedEn();
        List<Span> zhSpans = new ArrayList<>(unalignedZh);
        List<Span> enSpans = new ArrayList<>(unalignedEn);
        for (Pair pair : v1.pairs()) {
            zhSpans.add(pair.zh());
            enSpans.add(pair.en());
        }
        Side zh = side(file, v1.zh(), zhSpans, true, sources);
        Side en = side(file, v1.en(), enSpans, false, sources);
        List<Link> links = new ArrayList<>();
        for (Pair pair : v1.pairs()) {
            links.add(new Link(pair.id(), pair.zh().ids(), pair.en().ids(), null, pair.score(), pair.status(),
                    pair.evidence() == null ? List.of() : pair.evidence()));
        }
        return new AlignmentFile(AlignmentFile.SCHEMA_VERSION, v1.name(), zh, en, v1.glossary(), v1.parameters(),
                links);
    }

    /** The sentence table of one side from the spans that mention its sentences. */
    private static Side side(Path file, SourceInfo info, List<Span> spans, boolean chinese, SentenceSource sources) {
        String[] labels = new String[info.sentences()];
        StoredSentence[] table = new StoredSentence[info.sentences()];
        List<Sentence> fromSource = null;
        for (Span span : spans) {
            if (span == null || span.ids() == null || span.ids().isEmpty()) {
                throw new BadInputException(file, "has a pair or span without sentence ids; fix it or move it away");
            }
            for (int id : span.ids()) {
                if (id < 0 || id >= table.length) {
                    throw new BadInputException(file, "names " + (chinese ? "Chinese" : "English") + " sentence " + id
                            + ", but its source has " + table.length + "; fix it or move it away");
                }
            }
            if (span.ids().size() == 1) {
                int id = span.ids().get(0);
                labels[id] = span.speaker();
                table[id] = new StoredSentence(span.text(), null, List.of(span.firstLine(), span.lastLine()),
                        List.of(span.startOffset(), span.endOffset()),
                        span.start() != null && span.end() != null ? List.of(span.start(), span.end()) : null);
                continue;
            }
            if (fromSource == null) {
                fromSource = sources.sentences(info, chinese).filter(s -> s.size() == table.length)
                        .orElseThrow(() -> new BadInputException(file, "is a schema 1 alignment, which keeps the "
                                + "sentences of a pair only joined; to tell them apart its source " + info.path()
                                + " is needed as it was (same SHA-256): put it back, or move this file away and run align again"));
            }
            String joined = AlignmentRecord.joined(fromSource.subList(span.ids().get(0),
                    span.ids().get(span.ids().size() - 1) + 1), chinese ? AlignmentFile.ZH_JOINER : AlignmentFile.EN_JOINER);
            if (!joined.equals(span.text())) {
                throw new BadInputException(file, "does not match its source " + info.path() + " at "
                        + (chinese ? "Chinese" : "English") + " sentences " + span.ids() + "; fix it or move it away");
            }
            for (int id : span.ids()) {
                Sentence s = fromSource.get(id);
                labels[id] = s.speaker() == null ? null : s.speaker().shown();
                table[id] = new StoredSentence(s.text(), null, List.of(s.firstLine(), s.lastLine()),
                        List.of(s.startOffset(), s.endOffset()), s.timed() ? List.of(s.start(), s.end()) : null);
            }
        }
        for (int id = 0; id < table.length; id++) {
            if (table[id] == null) {
                throw new BadInputException(file, "lists " + (chinese ? "Chinese" : "English") + " sentence " + id
                        + " nowhere (neither in a pair nor unaligned); fix it or move it away");
            }
        }
        List<Speaker> speakers = chinese ? null : englishSpeakers(Arrays.asList(labels));
        List<StoredSentence> sentences = new ArrayList<>(table.length);
        for (int id = 0; id < table.length; id++) {
            StoredSentence s = table[id];
            Speaker speaker = chinese ? (labels[id] == null ? null : new Speaker(labels[id], null)) : speakers.get(id);
            sentences.add(new StoredSentence(s.text(), speaker, s.lines(), s.offsets(), s.time()));
        }
        return new Side(info.path(), info.sha256(), info.format(), info.script(), info.encoding(), sentences);
    }

    /**
     * Schema 1 stored an English speaker as one string: its name, or {@code "turn N"} when the source
     * marks turns without names. Turns of named speakers are counted up at every change of name, as
     * the readers count them.
     */
    private static final Pattern TURN_ONLY = Pattern.compile("turn (\\d{1,9})");

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
}
