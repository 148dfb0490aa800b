package yuanwen.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * What {@code aligned/NAME.json} holds (schema version 2, shaped like the InterText files of
 * aligned corpora): both sources with their sentences, each once, and the links between them by
 * sentence id, with score, evidence and review status. A sentence no link covers is unaligned;
 * nothing else says so, so the file cannot contradict itself. Plain data: the file reads well in a
 * diff and loads without the aligner.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param name          the alignment's name: the base name of the file it was read from
 * @param zh            the Chinese source and its sentences
 * @param en            the English source and its sentences
 * @param glossary      the glossary used, or null
 * @param parameters    the aligner's parameters, by name
 * @param links         the aligned pairs, in Chinese order
 */
@JsonPropertyOrder({"schemaVersion", "name", "zh", "en", "glossary", "parameters", "links"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlignmentFile(int schemaVersion, String name, Side zh, Side en, GlossaryInfo glossary,
                            Map<String, Object> parameters, List<Link> links) {

    public static final int SCHEMA_VERSION = 2;

    /** The {@code format} of a side read with {@code --pre-split}: one sentence a line. */
    public static final String PRE_SPLIT_FORMAT = "lines";

    /** Chinese sentences are written without a space between them, English ones with one. */
    static final String ZH_JOINER = "";
    static final String EN_JOINER = " ";

    public AlignmentFile {
        links = copy(links);
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public AlignmentFile withName(String newName) {
        return new AlignmentFile(schemaVersion, newName, zh, en, glossary, parameters, links);
    }

    public AlignmentFile withLinks(List<Link> newLinks) {
        return new AlignmentFile(schemaVersion, name, zh, en, glossary, parameters, newLinks);
    }

    /** The link with this id, if there is one. */
    public Optional<Link> link(String id) {
        return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The Chinese side of a link as one span (texts joined, lines and times from first to last). */
    public Span zhSpan(Link link) {
        return zh.span(link.zh(), ZH_JOINER);
    }

    /** The English side of a link as one span. */
    public Span enSpan(Link link) {
        return en.span(link.en(), EN_JOINER);
    }

    /** Ids of the Chinese sentences no link covers, in order. */
    public List<Integer> unalignedZh() {
        return uncovered(zh, true, link -> true);
    }

    /** Ids of the English sentences no link covers, in order. */
    public List<Integer> unalignedEn() {
        return uncovered(en, false, link -> true);
    }

    /** Ids of the sentences of one side that no link passing {@code counted} covers, in order. */
    List<Integer> uncovered(Side side, boolean chinese, Predicate<Link> counted) {
        BitSet covered = new BitSet(side.sentences().size());
        for (Link link : links) {
            if (counted.test(link)) {
                (chinese ? link.zh() : link.en()).forEach(covered::set);
            }
        }
        List<Integer> ids = new ArrayList<>();
        for (int id = covered.nextClearBit(0); id < side.sentences().size(); id = covered.nextClearBit(id + 1)) {
            ids.add(id);
        }
        return ids;
    }

    /**
     * An unmodifiable copy that keeps nulls: a hand-edited file with a hole in a list is reported by
     * {@link AlignedStore} as such, not as a failure deep in a copy.
     */
    static <T> List<T> copy(List<T> list) {
        return list == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Review status of a link: set by the aligner, or by the user. */
    public enum Status {
        AUTO, ACCEPTED, REJECTED, EDITED;

        /** As in JSON and on screen: {@code auto}, {@code accepted}, … */
        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Status fromLabel(String label) {
            for (Status status : values()) {
                if (status.label().equals(label)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("status must be auto, accepted, rejected or edited, not '" + label + "'");
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /**
     * One source file and its sentences; a sentence's id is its position in the list (0-based).
     *
     * @param path      as given by the user
     * @param sha256    of its bytes, to tell whether a re-run sees the same file
     * @param format    article, plain, transcript, srt, vtt, whisper, or lines (pre-split)
     * @param script    simplified, traditional, traditional-taiwan, … for Chinese; null for English
     * @param encoding  how its bytes were decoded
     * @param sentences every sentence of the file, in order
     * @param video     the recording the source transcribes (a URL from the batch manifest), or null
     */
    @JsonPropertyOrder({"path", "sha256", "format", "script", "encoding", "video", "sentences"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(String path, String sha256, String format, String script, String encoding,
                       String video, List<StoredSentence> sentences) {

        public Side {
            sentences = copy(sentences);
        }

        /** A side with no video. */
        public Side(String path, String sha256, String format, String script, String encoding,
                    List<StoredSentence> sentences) {
            this(path, sha256, format, script, encoding, null, sentences);
        }

        public Side withVideo(String url) {
            return new Side(path, sha256, format, script, encoding, url, sentences);
        }

        /** Consecutive sentences as one span. */
        Span span(List<Integer> ids, String joiner) {
            StoredSentence first = sentences.get(ids.get(0));
            StoredSentence last = sentences.get(ids.get(ids.size() - 1));
            StringBuilder text = new StringBuilder();
            for (int id : ids) {
                text.append(text.isEmpty() ? "" : joiner).append(sentences.get(id).text());
            }
            return new Span(ids, text.toString(), first.speaker(), first.firstLine(), last.lastLine(),
                    first.startOffset(), last.endOffset(), first.start(), last.end());
        }
    }

    /**
     * One sentence as stored.
     *
     * @param text    the sentence in its original script, hard wraps joined, markup removed
     * @param speaker who says it, or null
     * @param lines   1-based first and last line in the source file
     * @param offsets character offsets in the decoded file: start, and just past the end
     * @param time    start and end in seconds for timed sources, else null
     */
    @JsonPropertyOrder({"text", "speaker", "lines", "offsets", "time"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoredSentence(String text, Speaker speaker, List<Integer> lines, List<Integer> offsets,
                                 List<Double> time) {

        public StoredSentence {
            lines = copy(lines);
            offsets = copy(offsets);
            time = copy(time);
        }

        public int firstLine() {
            return lines.get(0);
        }

        public int lastLine() {
            return lines.get(1);
        }

        public int startOffset() {
            return offsets.get(0);
        }

        public int endOffset() {
            return offsets.get(1);
        }

        public Double start() {
            return time == null ? null : time.get(0);
        }

        public Double end() {
            return time == null ? null : time.get(1);
        }
    }

    /**
     * Who says a sentence. A Chinese article gives a label (主持人Brad) and is stored as that string;
     * an English source gives turns, numbered from 1 at every speaker change it marks, and names
     * where it has them: stored as {@code {"name": "Brad Gerstner", "turn": 1}}, the name left out
     * when the source marks only turns (Whisper's dashes).
     *
     * @param name the name or label, or null when the source marks only turns
     * @param turn the turn number, or null when the source has none (Chinese articles)
     */
    public record Speaker(String name, Integer turn) {

        public Speaker {
            if (name == null && turn == null) {
                throw new IllegalArgumentException("a speaker needs a name or a turn");
            }
        }

        /** A name or a turn: what a reader is shown, {@code Brad Gerstner} or {@code turn 3}. */
        public String shown() {
            return name != null ? name : "turn " + turn;
        }

        @JsonValue
        Object json() {
            if (turn == null) {
                return name;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            if (name != null) {
                json.put("name", name);
            }
            json.put("turn", turn);
            return json;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Speaker fromJson(JsonNode json) {
            if (json.isString()) {
                return new Speaker(json.asString(), null);
            }
            JsonNode name = json.get("name");
            JsonNode turn = json.get("turn");
            if (!json.isObject() || (name != null && !name.isString()) || (turn != null && !turn.isInt())) {
                throw new IllegalArgumentException("a speaker is a label or {\"name\": text, \"turn\": number}");
            }
            return new Speaker(name == null ? null : name.asString(), turn == null ? null : turn.asInt());
        }
    }

    /** The glossary used: its path, content hash and size. */
    @JsonPropertyOrder({"path", "sha256", "entries"})
    public record GlossaryInfo(String path, String sha256, int entries) {
    }

    /**
     * A piece of evidence for a link.
     *
     * @param kind   glossary, verbatim, number, number-mismatch, lexical, name, length or speaker
     * @param zh     what it is on the Chinese side (a term, a number), or null
     * @param en     what it is on the English side, or null
     * @param weight its contribution to the score (negative against the pair)
     */
    @JsonPropertyOrder({"kind", "zh", "en", "weight"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(String kind, String zh, String en, double weight) {
    }

    /**
     * Consecutive Chinese sentences and the consecutive English sentences they translate.
     *
     * @param id       stable within the file: {@code p} + the first Chinese id, for commands to name
     * @param zh       Chinese sentence ids
     * @param en       English sentence ids
     * @param type     how many sentences a side, e.g. {@code 1-2}; follows from the ids
     * @param score    0–1, calibrated: about the chance that the pair is exactly right
     * @param status   auto, accepted, rejected or edited
     * @param evidence what the score rests on, strongest first
     */
    @JsonPropertyOrder({"id", "zh", "en", "type", "score", "status", "evidence"})
    public record Link(String id, List<Integer> zh, List<Integer> en, String type, double score, Status status,
                       List<Evidence> evidence) {

        public Link {
            zh = copy(zh);
            en = copy(en);
            evidence = copy(evidence);
            type = zh == null || en == null ? type : zh.size() + "-" + en.size();
        }

        /** A new link, named after its first Chinese sentence, which no other link shares. */
        public static Link of(List<Integer> zh, List<Integer> en, double score, Status status, List<Evidence> evidence) {
            return new Link("p" + zh.get(0), zh, en, null, score, status, evidence);
        }

        public Link withStatus(Status newStatus) {
            return new Link(id, zh, en, type, score, newStatus, evidence);
        }

        /** The same Chinese with other English, scored anew. */
        public Link withEnglish(List<Integer> newEnglish, double newScore, List<Evidence> newEvidence,
                                Status newStatus) {
            return new Link(id, zh, newEnglish, null, newScore, newStatus, newEvidence);
        }
    }

    /**
     * Consecutive sentences of one side seen as one piece, for showing and exporting a link; not
     * stored (the file keeps sentences once, in the side's table).
     *
     * @param ids         0-based sentence ids
     * @param text        the sentences' text joined (Chinese without spaces, English with one)
     * @param speaker     the first sentence's speaker, or null
     * @param firstLine   1-based first line in the source file
     * @param lastLine    1-based last line
     * @param startOffset character offset in the decoded file
     * @param endOffset   offset just past the span
     * @param start       start time in seconds, null for untimed sources
     * @param end         end time in seconds, null for untimed sources
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Span(List<Integer> ids, String text, Speaker speaker, int firstLine, int lastLine,
                       int startOffset, int endOffset, Double start, Double end) {
    }
}
