package yuanwen.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What {@code aligned/NAME.json} holds: both sources, how they were aligned, every pair with its
 * evidence and review status, and the sentences of either side that have no counterpart. Plain
 * data, so the file reads well in a diff and loads without the aligner.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param name          the alignment's name (the file's base name)
 * @param zh            the Chinese source
 * @param en            the English source
 * @param glossary      the glossary used, or null
 * @param parameters    the aligner's parameters, by name
 * @param pairs         the aligned pairs in Chinese order
 * @param unalignedZh   Chinese sentences with no English source
 * @param unalignedEn   English sentences no Chinese translates
 */
@JsonPropertyOrder({"schemaVersion", "name", "zh", "en", "glossary", "parameters", "pairs", "unalignedZh", "unalignedEn"})
public record AlignedDocument(int schemaVersion, String name, SourceInfo zh, SourceInfo en, GlossaryInfo glossary,
                              Map<String, Object> parameters, List<Pair> pairs, List<Span> unalignedZh,
                              List<Span> unalignedEn) {

    public static final int SCHEMA_VERSION = 1;

    public AlignedDocument {
        pairs = List.copyOf(pairs);
        unalignedZh = List.copyOf(unalignedZh);
        unalignedEn = List.copyOf(unalignedEn);
    }

    /** Review status of a pair: set by the aligner, or by the user. */
    public enum Status {
        auto, accepted, rejected, edited
    }

    /**
     * One source file.
     *
     * @param path      as given by the user
     * @param sha256    of its bytes, to tell whether a re-run sees the same file
     * @param format    article, plain, transcript, srt, vtt or whisper
     * @param script    simplified, traditional, … for Chinese; null for English
     * @param encoding  how its bytes were decoded
     * @param sentences how many sentences it has
     */
    @JsonPropertyOrder({"path", "sha256", "format", "script", "encoding", "sentences"})
    public record SourceInfo(String path, String sha256, String format, String script, String encoding,
                             int sentences) {
    }

    /** The glossary used: its path, content hash and size. */
    @JsonPropertyOrder({"path", "sha256", "entries"})
    public record GlossaryInfo(String path, String sha256, int entries) {
    }

    /**
     * Consecutive sentences of one side.
     *
     * @param ids         0-based sentence indexes
     * @param text        the sentences' original text (traditional stays traditional)
     * @param speaker     the speaker, or null
     * @param firstLine   1-based first line in the source file
     * @param lastLine    1-based last line
     * @param startOffset character offset in the decoded file
     * @param endOffset   offset just past the span
     * @param start       start time in seconds, null for untimed sources
     * @param end         end time in seconds, null for untimed sources
     */
    @JsonPropertyOrder({"ids", "text", "speaker", "firstLine", "lastLine", "startOffset", "endOffset", "start", "end"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Span(List<Integer> ids, String text, String speaker, int firstLine, int lastLine,
                       int startOffset, int endOffset, Double start, Double end) {
    }

    /**
     * A piece of evidence for a pair.
     *
     * @param kind   glossary, number, number-mismatch, lexical, latin, length, speaker, position
     * @param zh     what it is on the Chinese side (a term, a number), or null
     * @param en     what it is on the English side, or null
     * @param weight its contribution to the score (negative against the pair)
     */
    @JsonPropertyOrder({"kind", "zh", "en", "weight"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(String kind, String zh, String en, double weight) {
    }

    /**
     * A Chinese span and the English span it translates.
     *
     * @param id       stable within the file: {@code p} + the first Chinese id, for commands to name
     * @param zh       the Chinese side
     * @param en       the English side
     * @param bead     the bead type, e.g. {@code 1-2}
     * @param score    0–1
     * @param evidence why
     * @param status   auto, accepted, rejected or edited
     */
    @JsonPropertyOrder({"id", "zh", "en", "bead", "score", "evidence", "status"})
    public record Pair(String id, Span zh, Span en, String bead, double score, List<Evidence> evidence,
                       Status status) {

        public Pair {
            evidence = List.copyOf(evidence);
        }

        public Pair withStatus(Status newStatus) {
            return new Pair(id, zh, en, bead, score, evidence, newStatus);
        }

        public Pair withEnglish(Span newEnglish, String newBead) {
            return new Pair(id, zh, newEnglish, newBead, score, evidence, Status.edited);
        }
    }
}
