package yuanwen.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.Term;
import yuanwen.glossary.TermStatus;
import yuanwen.glossary.TermType;

class SuggestionAcceptanceTest {

    private static final Suggestion HOLT = new Suggestion("S2", Suggestion.Kind.NAME, TermType.PERSON,
            List.of("霍尔特", "霍特"), List.of("Holt"), 3, List.of("p7", "p8"), 0.9, null);

    @Test
    void anAcceptedSuggestionIsANewUnreviewedEntryThatSaysWhereItCameFrom() {
        SuggestionAcceptance.Outcome outcome = SuggestionAcceptance.accept(Glossary.empty(), List.of(HOLT), "tide");

        assertThat(outcome.added()).containsExactly("person.holt");
        GlossaryEntry entry = outcome.glossary().entry("person.holt").orElseThrow();
        assertThat(entry.unreviewed()).isTrue();
        assertThat(entry.source()).isEqualTo("aligned/tide.json p7, p8");
        assertThat(entry.zh()).containsExactly(Term.preferred("霍尔特"), Term.admitted("霍特"));
        assertThat(entry.en()).containsExactly(Term.preferred("Holt"));
    }

    @Test
    void theUnreviewedMarkSurvivesTheGlossaryFile() {
        Glossary glossary = SuggestionAcceptance.accept(Glossary.empty(), List.of(HOLT), "tide").glossary();

        String text = GlossaryFile.format(glossary);

        assertThat(text).contains("\"unreviewed\": true");
        assertThat(GlossaryFile.parse(text, Path.of("glossary.json")).entry("person.holt").orElseThrow().unreviewed())
                .isTrue();
        assertThat(GlossaryFile.format(Glossary.empty().with(glossary.entry("person.holt").orElseThrow()
                .withUnreviewed(false)))).doesNotContain("unreviewed");
    }

    @Test
    void aVariantJoinsItsEntryAsAnAdmittedForm() {
        Glossary glossary = new Glossary(null, null, List.of(new GlossaryEntry("person.miranda-holt", TermType.PERSON,
                List.of(Term.preferred("米兰达")), List.of(Term.preferred("Miranda")), null, "seeds 009")));
        Suggestion variant = new Suggestion("S5", Suggestion.Kind.NAME, TermType.PERSON, List.of("米兰妲"),
                List.of("Miranda"), 2, List.of("p12", "p13"), 0.7, "person.miranda-holt");

        SuggestionAcceptance.Outcome outcome = SuggestionAcceptance.accept(glossary, List.of(variant), "tide");

        GlossaryEntry entry = outcome.glossary().entry("person.miranda-holt").orElseThrow();
        assertThat(entry.zh()).extracting(Term::form).containsExactly("米兰达", "米兰妲");
        assertThat(entry.zhTerm("米兰妲").orElseThrow().status()).isEqualTo(TermStatus.ADMITTED);
        assertThat(entry.source()).isEqualTo("seeds 009; aligned/tide.json p12, p13");
        assertThat(entry.unreviewed()).isTrue();
    }

    @Test
    void aSuggestionTheGlossaryRefusesIsSkippedWithTheReasonAndTheOthersKept() {
        Glossary glossary = new Glossary(null, null, List.of(new GlossaryEntry("person.holt", TermType.PERSON,
                List.of(Term.preferred("霍尔特")), List.of(Term.preferred("Holt")), null, null)));
        Suggestion zephyr = new Suggestion("S1", Suggestion.Kind.LATIN, TermType.PRODUCT, List.of("Zephyr"),
                List.of("Zephyr"), 3, List.of("p2", "p4"), 0.95, null);

        SuggestionAcceptance.Outcome outcome = SuggestionAcceptance.accept(glossary, List.of(zephyr, HOLT), "tide");

        assertThat(outcome.added()).containsExactly("product.zephyr");
        assertThat(outcome.skipped()).singleElement().asString().startsWith("S2: ").contains("person.holt");
    }
}
