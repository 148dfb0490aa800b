package yuanwen.mining;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {

    @Test
    void aTransliteratedNameSoundsLikeItsEnglish() {
        assertThat(Transliteration.similarity("纳德拉", "Nadella")).isGreaterThanOrEqualTo(0.9);
        assertThat(Transliteration.similarity("扎克伯格", "Zuckerberg")).isGreaterThanOrEqualTo(0.9);
        assertThat(Transliteration.similarity("格斯特纳", "Gerstner")).isGreaterThanOrEqualTo(0.9);
        assertThat(Transliteration.similarity("米兰达", "Miranda")).isGreaterThanOrEqualTo(TermSuggester.MIN_NAME_SIMILARITY);
    }

    @Test
    void erInsideANameMayWriteAnUnpronouncedR() {
        assertThat(Transliteration.similarity("斯图尔特", "Stewart")).isGreaterThanOrEqualTo(0.9);
        assertThat(Transliteration.similarity("卡尔", "Carl")).isGreaterThanOrEqualTo(0.9);
        assertThat(Transliteration.similarity("斯图尔特", "Homer Joe")).isLessThan(TermSuggester.MIN_NAME_SIMILARITY);
    }

    @Test
    void aNameWithADotBetweenItsPartsIsReadWhole() {
        assertThat(Transliteration.similarity("萨姆·奥特曼", "Sam Altman")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aTranslationDoesNotSoundLikeTheEnglish() {
        assertThat(Transliteration.similarity("微软", "Microsoft")).isLessThan(TermSuggester.MIN_NAME_SIMILARITY);
        assertThat(Transliteration.similarity("苹果", "Apple")).isLessThan(TermSuggester.MIN_NAME_SIMILARITY);
        assertThat(Transliteration.similarity("纳德拉", "Gates")).isLessThan(TermSuggester.MIN_NAME_SIMILARITY);
    }

    @Test
    void englishSkeletonsDropTheUnpronouncedR() {
        assertThat(Transliteration.englishSkeleton("Gerstner")).isEqualTo("KSTN");
        assertThat(Transliteration.syllableSkeleton("ge")).isEqualTo("K");
        assertThat(Transliteration.syllableSkeleton("zhang")).isEqualTo("SN");
    }
}
