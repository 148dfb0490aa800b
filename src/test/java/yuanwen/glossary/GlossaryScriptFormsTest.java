package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

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
    void theMatcherFindsOverriddenAndDerivedForms() {
        GlossaryMatcher matcher = new GlossaryMatcher(GLOSSARY);

        assertThat(matcher.findChinese("范冰冰用軟體")).extracting(TermMatch::form).containsExactly("范冰冰", "软件");
    }
}
