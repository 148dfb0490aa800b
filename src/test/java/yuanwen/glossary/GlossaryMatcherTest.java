package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yuanwen.SharedData;
import yuanwen.script.Conversions;

class GlossaryMatcherTest {

    static final Glossary SHIPPED = GlossaryFile.load(GlossaryFileTest.SHIPPED);
    static final GlossaryMatcher MATCHER = new GlossaryMatcher(SHIPPED);

    /**
     * Every person and organisation whose Chinese form occurs in a seed is found, in the seed's own
     * script: seed 002 is Taiwan-style traditional, found through the derived forms. Where a form
     * occurs we look it up in a simplified copy of the seed, so the test does not use the matcher's
     * own idea of the traditional forms.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void everyPersonAndCompanyInTheSeedsIsFound(int seed) throws IOException {
        String text = Files.readString(SharedData.seed(seed));
        String simplified = seed == 2 ? Conversions.standard().get("tw2sp").convert(text) : text;
        List<TermMatch> matches = MATCHER.findChinese(text);
        Set<String> found = matches.stream().map(TermMatch::entryId).collect(Collectors.toSet());

        Set<String> missed = new TreeSet<>();
        for (GlossaryEntry entry : SHIPPED.entries()) {
            if (entry.type() != TermType.PERSON && entry.type() != TermType.ORGANISATION) {
                continue;
            }
            for (Term term : entry.zh()) {
                int at = occurrenceOutside(simplified, term.form(), matches, entry.id());
                if (at >= 0 && !found.contains(entry.id())) {
                    missed.add(entry.id() + " (" + term.form() + " at " + at + ")");
                }
            }
        }
        assertThat(missed).isEmpty();
        assertThat(found).contains("organisation.amazon");
    }

    /** Where {@code form} occurs other than inside a longer match of another entry, or -1. */
    private static int occurrenceOutside(String text, String form, List<TermMatch> matches, String id) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int start = at;
            boolean inLonger = matches.stream().anyMatch(m -> !m.entryId().equals(id) && m.start() <= start
                    && m.end() >= start + form.length() && m.end() - m.start() > form.length());
            boolean latinInWord = isLatin(form.charAt(0)) && ((at > 0 && isLatin(text.charAt(at - 1)))
                    || (at + form.length() < text.length() && isLatin(text.charAt(at + form.length()))));
            if (!inLonger && !latinInWord) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    @Test
    void traditionalTaiwanAndHongKongFormsAreFoundAsTheGlossaryForm() {
        String text = "貝索斯說，亞馬遜與微軟。贝佐斯也说了。";

        List<TermMatch> matches = MATCHER.findChinese(text);

        assertThat(matches).extracting(TermMatch::entryId, TermMatch::form)
                .contains(org.assertj.core.groups.Tuple.tuple("person.jeff-bezos", "贝索斯"),
                        org.assertj.core.groups.Tuple.tuple("organisation.amazon", "亚马逊"),
                        org.assertj.core.groups.Tuple.tuple("person.jeff-bezos", "贝佐斯"));
        TermMatch first = matches.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("貝索斯");
    }

    @Test
    void longestMatchWinsAndMatchesDoNotOverlap() {
        String text = "杰夫·贝索斯和贝佐斯地球基金";

        List<TermMatch> matches = MATCHER.findChinese(text);

        assertThat(matches).extracting(TermMatch::form).containsExactly("杰夫·贝索斯", "贝佐斯地球基金");
        assertThat(matches.get(0).start()).isZero();
        assertThat(matches.get(0).end()).isEqualTo(6);
        assertThat(matches.get(1).start()).isEqualTo(7);
    }

    @Test
    void otherMiddleDotsAndLatinCaseAreTolerated() {
        assertThat(MATCHER.findChinese("杰夫・贝索斯用openai")).extracting(TermMatch::entryId)
                .containsExactly("person.jeff-bezos", "organisation.openai");
    }

    @Test
    void latinFormsInChineseTextMatchWholeWordsOnly() {
        assertThat(MATCHER.findChinese("微软的Bingo游戏")).extracting(TermMatch::entryId)
                .doesNotContain("product.bing");
        assertThat(MATCHER.findChinese("微软的Bing搜索")).extracting(TermMatch::entryId)
                .contains("product.bing");
    }

    @Test
    void aSharedFormGivesOneMatchPerEntry() {
        assertThat(MATCHER.findChinese("比尔说")).extracting(TermMatch::entryId)
                .containsExactlyInAnyOrder("person.bill-gates", "person.bill-gurley");
    }

    @Test
    void englishIgnoresCaseHyphensAndSpacesBetweenParts() {
        String text = "open AI and Open-AI and OPENAI, the co-pilot and Copilot.";

        List<TermMatch> matches = MATCHER.findEnglish(text);

        assertThat(matches).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("open AI", "Open-AI", "OPENAI", "co-pilot", "Copilot");
        assertThat(matches.get(0).entryId()).isEqualTo("organisation.openai");
        assertThat(matches.get(0).form()).isEqualTo("open AI");
        assertThat(matches.get(3).entryId()).isEqualTo(matches.get(4).entryId());
    }

    @Test
    void englishLeavesPossessivesOutAndMatchesPlurals() {
        String text = "Bezos's rocket, Bezos' company, two LLMs and an LLM, agents.";

        List<TermMatch> matches = MATCHER.findEnglish(text);

        assertThat(matches).extracting(m -> text.substring(m.start(), m.end()))
                .contains("Bezos", "LLMs", "LLM", "agents");
        assertThat(matches.get(0).entryId()).isEqualTo("person.jeff-bezos");
        assertThat(matches.get(0).end()).isEqualTo(5);
    }

    @Test
    void englishMatchesWholeTokensOnly() {
        assertThat(MATCHER.findEnglish("Amazonian Microsoftish")).isEmpty();
        assertThat(MATCHER.findEnglish("tell us about it")).isEmpty();
    }

    @Test
    void pluralFormsFindTheirSingular() {
        Glossary glossary = new Glossary(null, null, List.of(new GlossaryEntry("term.ai-agents", TermType.TERM,
                List.of(Term.preferred("智能体")), List.of(Term.preferred("AI agents")), null, null)));

        assertThat(new GlossaryMatcher(glossary).findEnglish("an AI agent")).extracting(TermMatch::form)
                .containsExactly("AI agents");
    }

    @Test
    void theNadellaTranscriptFindsItsAsrSpellings() throws IOException {
        String transcript = Files.readString(SharedData.nadellaTranscript());

        Set<String> ids = MATCHER.findEnglish(transcript).stream().map(TermMatch::entryId)
                .collect(Collectors.toSet());

        assertThat(ids).contains("person.satya-nadella", "organisation.microsoft", "organisation.openai");
    }
}
