package yuanwen.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.Term;
import yuanwen.glossary.TermType;
import yuanwen.store.AlignmentFile;

class TermSuggesterTest {

    private static Suggestion find(List<Suggestion> suggestions, String zh) {
        return suggestions.stream().filter(s -> s.zh().contains(zh)).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion with " + zh + " in " + suggestions));
    }

    @Test
    void aLatinWordTheChineseKeepsIsSuggestedWithItsPairs() {
        List<Suggestion> suggestions = new TermSuggester(Glossary.empty()).suggest(MinedPairs.interview().alignment("tide"));

        Suggestion zephyr = find(suggestions, "Zephyr");
        assertThat(zephyr.kind()).isEqualTo(Suggestion.Kind.LATIN);
        assertThat(zephyr.en()).containsExactly("Zephyr");
        assertThat(zephyr.support()).isEqualTo(3);
        assertThat(zephyr.examples()).containsExactly("p1", "p3");
        assertThat(zephyr.variantOf()).isNull();
    }

    @Test
    void aTransliteratedNameIsSuggestedAsAPerson() {
        List<Suggestion> suggestions = new TermSuggester(Glossary.empty()).suggest(MinedPairs.interview().alignment("tide"));

        Suggestion holt = find(suggestions, "霍尔特");
        assertThat(holt.kind()).isEqualTo(Suggestion.Kind.NAME);
        assertThat(holt.type()).isEqualTo(TermType.PERSON);
        assertThat(holt.en()).containsExactly("Holt");
        Suggestion miranda = find(suggestions, "米兰达");
        assertThat(miranda.en()).containsExactly("Miranda");
        assertThat(miranda.support()).isEqualTo(4);
    }

    @Test
    void aTermTranslatedAlikeInEveryPairIsSuggestedWhole() {
        List<Suggestion> suggestions = new TermSuggester(Glossary.empty()).suggest(MinedPairs.interview().alignment("tide"));

        Suggestion tidal = find(suggestions, "潮汐能");
        assertThat(tidal.en()).containsExactly("tidal power");
        assertThat(tidal.type()).isEqualTo(TermType.TERM);
        // Its pieces are not suggested on their own.
        assertThat(suggestions).noneMatch(s -> s.zh().contains("潮汐") || s.en().contains("tidal"));
    }

    @Test
    void suggestionsAreNumberedBestFirstAndTheSameEachRun() {
        AlignmentFile alignment = MinedPairs.interview().alignment("tide");
        List<Suggestion> first = new TermSuggester(Glossary.empty()).suggest(alignment);
        List<Suggestion> again = new TermSuggester(Glossary.empty()).suggest(alignment);

        assertThat(again).isEqualTo(first);
        for (int k = 0; k < first.size(); k++) {
            assertThat(first.get(k).id()).isEqualTo("S" + (k + 1));
            assertThat(first.get(k).confidence()).isBetween(TermSuggester.MIN_CONFIDENCE, 1.0);
            if (k > 0) {
                assertThat(first.get(k).confidence()).isLessThanOrEqualTo(first.get(k - 1).confidence());
            }
        }
    }

    @Test
    void whatTheGlossaryHasIsNotSuggestedAndANewSpellingIsItsVariant() {
        Glossary glossary = new Glossary(null, null, List.of(new GlossaryEntry("person.miranda-holt", TermType.PERSON,
                List.of(Term.preferred("米兰达·霍尔特"), Term.admitted("霍尔特")),
                List.of(Term.preferred("Miranda Holt"), Term.admitted("Holt"), Term.admitted("Miranda")), null, null)));
        MinedPairs pairs = MinedPairs.interview()
                .pair("米兰妲后来搬到了奥克尼。", "Miranda later moved to Orkney.")
                .pair("在奥克尼，米兰妲建了第一座试验站。", "On Orkney, Miranda built the first test station.");

        List<Suggestion> suggestions = new TermSuggester(glossary).suggest(pairs.alignment("tide"));

        assertThat(suggestions).noneMatch(s -> s.zh().contains("霍尔特") && s.variantOf() == null);
        Suggestion variant = find(suggestions, "米兰妲");
        assertThat(variant.variantOf()).isEqualTo("person.miranda-holt");
    }

    @Test
    void aTermInTwoPairsIsSuggestedWhenTheDictionaryTiesItsWords() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("海边城镇的空气质量一直很好。", "The coastal towns have always had good air quality.")
                .pair("涡轮机不会影响空气质量。", "The turbines do not affect air quality.");

        Suggestion air = find(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")), "空气质量");

        assertThat(air.en()).containsExactly("air quality");
        assertThat(air.support()).isEqualTo(2);
        assertThat(air.kind()).isEqualTo(Suggestion.Kind.TRANSLATION);
    }

    @Test
    void formsThatMeetInTwoPairsWithoutTheDictionaryTyingThemAreACoincidence() {
        // 研究工作 and "inevitable" meet twice, but nothing in CC-CEDICT ties them: no term.
        MinedPairs pairs = MinedPairs.interview()
                .pair("她的研究工作让这一切变得不可避免。", "Her research made all of this inevitable.")
                .pair("霍尔特认为研究工作的失败是不可避免的。", "Holt thinks some failure was inevitable.");

        assertThat(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")))
                .noneMatch(s -> s.zh().contains("研究工作"));
    }

    @Test
    void aPieceCutShortOfALongerTermIsNotSuggested() {
        // 目录 meets "Earth Catalog" twice, but 地球 beside it is "earth": the term is the whole title.
        MinedPairs pairs = MinedPairs.interview()
                .pair("她小时候读过《整个地球的目录》。", "As a child she read the Whole Earth Catalog.")
                .pair("《整个地球的目录》教她做涡轮机。", "The Whole Earth Catalog taught her to build turbines.");

        List<Suggestion> suggestions = new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide"));

        assertThat(suggestions).noneMatch(s -> s.zh().contains("目录") || s.en().contains("Earth Catalog"));
        assertThat(find(suggestions, "整个地球的目录").en()).containsExactly("Whole Earth Catalog");
    }

    @Test
    void aWordTheDictionaryAlreadyTranslatesIsShownBelowTheAcceptThresholdIfLongAndLeftOutIfShort() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("涡轮机的数据存进数据库。", "The turbine's readings go into a database.")
                .pair("数据库每天备份一次。", "The database is backed up daily.")
                .pair("工程师每周检查数据库。", "Engineers check the database every week.")
                .pair("她突然笑了。", "She suddenly laughed.")
                .pair("霍尔特突然停了下来。", "Holt suddenly stopped.")
                .pair("风突然变大了。", "The wind suddenly grew stronger.");

        List<Suggestion> suggestions = new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide"));

        Suggestion database = find(suggestions, "数据库");
        assertThat(database.en()).containsExactly("database");
        assertThat(database.confidence()).isLessThanOrEqualTo(TermSuggester.MAX_KNOWN_CONFIDENCE);
        assertThat(suggestions).noneMatch(s -> s.zh().contains("突然"));
    }

    @Test
    void aNameBeforeAnOrganisationsHeadWordIsSuggestedWithoutIt() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("后来苹果公司买下了 Zephyr。", "Later Apple bought Zephyr.")
                .pair("苹果公司的工程师很喜欢它。", "Apple engineers loved it.")
                .pair("米兰达说，苹果让她很失望。", "Miranda says Apple disappointed her.");

        Suggestion apple = find(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")), "苹果");

        assertThat(apple.en()).containsExactly("Apple");
    }

    @Test
    void aDescriptionJoinedByDeIsNoTerm() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("她请来了优秀的工程师。", "She hired excellent engineers.")
                .pair("优秀的工程师不怕风暴。", "Excellent engineers are not afraid of storms.")
                .pair("霍尔特说，优秀的工程师很难找。", "Holt says excellent engineers are hard to find.");

        assertThat(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")))
                .noneMatch(s -> s.zh().contains("优秀的工程师"));
    }

    @Test
    void rejectedPairsAreNotRead() {
        MinedPairs pairs = new MinedPairs()
                .pair("Zephyr 很安静。", "Zephyr is quiet.", AlignmentFile.Status.REJECTED)
                .pair("Zephyr 很便宜。", "Zephyr is cheap.", AlignmentFile.Status.REJECTED)
                .pair("Zephyr 很小。", "Zephyr is small.");

        assertThat(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")))
                .noneMatch(s -> s.zh().contains("Zephyr"));
    }

    @Test
    void capitalsThatAreTheInitialsOfTheChineseWordsAreItsAbbreviation() {
        assertThat(TermSuggester.initialsOf("微软研究院", "MSR")).isTrue();
        assertThat(TermSuggester.initialsOf("深度神经网络", "DNNs")).isTrue();
        // A compound CC-CEDICT has whole is read as its two words as well.
        assertThat(TermSuggester.initialsOf("操作系统", "OS")).isTrue();
        // The letters in another order, or letters no gloss starts with, are no abbreviation of it.
        assertThat(TermSuggester.initialsOf("微软研究院", "RSM")).isFalse();
        assertThat(TermSuggester.initialsOf("深度神经网络", "GPU")).isFalse();
        assertThat(TermSuggester.initialsOf("深度神经网络", "deep")).isFalse();
    }

    @Test
    void anAbbreviationOfATermWrittenOutInChineseIsSuggestedFromTwoPairs() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("霍尔特用深度神经网络预测潮水。", "Holt predicts the tides with DNNs.")
                .pair("深度神经网络需要很多数据。", "The DNNs need a lot of data.");

        Suggestion dnn = find(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")), "深度神经网络");

        assertThat(dnn.en()).containsExactly("DNNs");
        assertThat(dnn.support()).isEqualTo(2);
    }

    @Test
    void aTermIsTiedToItsEnglishWhereverTheLongestFirstCutFalls() {
        // 无状态 is cut 无状 + 态 longest first; its words are 无 (-less) and 状态 (state).
        MinedPairs pairs = MinedPairs.interview()
                .pair("Zephyr 的控制软件是无状态的。", "The control software of Zephyr is stateless.")
                .pair("霍尔特喜欢无状态的设计。", "Holt likes a stateless design.");

        Suggestion stateless = find(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")), "无状态");

        assertThat(stateless.en()).containsExactly("stateless");
    }

    @Test
    void aLatinWordTheChineseKeepsPairsWithItsEnglishPlural() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("每台涡轮机每小时发出一个 token。", "Every turbine sends out tokens every hour.")
                .pair("这些 token 记录了发电量。", "These tokens record the power made.");

        Suggestion token = find(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")), "token");

        assertThat(token.kind()).isEqualTo(Suggestion.Kind.LATIN);
        assertThat(token.en()).containsExactly("tokens");
    }

    @Test
    void aProductNamedByAnEverydayEnglishWordIsCountedWhereTheEnglishCapitalisesIt() {
        // "word" is an English stop word (a word CC-CEDICT's glosses use); Word, the program, is a name.
        MinedPairs pairs = MinedPairs.interview()
                .pair("霍尔特的报告是用 Word 写的。", "Holt wrote the report in Word.")
                .pair("她把表格从 Word 里复制出来。", "She copied the table out of Word.")
                .pair("我一个字也不信。", "I do not believe a word of it.");

        Suggestion word = find(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")), "Word");

        assertThat(word.en()).containsExactly("Word");
        assertThat(word.support()).isEqualTo(2);
    }

    @Test
    void capitalsWrittenOntoAChineseWordAreOneTermWithIt() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("Zephyr 里有一块AI加速器。", "Zephyr has an AI accelerator inside.")
                .pair("AI加速器让涡轮机学会了看潮水。", "The AI accelerator taught the turbine to read the tide.")
                .pair("下一代会用两块AI加速器。", "The next one will use two AI accelerators.");

        List<Suggestion> suggestions = new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide"));

        assertThat(find(suggestions, "AI加速器").en()).containsExactly("AI accelerator");
        assertThat(suggestions).noneMatch(s -> s.zh().contains("加速器"));
    }

    @Test
    void twoTermsJoinedByOrAreNoTerm() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("涡轮机或发电机都会坏。", "Turbines and generators both break.")
                .pair("霍尔特检查了涡轮机或发电机。", "Holt checked the turbines and generators.")
                .pair("涡轮机或发电机要每年换油。", "Turbines and generators need new oil every year.");

        assertThat(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")))
                .noneMatch(s -> s.zh().contains("涡轮机或发电机"));
    }

    @Test
    void aPhraseEndingInAFunctionWordOfTwoCharactersIsNoTerm() {
        // 方面 ("side, respect") is grammar around 金融, as in 金融方面, "finance side".
        MinedPairs pairs = MinedPairs.interview()
                .pair("金融方面，米兰达很谨慎。", "On the finance side, Miranda is careful.")
                .pair("金融方面的问题由霍尔特负责。", "Holt looks after the finance side.");

        assertThat(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")))
                .noneMatch(s -> s.zh().contains("金融方面"));
    }

    @Test
    void aDictionaryWordGlossedByAnotherWordOfTheEnglishWordsFamilyIsNoTermNorArePiecesOfIt() {
        // CC-CEDICT's 经验主义 is "empiricism"; the English says "empirical".
        MinedPairs pairs = MinedPairs.interview()
                .pair("潮汐预测曾是经验主义的学问。", "Tide forecasting was an empirical science.")
                .pair("霍尔特的方法很经验主义。", "Holt's method is very empirical.")
                .pair("这种经验主义的做法很有效。", "This empirical approach works.");

        assertThat(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")))
                .noneMatch(s -> s.zh().contains("经验主义") || s.zh().contains("经验") || s.en().contains("empirical"));
    }

    @Test
    void aWordTheDictionaryTranslatesByThisEnglishAloneIsSuggestedThoughTheEnglishIsSometimesSaidOtherwise() {
        // CC-CEDICT's one translation of 互联网 is "Internet"; twice the Chinese says 网上 instead.
        MinedPairs pairs = MinedPairs.interview()
                .pair("霍尔特在互联网上卖电。", "Holt sells power on the internet.")
                .pair("互联网让小公司也能找到客户。", "The internet lets small firms find buyers too.")
                .pair("米兰达每天都在互联网上看潮汐数据。", "Miranda reads tide data on the internet every day.")
                .pair("网上的评论很好。", "The reviews on the internet are good.")
                .pair("她在网上回答问题。", "She answers questions on the internet.");

        Suggestion internet = find(new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide")), "互联网");

        assertThat(internet.en()).containsExactly("internet");
        assertThat(internet.support()).isEqualTo(3);
    }

    @Test
    void aLongerTermMadeWithOneAlreadyTakenIsSuggestedToo() {
        MinedPairs pairs = MinedPairs.interview()
                .pair("服务器放在岸上。", "The servers stand on the shore.")
                .pair("每台服务器都很省电。", "Every server uses little power.")
                .pair("霍尔特自己装了服务器。", "Holt set up the servers herself.")
                .pair("服务器从不关机。", "The servers are never switched off.")
                .pair("应用服务器记录每一次潮水。", "The app server records every tide.")
                .pair("米兰达又买了一台应用服务器。", "Miranda bought another app server.")
                .pair("应用服务器坏了一次。", "The app server broke down once.");

        List<Suggestion> suggestions = new TermSuggester(Glossary.empty()).suggest(pairs.alignment("tide"));

        assertThat(find(suggestions, "服务器").en()).containsExactly("server");
        assertThat(find(suggestions, "应用服务器").en()).containsExactly("app server");
    }
}
