package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossarySearchTest {

    static final GlossarySearch SEARCH = new GlossarySearch(GlossaryMatcherTest.SHIPPED);

    private static String first(String query) {
        return SEARCH.search(query).get(0).entry().id();
    }

    @Test
    void findsByEitherLanguageAndAnyScript() {
        assertThat(first("贝索斯")).isEqualTo("person.jeff-bezos");
        assertThat(first("貝索斯")).isEqualTo("person.jeff-bezos");
        assertThat(first("jeff bezos")).isEqualTo("person.jeff-bezos");
    }

    @Test
    void findsSubstringsAndNearMisses() {
        assertThat(SEARCH.search("索斯")).extracting(h -> h.entry().id()).contains("person.jeff-bezos");
        assertThat(first("Nadela")).isEqualTo("person.satya-nadella");
        assertThat(SEARCH.search("Bezso")).extracting(h -> h.entry().id()).contains("person.jeff-bezos");
    }

    @Test
    void exactMatchesComeFirst() {
        assertThat(SEARCH.search("Bing").get(0).distance()).isZero();
        assertThat(SEARCH.search("zzzzqqq")).isEmpty();
    }
}
