package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CedictDictionaryTest {

    @Test
    void loadsFastAndMapsWordsToEnglishStems() {
        long started = System.nanoTime();
        CedictDictionary dictionary = CedictDictionary.standard();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(dictionary.size()).isGreaterThan(100_000);
        assertThat(millis).as("load time in ms").isLessThan(3000);
        assertThat(dictionary.englishStems("微软")).contains("microsoft");
        assertThat(dictionary.englishStems("传统")).contains("tradit");
        assertThat(dictionary.englishStems("投资")).contains("invest");
    }

    @Test
    void functionWordsAndGlossJargonCarryNoEnglish() {
        CedictDictionary dictionary = CedictDictionary.standard();
        assertThat(dictionary.englishStems("的")).doesNotContain("possess", "particl", "of");
        assertThat(dictionary.englishStems("陈")).contains("chen").doesNotContain("surnam");
    }

    @Test
    void aHeadwordGlossedOnlyInFunctionWordsIsAWordWithNoEnglish() {
        CedictDictionary dictionary = CedictDictionary.standard();
        // 我们 "we; us; ourselves; our": taken whole, not read as 我 + 们 "plural marker for pronouns".
        assertThat(dictionary.contains("我们")).isTrue();
        assertThat(dictionary.translations("我们")).isEmpty();
        assertThat(dictionary.englishStems("们")).contains("plural");
    }

    @Test
    void theAlignerSkipsAFunctionWordHeadwordAsOneUnit() {
        Profiler profiler = new Profiler(CedictDictionary.standard(), yuanwen.glossary.TermFinder.NONE);
        ZhProfile zh = profiler.chinese(Sentences.of("我们修好了磨坊。"))[0];

        assertThat(zh.unitKeys).doesNotContain("我", "们", "我们").contains("磨坊");
    }

    @Test
    void knowsPinyinOfSingleCharacters() {
        CedictDictionary dictionary = CedictDictionary.standard();
        assertThat(dictionary.pinyin('清')).contains("qing");
        assertThat(dictionary.pinyin('扬')).contains("yang");
    }
}
