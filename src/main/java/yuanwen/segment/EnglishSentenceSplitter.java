package yuanwen.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import yuanwen.read.Cue;
import yuanwen.read.Source;
import yuanwen.read.SourceSpan;
import yuanwen.read.Speaker;
import yuanwen.read.TimeRange;

/**
 * Merges the cues of an English source into sentences with OpenNLP's sentence detector (UD
 * English-EWT model).
 *
 * <p>Consecutive cues of one speaker turn are joined and split again at sentence ends, so a sentence
 * cut across caption lines is whole again, and a sentence never spans a speaker change. In plain text
 * a paragraph break also ends a sentence ({@link yuanwen.read.SourceFormat#sentencesCrossCues}). Each
 * sentence keeps the time range of the cues it touches (start of the first, end of the last), its
 * source lines and character offsets, and its speaker.
 *
 * <p>Speaker: the name when the source gives one, with its turn; otherwise, when the source marks
 * speaker changes without names (Whisper or SRT dialogue dashes), the turn alone (a {@link Speaker}
 * with no name), since guessing "Speaker 1/2" from alternation is wrong whenever three people talk;
 * null when the source marks no speakers at all.
 *
 * <p>Thread safety: {@link SentenceDetectorME} keeps per-call state, so the methods are synchronised on
 * the instance. Sharing one instance is safe but serialises callers; use one instance per worker thread
 * for parallel work (the model is loaded once per JVM and shared).
 */
public final class EnglishSentenceSplitter {

    private static final String TERMINATORS = ".!?\u2026";
    private static final String CLOSERS = "\"'\u201D\u2019)]";

    private final SentenceDetectorME detector = new SentenceDetectorME(EnglishModels.sentenceModel());

    /** The sentences of {@code source} in order, indexed from 0. */
    public synchronized List<Sentence> split(Source source) {
        List<Sentence> sentences = new ArrayList<>();
        List<Cue> cues = source.cues();
        int from = 0;
        while (from < cues.size()) {
            int to = from + 1;
            if (source.format().sentencesCrossCues()) {
                while (to < cues.size() && cues.get(to).turn() == cues.get(from).turn()) {
                    to++;
                }
            }
            splitRun(source, cues.subList(from, to), sentences);
            from = to;
        }
        return sentences;
    }

    /** The sentences of a bare string, for text that has no source file behind it. */
    public synchronized List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (int[] range : sentenceRanges(text)) {
            sentences.add(text.substring(range[0], range[1]));
        }
        return sentences;
    }

    /** The speaker a sentence from {@code cue} is attributed to (see the class comment). */
    public static Speaker speakerOf(Cue cue, Source source) {
        if (cue.speaker() != null) {
            return new Speaker(cue.speaker(), cue.turn());
        }
        return source.hasSpeakerTurns() ? new Speaker(null, cue.turn()) : null;
    }

    /** Splits one run of cues that sentences may cross. */
    private void splitRun(Source source, List<Cue> run, List<Sentence> out) {
        StringBuilder joined = new StringBuilder();
        int[] cueStarts = new int[run.size()];
        for (int i = 0; i < run.size(); i++) {
            if (i > 0) {
                joined.append(' ');
            }
            cueStarts[i] = joined.length();
            joined.append(run.get(i).text());
        }
        for (int[] range : sentenceRanges(joined)) {
            out.add(sentence(out.size(), joined, range[0], range[1], run, cueStarts, source));
        }
    }

    /**
     * Sentence ranges, trimmed. Each sentence runs from where the detector starts it to where it starts
     * the next one (the first from 0, the last to the end), so text the detector leaves outside its
     * spans stays in a sentence: no word is ever lost.
     */
    private List<int[]> sentenceRanges(CharSequence text) {
        Span[] spans = detector.sentPosDetect(text);
        int count = Math.max(spans.length, 1);
        List<int[]> ranges = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int start = k == 0 ? 0 : spans[k].getStart();
            int end = k + 1 < spans.length ? spans[k + 1].getStart() : text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                int[] previous = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                if (previous != null && continues(text, previous[1], start)) {
                    previous[1] = end;
                } else {
                    ranges.add(new int[] {start, end});
                }
            }
        }
        return ranges;
    }

    /**
     * Undoes splits the model gets wrong: a piece that does not end like a sentence ({@code "5,"}), a
     * piece followed by a lowercase start ({@code "e.g. | the"}), and an abbreviation followed by a
     * number ({@code "Jan. | 5, 2013"}).
     */
    private static boolean continues(CharSequence text, int previousEnd, int nextStart) {
        int last = previousEnd - 1;
        while (last > 0 && CLOSERS.indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        char end = text.charAt(last);
        if (TERMINATORS.indexOf(end) < 0) {
            return true;
        }
        char next = text.charAt(nextStart);
        if (Character.isLowerCase(next)) {
            return true;
        }
        return end == '.' && Character.isDigit(next) && endsWithShortWord(text, last);
    }

    // "Jan." "Dr." "No." — a word of at most four letters before the full stop.
    private static boolean endsWithShortWord(CharSequence text, int period) {
        int start = period;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int letters = period - start;
        return letters > 0 && letters <= 4 && (start == 0 || Character.isWhitespace(text.charAt(start - 1)));
    }

    private static Sentence sentence(int index, CharSequence joined, int start, int end, List<Cue> run,
                                     int[] cueStarts, Source source) {
        int firstCue = cueAt(cueStarts, start);
        int lastCue = cueAt(cueStarts, end - 1);
        Cue first = run.get(firstCue);
        Cue last = run.get(lastCue);
        int startOffset = first.content().sourceStart(start - cueStarts[firstCue]);
        int endOffset = last.content().sourceEnd(end - 1 - cueStarts[lastCue]);
        return new Sentence(index, joined.subSequence(start, end).toString(), speakerOf(first, source),
                new SourceSpan(source.lines().lineNumberAt(startOffset), source.lines().lineNumberAt(endOffset - 1),
                        startOffset, endOffset),
                TimeRange.of(first.start(), last.end()));
    }

    /** Index of the cue holding joined-text position {@code position}. */
    private static int cueAt(int[] cueStarts, int position) {
        int found = Arrays.binarySearch(cueStarts, position);
        return found >= 0 ? found : -found - 2;
    }
}
