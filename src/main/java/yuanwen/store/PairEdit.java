package yuanwen.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import yuanwen.read.BadInputException;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.SegmentedDocument;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedDocument.Span;
import yuanwen.store.AlignedDocument.Status;

/**
 * A reviewer's correction of one pair: its Chinese now translates these English sentences. The
 * English source is read again (it must be the file the alignment was made from: same SHA-256) so
 * that the new span carries the right text, lines and times. English the pair gave up becomes
 * unaligned; English another pair holds is refused, so that no sentence is in two pairs.
 */
public final class PairEdit {

    private final DocumentSegmenter segmenter = new DocumentSegmenter();

    /**
     * @param enIds consecutive 0-based English sentence ids, e.g. parsed from {@code 12-13}
     */
    public AlignedDocument withEnglish(AlignedDocument document, String pairId, List<Integer> enIds) {
        Pair pair = document.pairs().stream().filter(p -> p.id().equals(pairId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("alignment " + document.name() + " has no pair '"
                        + pairId + "' (pairs list " + document.name() + " shows the ids)"));
        List<Sentence> english = englishOf(document);
        for (int k = 0; k < enIds.size(); k++) {
            int id = enIds.get(k);
            if (id < 0 || id >= english.size()) {
                throw new IllegalArgumentException("English sentence " + id + " does not exist (the source has "
                        + english.size() + ", numbered from 0)");
            }
            if (k > 0 && id != enIds.get(k - 1) + 1) {
                throw new IllegalArgumentException("the English of a pair must be consecutive sentences, not " + enIds);
            }
        }
        for (Pair other : document.pairs()) {
            if (other != pair && other.status() != Status.rejected && other.en().ids().stream().anyMatch(enIds::contains)) {
                throw new IllegalArgumentException("English " + other.en().ids() + " belongs to pair " + other.id()
                        + "; reject or edit that pair first");
            }
        }
        Span newEnglish = AlignmentRecord.span(english.subList(enIds.get(0), enIds.get(enIds.size() - 1) + 1), " ");
        List<Pair> pairs = document.pairs().stream()
                .map(p -> p == pair ? p.withEnglish(newEnglish, p.zh().ids().size() + "-" + enIds.size()) : p).toList();
        // English the pair gave up is unaligned now; English it took is no longer.
        Set<Integer> taken = new HashSet<>(enIds);
        List<Span> unalignedEn = new ArrayList<>();
        for (Span span : document.unalignedEn()) {
            if (span.ids().stream().noneMatch(taken::contains)) {
                unalignedEn.add(span);
            }
        }
        for (int id : pair.en().ids()) {
            if (!taken.contains(id)) {
                unalignedEn.add(AlignmentRecord.span(List.of(english.get(id)), " "));
            }
        }
        unalignedEn.sort(Comparator.comparing(s -> s.ids().get(0)));
        return new AlignedDocument(document.schemaVersion(), document.name(), document.zh(), document.en(),
                document.glossary(), document.parameters(), pairs, document.unalignedZh(), unalignedEn);
    }

    private List<Sentence> englishOf(AlignedDocument document) {
        Path file = Path.of(document.en().path());
        if (!Sha256.of(file).equals(document.en().sha256())) {
            throw new BadInputException(file, "has changed since alignment " + document.name()
                    + " was made; run align again before editing pairs");
        }
        SegmentedDocument read = AlignFiles.LINES_FORMAT.equals(document.en().format()) ? segmenter.lines(file)
                : segmenter.segment(file, null, null);
        return read.sentences();
    }

    /** {@code 12}, {@code 12-14} or {@code 12,13,14}. */
    public static List<Integer> parseIds(String text) {
        List<Integer> ids = new ArrayList<>();
        try {
            String trimmed = text.strip();
            int dash = trimmed.indexOf('-', 1);
            if (dash > 0) {
                int from = Integer.parseInt(trimmed.substring(0, dash).strip());
                int to = Integer.parseInt(trimmed.substring(dash + 1).strip());
                for (int id = from; id <= to; id++) {
                    ids.add(id);
                }
            } else {
                for (String part : trimmed.split(",")) {
                    ids.add(Integer.parseInt(part.strip()));
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--en takes sentence ids like 12, 12-13 or 12,13, not '" + text + "'");
        }
        if (ids.isEmpty() || ids.size() > 50) {
            throw new IllegalArgumentException("--en takes 1 to 50 sentence ids, not '" + text + "'");
        }
        return ids;
    }
}
