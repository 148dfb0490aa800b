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
    void knowsPinyinOfSingleCharacters() {
        CedictDictionary dictionary = CedictDictionary.standard();
        assertThat(dictionary.pinyin('清')).contains("qing");
        assertThat(dictionary.pinyin('扬')).contains("yang");
    }
}
