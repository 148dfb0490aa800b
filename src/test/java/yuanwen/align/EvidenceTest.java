package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import yuanwen.glossary.TermFinder;
import yuanwen.glossary.TermMatch;

/** Each kind of evidence on real sentence pairs (seed 003 / the Nadella transcript, MAC-Dev). */
class EvidenceTest {

    private final Aligner aligner = new Aligner();

    private List<Evidence> evidence(String zh, String en, TermFinder terms) {
        Alignment a = aligner.withTerms(terms).align(Sentences.of(zh), Sentences.of(en), AlignParameters.defaults());
        assertThat(a.beads()).hasSize(1);
        return a.beads().get(0).evidence();
    }

    private List<Evidence> evidence(String zh, String en) {
        return evidence(zh, en, TermFinder.NONE);
    }

    @Test
    void numbersThatAgree() {
        assertThat(evidence("你为微软股东增加了近 3 万亿美元的价值。",
                "You've added almost $3 trillion of value to Microsoft shareholders."))
                .anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.zh().equals("3 万亿美元")
                        && e.en().equals("$3 trillion") && e.weight() > 0);
    }

    @Test
    void numbersThatDisagreeAreNegativeEvidence() {
        // The scorer's own explanation: alone in its document, a pair this weak is reported unaligned.
        List<Evidence> found = Scoring.pair("自那以后，你把 Azure 的运营收入从 10 亿美元提升到了 600亿美元。",
                "Now, since then, you've taken Azure from $1 billion to $66 billion run rate.").scorer().explain(0, 1, 0, 1);
        assertThat(found).anyMatch(e -> e.kind() == EvidenceKind.NUMBER_MISMATCH && e.zh().equals("600亿美元")
                && e.en().equals("$66 billion") && e.weight() < 0);
        assertThat(found).anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.en().equals("$1 billion"));
    }

    @Test
    void latinWordsVerbatim() {
        assertThat(evidence("2009 年推出了 Bing 搜索。", "You launched Bing Search in 2009."))
                .anyMatch(e -> e.kind() == EvidenceKind.VERBATIM && e.zh().equals("Bing") && e.en().equals("Bing"))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.zh().equals("搜索") && e.en().equals("Search"))
                .anyMatch(e -> e.kind() == EvidenceKind.LENGTH);
    }

    @Test
    void dictionaryTranslationsAfterStemming() {
        assertThat(evidence("你为微软股东增加了近 3 万亿美元的价值。",
                "You've added almost $3 trillion of value to Microsoft shareholders."))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.zh().equals("股东") && e.en().equals("shareholders"))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.zh().equals("微软") && e.en().equals("Microsoft"));
    }

    @Test
    void pinyinNames() {
        assertThat(evidence("陈清扬把我拽住，以伟大友谊的名义叫我留下来。",
                "Then Chen Qingyang caught me and asked me to stay in the name of our great friendship."))
                .anyMatch(e -> e.kind() == EvidenceKind.NAME && e.en().equals("Qingyang"));
    }

    @Test
    void glossaryEntriesOnBothSides() {
        TermFinder glossary = new TermFinder() {
            @Override
            public List<TermMatch> findChinese(String text) {
                return find(text, "纳德拉");
            }

            @Override
            public List<TermMatch> findEnglish(String text) {
                return find(text.toLowerCase(Locale.ROOT), "nadella");
            }

            private List<TermMatch> find(String text, String form) {
                List<TermMatch> out = new ArrayList<>();
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    out.add(new TermMatch("person.satya-nadella", form, at, at + form.length()));
                }
                return out;
            }
        };
        List<Evidence> found = evidence("2014年，纳德拉成为微软CEO。", "In 2014 Nadella became the CEO of Microsoft.",
                glossary);
        assertThat(found).anyMatch(e -> e.kind() == EvidenceKind.GLOSSARY && e.zh().equals("纳德拉")
                && e.en().equals("Nadella"));
        assertThat(found).isSortedAccordingTo(Evidence.ORDER);
    }

    @Test
    void speakerLabels() {
        assertThat(BeadScorer.speakersAgree("主持人Brad", "Brad Gerstner")).isEqualTo(1);
        assertThat(BeadScorer.speakersAgree("主持人Brad", "Satya Nadella")).isEqualTo(-1);
        assertThat(BeadScorer.speakersAgree("主持人Brad", "Speaker 1")).isZero();
        assertThat(BeadScorer.speakersAgree("萨提亚", "Satya Nadella")).isZero();
    }
}
