package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptConverter;

/** Overrides of a phrase's form per script, set by {@code glossary override}: 指標 → 指标 in tw2sp. */
class PhraseOverrideTest {

    private static final String TAIWAN = "這個指標顯示，使用者喜歡和客服互動。";

    private static Glossary withEntries() {
        return new Glossary(null, null, List.of(
                new GlossaryEntry("term.metric", TermType.TERM, List.of(Term.preferred("指标")),
                        List.of(Term.preferred("metric")), null, null),
                new GlossaryEntry("term.interaction", TermType.TERM, List.of(Term.preferred("互动")),
                        List.of(Term.preferred("interaction")), null, null)));
    }

    private static String tw2sp(Glossary glossary) {
        ScriptConverter plain = Conversions.standard().get("tw2sp");
        return plain.withFixedTerms(glossary.scriptForms("tw2sp")).convert(TAIWAN);
    }

    @Test
    void openccWritesMainlandWordsThatMainlandReadersDoNotUseHere() {
        String plain = Conversions.standard().get("tw2sp").convert(TAIWAN);

        assertThat(plain).contains("指针", "交互");
    }

    @Test
    void anOverrideFixesThePhraseAndChangesNothingElse() {
        Glossary glossary = withEntries();
        GlossaryEditor.Edit metric = GlossaryEditor.override(glossary, "指标", null, "指標", null);
        GlossaryEditor.Edit both = GlossaryEditor.override(metric.glossary(), "互动", null, "互動", null);

        assertThat(both.accepted()).isTrue();
        String plain = Conversions.standard().get("tw2sp").convert(TAIWAN);
        String fixed = tw2sp(both.glossary());
        assertThat(fixed).isEqualTo(plain.replace("指针", "指标").replace("交互", "互动"));
    }

    @Test
    void theAlignerNormalisesWithTheOverriddenFormsOnly() {
        Glossary glossary = GlossaryEditor.override(withEntries(), "指标", null, "指標", null).glossary();

        assertThat(new GlossaryMatcher(glossary).fixedSimplifiedForms()).containsExactly(java.util.Map.entry("指標", "指标"));
    }

    @Test
    void removingTheOverrideLeavesTheDerivedForms() {
        Glossary set = GlossaryEditor.override(withEntries(), "指标", "指標", "指標", "指標").glossary();

        Glossary removed = GlossaryEditor.override(set, "指标", "", "", "").glossary();

        assertThat(removed.entry("term.metric").orElseThrow().zhTerm("指标").orElseThrow().hasOverrides()).isFalse();
        assertThat(removed).usingRecursiveComparison().isEqualTo(withEntries());
    }

    @Test
    void anOverrideOfAFormNoEntryHasIsRefused() {
        GlossaryEditor.Edit edit = GlossaryEditor.override(withEntries(), "软件", null, "軟體", null);

        assertThat(edit.accepted()).isFalse();
        assertThat(edit.refusal()).contains("软件", "glossary add");
    }
}
