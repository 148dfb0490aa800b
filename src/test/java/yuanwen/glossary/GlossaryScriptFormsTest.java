package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptConverter;

class GlossaryScriptFormsTest {

    static final Glossary GLOSSARY = new Glossary(null, null, List.of(
            new GlossaryEntry("person.fan-bingbing", TermType.PERSON,
                    List.of(new Term("范冰冰", TermStatus.PREFERRED, "范冰冰", null, null)),
                    List.of(Term.preferred("Fan Bingbing")), null, null),
            new GlossaryEntry("term.software", TermType.TERM, List.of(Term.preferred("软件")),
                    List.of(Term.preferred("software")), null, null)));

    @Test
    void overridesWinOverTheConversion() {
        assertThat(GLOSSARY.scriptForms("s2t")).containsEntry("范冰冰", "范冰冰").containsEntry("软件", "軟件");
        assertThat(GLOSSARY.scriptForms("s2twp")).containsEntry("范冰冰", "范冰冰").containsEntry("软件", "軟體");
        assertThat(GLOSSARY.scriptForms("s2hk")).containsEntry("范冰冰", "范冰冰");
    }

    @Test
    void reverseConversionsMapBackToTheGlossaryForm() {
        assertThat(GLOSSARY.scriptForms("tw2sp")).containsEntry("軟體", "软件");
        assertThat(GLOSSARY.scriptForms("t2s")).containsEntry("范冰冰", "范冰冰");
        assertThat(GLOSSARY.scriptForms("t2jp")).isEmpty();
        assertThatThrownBy(() -> GLOSSARY.scriptForms("s2x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConverterSteeredByTheGlossaryKeepsItsNames() {
        Glossary glossary = new Glossary(null, null, List.of(new GlossaryEntry("person.yu-hewei", TermType.PERSON,
                List.of(new Term("于和伟", TermStatus.PREFERRED, "于和偉", null, null)),
                List.of(Term.preferred("Yu Hewei")), null, null)));
        ScriptConverter s2t = Conversions.standard().get("s2t");

        assertThat(s2t.convert("于和伟在里面")).isEqualTo("於和偉在裏面");
        assertThat(s2t.withFixedTerms(glossary.scriptForms("s2t")).convert("于和伟在里面")).isEqualTo("于和偉在裏面");
        assertThat(Conversions.standard().get("t2s").withFixedTerms(glossary.scriptForms("t2s")).convert("于和偉在裏面"))
                .isEqualTo("于和伟在里面");
    }

    @Test
    void theMatcherFindsOverriddenAndDerivedForms() {
        GlossaryMatcher matcher = new GlossaryMatcher(GLOSSARY);

        assertThat(matcher.findChinese("范冰冰用軟體")).extracting(TermMatch::form).containsExactly("范冰冰", "软件");
    }
}
