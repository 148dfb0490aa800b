package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which English stems are taken as one family (arguments are Porter stems, as the aligner has them). */
class WordFamiliesTest {

    @Test
    void aDerivationalEndingJoinsTwoStems() {
        assertThat(WordFamilies.related("autom", "automat")).isTrue();   // automatic / automated
        assertThat(WordFamilies.related("femin", "feminist")).isTrue();  // feminism / feminist
    }

    @Test
    void theListedFamiliesJoinWhatNoEndingRuleMay() {
        // word-families.en.txt: environment environmental; state statement (the -ment rule alone joined too much)
        assertThat(WordFamilies.related("environ", "environment")).isTrue();
        assertThat(WordFamilies.related("environment", "environ")).isTrue();
    }

    @Test
    void wordsThatOnlyShareTheirFirstLettersAreNotAFamily() {
        assertThat(WordFamilies.related("parti", "partial")).isFalse();   // party / partial
        assertThat(WordFamilies.related("forest", "forestal")).isFalse();
        assertThat(WordFamilies.related("quest", "question")).isFalse();
        assertThat(WordFamilies.related("environ", "environ")).isFalse();
    }
}
