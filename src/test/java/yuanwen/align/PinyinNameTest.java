package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.glossary.TermFinder;

/** Chinese names found by the pinyin of their characters, and ordinary words that only look like one. */
class PinyinNameTest {

    /** Evidence between Chinese sentence 0 and English sentence {@code j} of a small document. */
    private static List<Evidence> evidence(String zh, int j, String... en) {
        Profiler profiler = new Profiler(CedictDictionary.standard(), TermFinder.NONE);
        Profiler.Profiles profiles = profiler.both(Sentences.of(en), Sentences.of(zh));
        ZhProfile[] z = profiles.chinese();
        EnProfile[] e = profiles.english();
        return new BeadScorer(z, e, new LinkTable(z, e), AlignParameters.defaults()).explain(0, 1, j, 1);
    }

    @Test
    void aNameIsFoundByItsPinyin() {
        assertThat(evidence("我昨天在车站见到了小明。", 0, "Yesterday I met Xiaoming at the station."))
                .anyMatch(e -> e.kind() == EvidenceKind.NAME && e.zh().equals("小明") && e.en().equals("Xiaoming"));
    }

    @Test
    void aCapitalisedOrdinaryWordIsNotAName() {
        // "Women" after a colon looks like a name, and 我们 reads wo-men; the document writes the word
        // in lower case elsewhere, so it is an ordinary word.
        assertThat(evidence("我们都同意这一点。", 0, "She said it plainly: Women are equal to men.",
                "Many women agreed with her."))
                .noneMatch(e -> e.kind() == EvidenceKind.NAME);
    }
}
