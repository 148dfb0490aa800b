package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yuanwen.SpeakerLabels;
import yuanwen.read.Article;
import yuanwen.read.ArticleReader;


class ChineseSentenceSplitterTest {

    private final ChineseSentenceSplitter splitter = new ChineseSentenceSplitter();

    private List<Sentence> split(String text) {
        Article article = new ArticleReader().read(Path.of("t.md"), text);
        return splitter.split(article);
    }

    private String joined(String text) {
        return split(text).stream().map(Sentence::text).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            // ends
            "第一句。第二句！第三句？                 # 第一句。 | 第二句！ | 第三句？",
            "真的吗？！不会吧。                       # 真的吗？！ | 不会吧。",
            "我不知道……也许吧。                     # 我不知道…… | 也许吧。",
            "等一下…再说。                           # 等一下…再说。",
            "Yes!我们赢了。Why?因为努力。             # Yes! | 我们赢了。 | Why? | 因为努力。",
            "他说 hello! world? 然后呢。              # 他说 hello! world? | 然后呢。",
            // quotes and brackets
            "“我们会赢。”特朗普说。他很自信。         # “我们会赢。”特朗普说。 | 他很自信。",
            "他说：“我们会赢。”然后离开了。           # 他说：“我们会赢。” | 然后离开了。",
            "`\"我们会赢。\"特朗普说。`               # `\"我们会赢。\"特朗普说。`",
            "“第一句。第二句。”他说。下一句。         # “第一句。 | 第二句。”他说。 | 下一句。",
            "「這是目標。」Jassy說，「它會陪伴。」     # 「這是目標。」Jassy說，「它會陪伴。」",
            "「如果你知道。」Jassy描述了一個很長很長很長很長的情境。# 「如果你知道。」 | Jassy描述了一個很長很長很長很長的情境。",
            "人们会问“你害怕什么？”，然后开始对话。   # 人们会问“你害怕什么？”，然后开始对话。",
            "（这是括号里的话。）接着说。             # （这是括号里的话。） | 接着说。",
            "他读了《书名。》之后。                   # 他读了《书名。》 | 之后。",
            // numbers and English runs
            "增长了2.5倍，达到1,000亿美元。下一句。   # 增长了2.5倍，达到1,000亿美元。 | 下一句。",
            "Dr. Smith在U.S.工作，e.g. 编程。下一句。 # Dr. Smith在U.S.工作，e.g. 编程。 | 下一句。",
            "版本 3.1 发布于 92 年。Meta.ai 也有。     # 版本 3.1 发布于 92 年。 | Meta.ai 也有。",
            // semicolons
            "短句一；短句二。                         # 短句一；短句二。",
    })
    void splitsParagraphs(String paragraph, String expected) {
        assertThat(joined(paragraph.strip())).isEqualTo(expected.strip());
    }

    @Test
    void longClauseBeforeSemicolonEndsASentence() {
        String longClause = "这是一个非常非常长的分句".repeat(6); // 72 characters
        assertThat(joined(longClause + "；短的后半句。")).isEqualTo(longClause + "； | 短的后半句。");
        assertThat(joined("短的前半句；" + longClause + "。")).isEqualTo("短的前半句；" + longClause + "。");
        assertThat(joined(longClause + ";" + longClause + "; 结尾。"))
                .isEqualTo(longClause + "; | " + longClause + "; | 结尾。");
    }

    @Test
    void headingsAreOneSentenceWithoutSpeaker() {
        List<Sentence> sentences = split("**主持人：** 问题一。问题二？\n\n## 1、收购。华盛顿邮报\n\n正文。");
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("问题一。", "问题二？", "1、收购。华盛顿邮报", "正文。");
        assertThat(sentences).extracting(SpeakerLabels::of).containsExactly("主持人", "主持人", null, null);
    }

    @Test
    void indexesRunFromZeroAndNoSentenceIsEmptyOrUntrimmed() {
        List<Sentence> sentences = split("  第一句。——。\n\n——\n\n 第二句。  第三句。 ");
        assertThat(sentences).extracting(Sentence::text).containsExactly("第一句。", "第二句。", "第三句。");
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(sentences).allSatisfy(s -> assertThat(s.timed()).isFalse());
    }

    @Test
    void emptyArticleHasNoSentences() {
        assertThat(split("")).isEmpty();
        assertThat(split("---\ntitle: x\n---\n")).isEmpty();
    }

    @Test
    void sentencesReportLinesAndOffsets() {
        String original = "# 标题\n\n**主持人：** 收入 660\n亿美元。下一句\n在这里。";
        List<Sentence> sentences = split(original);
        assertThat(sentences).extracting(Sentence::text).containsExactly("标题", "收入 660亿美元。", "下一句在这里。");
        Sentence revenue = sentences.get(1);
        assertThat(revenue.firstLine()).isEqualTo(3);
        assertThat(revenue.lastLine()).isEqualTo(4);
        assertThat(original.substring(revenue.startOffset(), revenue.endOffset())).isEqualTo("收入 660\n亿美元。");
        assertThat(sentences.get(2).firstLine()).isEqualTo(4);
        assertThat(sentences.get(2).lastLine()).isEqualTo(5);
    }
}
