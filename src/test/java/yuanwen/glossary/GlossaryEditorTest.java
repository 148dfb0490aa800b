package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryEditorTest {

    private static final GlossaryEntry HARBOUR_BANK = new GlossaryEntry("organisation.harbour-bank",
            TermType.ORGANISATION, List.of(Term.preferred("海港银行"), Term.admitted("海港")),
            List.of(Term.preferred("Harbour Bank")), "A bank the tests made up.", null);
    private static final GlossaryEntry LI_MING = new GlossaryEntry("person.li-ming", TermType.PERSON,
            List.of(Term.preferred("李明"), Term.admitted("小李")),
            List.of(Term.preferred("Li Ming"), Term.admitted("Ming")), null, "invented");
    private static final Glossary GLOSSARY = new Glossary("test", null, List.of(HARBOUR_BANK, LI_MING));

    private static GlossaryEntry person(String id, String zh, String en, String note) {
        return new GlossaryEntry(id, TermType.PERSON, List.of(Term.preferred(zh)), List.of(Term.preferred(en)),
                note, null);
    }

    private static GlossaryEditor.Changes changes(List<String> addZh, List<String> remove, String prefer,
                                                  List<String> deprecate) {
        return new GlossaryEditor.Changes(addZh, List.of(), remove, prefer, List.of(), deprecate, null, null, null);
    }

    private static List<TermStatus> zhStatuses(GlossaryEditor.Edit edit, String id) {
        return edit.glossary().entry(id).orElseThrow().zh().stream().map(Term::status).toList();
    }

    @Test
    void addingANewEntryKeepsTheOthersAndLeavesTheOriginalAlone() {
        GlossaryEditor.Edit edit = GlossaryEditor.add(GLOSSARY, person("person.wang-fang", "王芳", "Wang Fang", null));

        assertThat(edit.accepted()).isTrue();
        assertThat(edit.glossary().entries()).extracting(GlossaryEntry::id)
                .containsExactly("organisation.harbour-bank", "person.li-ming", "person.wang-fang");
        assertThat(GLOSSARY.size()).isEqualTo(2);
    }

    @Test
    void addRefusesATakenIdAndSaysHowToChangeTheEntry() {
        GlossaryEditor.Edit edit = GlossaryEditor.add(GLOSSARY, person("person.li-ming", "黎明", "Leon Lai", null));

        assertThat(edit.accepted()).isFalse();
        assertThat(edit.refusal()).isEqualTo("entry person.li-ming already exists; change it with "
                + "'glossary edit person.li-ming' or give another --id");
        assertThat(edit.glossary()).isSameAs(GLOSSARY);
    }

    @Test
    void addRefusesTheSameEnglishOfTheSameTypeInAnyCase() {
        GlossaryEditor.Edit sameType = GlossaryEditor.add(GLOSSARY, person("person.li-ming-2", "李鸣", "LI MING", null));
        GlossaryEditor.Edit otherType = GlossaryEditor.add(GLOSSARY, new GlossaryEntry("product.li-ming",
                TermType.PRODUCT, List.of(Term.preferred("立明牌")), List.of(Term.preferred("Li Ming")), null, null));

        assertThat(sameType.refusal()).isEqualTo("'LI MING' is already entry person.li-ming; add variants to it "
                + "with 'glossary edit person.li-ming'");
        assertThat(otherType.accepted()).isTrue();
    }

    @Test
    void addRefusesASharedChineseFormUnlessItsOwnNoteSaysWhy() {
        GlossaryEntry noReason = person("person.xiao-li", "小李", "Xiao Li", "A colleague.");
        GlossaryEntry namesTheForm = person("person.xiao-li", "小李", "Xiao Li", "小李 is also Li Ming's nickname.");
        GlossaryEntry namesTheEntry = person("person.xiao-li", "小李", "Xiao Li", "Not person.li-ming.");

        assertThat(GlossaryEditor.add(GLOSSARY, noReason).refusal()).isEqualTo("'小李' is already a form of entry "
                + "person.li-ming; add to that entry with 'glossary edit person.li-ming', or say in --note why both "
                + "entries use it");
        assertThat(GlossaryEditor.add(GLOSSARY, namesTheForm).accepted()).isTrue();
        assertThat(GlossaryEditor.add(GLOSSARY, namesTheEntry).accepted()).isTrue();
    }

    @Test
    void anOldNoteMentioningTheFormIsNoReasonToShareIt() {
        Glossary explained = GLOSSARY.with(LI_MING.withNote("Colleagues call him 小李."));

        GlossaryEditor.Edit edit = GlossaryEditor.add(explained, person("person.xiao-li", "小李", "Xiao Li", null));

        assertThat(edit.refusal()).startsWith("'小李' is already a form of entry person.li-ming");
    }

    @Test
    void anAddedEntryTheValidatorRejectsComesBackWithItsProblems() {
        GlossaryEntry twoPreferred = new GlossaryEntry("person.zhao-lei", TermType.PERSON,
                List.of(Term.preferred("赵雷"), Term.preferred("赵磊")), List.of(Term.preferred("Zhao Lei")), null, null);

        GlossaryEditor.Edit edit = GlossaryEditor.add(GLOSSARY, twoPreferred);

        assertThat(edit.refusal()).isNull();
        assertThat(edit.problems()).containsExactly(
                "entry person.zhao-lei: 2 preferred zh forms; one must be preferred, the others admitted");
        assertThat(edit.glossary()).isSameAs(GLOSSARY);
    }

    @Test
    void preferringAFormDemotesTheFormerPreferredOneToAdmitted() {
        GlossaryEditor.Edit edit = GlossaryEditor.edit(GLOSSARY, "person.li-ming",
                changes(List.of(), List.of(), "小李", List.of()));

        assertThat(edit.accepted()).isTrue();
        assertThat(zhStatuses(edit, "person.li-ming")).containsExactly(TermStatus.ADMITTED, TermStatus.PREFERRED);
        assertThat(edit.glossary().entry("person.li-ming").orElseThrow().en()).isEqualTo(LI_MING.en());
    }

    @Test
    void preferringAnEnglishFormLeavesTheChineseForms() {
        GlossaryEditor.Edit edit = GlossaryEditor.edit(GLOSSARY, "person.li-ming",
                changes(List.of(), List.of(), "Ming", List.of()));

        GlossaryEntry changed = edit.glossary().entry("person.li-ming").orElseThrow();
        assertThat(changed.preferredEn()).isEqualTo("Ming");
        assertThat(changed.zh()).isEqualTo(LI_MING.zh());
    }

    @Test
    void addedFormsAreAdmittedVariantsAndMayBeDeprecatedInTheSameEdit() {
        GlossaryEditor.Edit edit = GlossaryEditor.edit(GLOSSARY, "person.li-ming",
                changes(List.of(" 李铭 "), List.of(), null, List.of("李铭")));

        GlossaryEntry changed = edit.glossary().entry("person.li-ming").orElseThrow();
        assertThat(changed.zh()).extracting(Term::form).containsExactly("李明", "小李", "李铭");
        assertThat(zhStatuses(edit, "person.li-ming"))
                .containsExactly(TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED);
    }

    @Test
    void removeTakesAFormFromEitherLanguage() {
        GlossaryEditor.Edit edit = GlossaryEditor.edit(GLOSSARY, "person.li-ming",
                changes(List.of(), List.of("小李", "Ming"), null, List.of()));

        GlossaryEntry changed = edit.glossary().entry("person.li-ming").orElseThrow();
        assertThat(changed.zh()).extracting(Term::form).containsExactly("李明");
        assertThat(changed.en()).extracting(Term::form).containsExactly("Li Ming");
    }

    @Test
    void aFormTheEntryDoesNotHaveRefusesTheWholeEdit() {
        GlossaryEditor.Edit removal = GlossaryEditor.edit(GLOSSARY, "person.li-ming",
                changes(List.of("李铭"), List.of("黎明"), null, List.of()));
        GlossaryEditor.Edit preference = GlossaryEditor.edit(GLOSSARY, "person.li-ming",
                changes(List.of(), List.of(), "黎明", List.of()));

        assertThat(removal.refusal()).isEqualTo("entry person.li-ming has no form '黎明'");
        assertThat(preference.refusal()).isEqualTo("entry person.li-ming has no form '黎明'");
        assertThat(removal.glossary()).isSameAs(GLOSSARY);
    }

    @Test
    void aBlankNoteOrSourceRemovesItAndAbsentOnesAreKept() {
        GlossaryEditor.Edit cleared = GlossaryEditor.edit(GLOSSARY, "person.li-ming", new GlossaryEditor.Changes(
                List.of(), List.of(), List.of(), null, List.of(), List.of(), "title", "Invented.", " "));
        GlossaryEditor.Edit untouched = GlossaryEditor.edit(GLOSSARY, "person.li-ming",
                changes(List.of(), List.of(), null, List.of()));

        GlossaryEntry changed = cleared.glossary().entry("person.li-ming").orElseThrow();
        assertThat(changed.type()).isEqualTo(TermType.TITLE);
        assertThat(changed.note()).isEqualTo("Invented.");
        assertThat(changed.source()).isNull();
        assertThat(untouched.glossary().entry("person.li-ming")).contains(LI_MING);
    }

    @Test
    void anUnknownTypeIsAUsageErrorOnceTheEntryAndItsFormsAreFound() {
        GlossaryEditor.Changes badType = new GlossaryEditor.Changes(List.of(), List.of(), List.of("黎明"), null,
                List.of(), List.of(), "planet", null, null);

        assertThat(GlossaryEditor.edit(GLOSSARY, "person.li-ming", badType).refusal())
                .isEqualTo("entry person.li-ming has no form '黎明'");
        assertThatThrownBy(() -> GlossaryEditor.edit(GLOSSARY, "person.li-ming", new GlossaryEditor.Changes(
                List.of(), List.of(), List.of(), null, List.of(), List.of(), "planet", null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown type 'planet'");
    }

    @Test
    void removingTheOnlyPreferredFormIsAProblemOfTheResult() {
        GlossaryEditor.Edit edit = GlossaryEditor.edit(GLOSSARY, "person.li-ming",
                changes(List.of(), List.of("李明"), null, List.of()));

        assertThat(edit.refusal()).isNull();
        assertThat(edit.problems()).containsExactly("entry person.li-ming: no preferred zh form");
        assertThat(edit.accepted()).isFalse();
    }

    @Test
    void editingOrRemovingAMissingEntrySuggestsTheNearestId() {
        GlossaryEditor.Edit edit = GlossaryEditor.edit(GLOSSARY, "person.li-mign",
                changes(List.of(), List.of(), null, List.of()));
        GlossaryEditor.Edit removal = GlossaryEditor.remove(GLOSSARY, "person.li-mign");

        assertThat(edit.refusal()).isEqualTo("no entry person.li-mign; did you mean person.li-ming?");
        assertThat(removal.refusal()).isEqualTo(edit.refusal());
        assertThat(GlossaryEditor.remove(GLOSSARY, "person.nobody-at-all").refusal())
                .isEqualTo("no entry person.nobody-at-all");
    }

    @Test
    void removeDropsTheEntry() {
        GlossaryEditor.Edit edit = GlossaryEditor.remove(GLOSSARY, "person.li-ming");

        assertThat(edit.accepted()).isTrue();
        assertThat(edit.glossary().entries()).containsExactly(HARBOUR_BANK);
    }

    @Test
    void importAddsNewEntriesAndCountsTheOnesAlreadyThere() {
        GlossaryEntry wangFang = person("person.wang-fang", "王芳", "Wang Fang", null);

        GlossaryEditor.Import merge = GlossaryEditor.importEntries(GLOSSARY, List.of(LI_MING, wangFang));

        assertThat(merge.edit().accepted()).isTrue();
        assertThat(merge.alreadyThere()).isEqualTo(1);
        assertThat(merge.edit().glossary().entries()).containsExactly(HARBOUR_BANK, LI_MING, wangFang);
    }

    @Test
    void importIsRefusedWholeWhenAnIdComesWithOtherContent() {
        GlossaryEntry wangFang = person("person.wang-fang", "王芳", "Wang Fang", null);
        List<GlossaryEntry> termbase = List.of(wangFang, LI_MING.withNote("changed"),
                HARBOUR_BANK.withSource("elsewhere"));

        GlossaryEditor.Import merge = GlossaryEditor.importEntries(GLOSSARY, termbase);

        assertThat(merge.edit().refusal()).isEqualTo("nothing imported: 2 entries differ from the glossary's "
                + "entries with the same id: person.li-ming, organisation.harbour-bank");
        assertThat(merge.edit().glossary()).isSameAs(GLOSSARY);
    }

    @Test
    void anImportThatWouldShareAFormWithoutANoteComesBackWithTheValidatorsProblem() {
        GlossaryEntry sharing = person("person.xiao-li", "小李", "Xiao Li", null);

        GlossaryEditor.Import merge = GlossaryEditor.importEntries(GLOSSARY, List.of(sharing));

        assertThat(merge.edit().refusal()).isNull();
        assertThat(merge.edit().problems()).singleElement().asString()
                .contains("zh form '小李' also belongs to person.li-ming");
    }
}
