package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yuanwen.text.BadInputException;

class ArticleReaderTest {

    private static final Path FILE = Path.of("test.md");
    private static final String LONG = "这是一段足够长的正文，用来让读者知道文章的头部已经结束了，后面的内容都是真正的文章内容，"
            + "我们需要它超过一百个字符，所以这里还要继续写下去，写到足够长为止，再多写一些文字，确保长度超过阈值。".repeat(2);

    private final ArticleReader reader = new ArticleReader();

    private List<ArticleBlock> blocks(String text) {
        return reader.read(FILE, text).blocks();
    }

    private List<String> texts(String text) {
        return blocks(text).stream().map(ArticleBlock::text).toList();
    }

    @Test
    void emptyOrBlankTextGivesNoBlocks() {
        assertThat(blocks("")).isEmpty();
        assertThat(blocks("  \n\n\t\r\n")).isEmpty();
    }

    @Test
    void fileWithOnlyFrontMatterGivesNoBlocksButKeepsItsFields() {
        Article article = reader.read(FILE, "---\ntitle: \"标题\"\ndraft: false\ntags:\n  - \"qq\"\n---\n");
        assertThat(article.blocks()).isEmpty();
        assertThat(article.metadata()).containsEntry("title", "标题").containsEntry("draft", "false");
    }

    @Test
    void unclosedFenceIsNotFrontMatter() {
        assertThat(texts("---\n正文第一句。\n")).containsExactly("正文第一句。");
    }

    @Test
    void nulCharactersAreRejectedWithFileAndLine() {
        assertThatThrownBy(() -> reader.read(FILE, "第一行\n第二\0行"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("test.md:2:");
    }

    @Test
    void hardWrapsJoinWithoutSpaceInChineseAndWithSpaceBetweenLatinWords() {
        assertThat(texts("收入提升到了 660\n亿美元。\n还有缩放法则（Scaling\nLaw）和GitHub\nCopilot。\n进入 Azure\n时，"))
                .containsExactly("收入提升到了 660亿美元。还有缩放法则（Scaling Law）和GitHub Copilot。进入 Azure时，");
    }

    @Test
    void linesWrittenAsSubtitlesWithoutSentencePunctuationAreEachTheirOwnParagraph() {
        assertThat(texts("""
                在乐谱里，“p”是我最喜欢的记号
                它的意思是轻一点
                如果你在演奏时看到乐谱上的“p” 就要弹得轻一些
                两个p 就是更轻
                我小时候一直以为 声音跟我没有关系
                """)).containsExactly("在乐谱里，“p”是我最喜欢的记号", "它的意思是轻一点",
                "如果你在演奏时看到乐谱上的“p”就要弹得轻一些", "两个p 就是更轻", "我小时候一直以为 声音跟我没有关系");
    }

    @Test
    void hardWrappedProseStaysOneParagraphWhereSentencesEndInsideItsLines() {
        assertThat(texts("""
                我们在第一季度推出了新的服务。客户的反馈很
                好，尤其是中小企业。下个季度我们会把它推
                广到更多的城市，并且降低价格。我们也在招
                聘更多的工程师
                """)).containsExactly("我们在第一季度推出了新的服务。客户的反馈很好，尤其是中小企业。下个季度我们会把它推"
                + "广到更多的城市，并且降低价格。我们也在招聘更多的工程师");
    }

    @Test
    void oneLongSentenceWrappedAtAnEvenWidthStaysOneParagraph() {
        assertThat(texts("""
                我们在第一季度推出的新服务得到了客户很好的
                反馈尤其是那些过去一直觉得云计算太贵太复杂
                的中小企业他们终于可以用上和大公司一样的工
                具
                """)).containsExactly("我们在第一季度推出的新服务得到了客户很好的反馈尤其是那些过去一直觉得云计算太贵太复杂"
                + "的中小企业他们终于可以用上和大公司一样的工具");
    }

    @Test
    void wrappedEnglishInAChineseArticleStaysOneParagraph() {
        assertThat(texts("""
                The first thing I would say is that we
                never planned for any of it and the
                market moved faster than all of us had
                expected at the time
                """)).containsExactly("The first thing I would say is that we never planned for any of it and the market "
                + "moved faster than all of us had expected at the time");
    }

    @Test
    void boldMarkersNeverSplitText() {
        assertThat(texts("我把它简化为“**移动优先，云优先**\n”，因为几乎都应验了**\n。当时"))
                .containsExactly("我把它简化为“移动优先，云优先”，因为几乎都应验了。当时");
    }

    @Test
    void linksKeepTheirTextAndImagesUrlsTagsAndShortcodesGo() {
        assertThat(texts("看[这篇文章](https://example.com/a_(b))和<b>粗体</b>。\n\n![图](x.png)\n\n{{< youtube abc >}}\n\n"
                + "原始内容参考：https://www.youtube.com/watch?v=9Nts_o，公开发表。<img src=\"a.png\">"))
                .containsExactly("看这篇文章和粗体。", "公开发表。");
    }

    @Test
    void escapesAndEntitiesAreResolved() {
        assertThat(texts("**1\\. 我们聘请人才；**\n\n创始人&amp;主席 a\\_b snake_case")).containsExactly(
                "我们聘请人才；", "创始人&主席 a_b snake_case");
    }

    @Test
    void metadataLinesAreDroppedAndKept() {
        Article article = reader.read(FILE, "# 标题\n\n文章作者: AI深度研究员\n发布时间: 2024-12-08 07:48\n"
                + "原文链接: http://mp.weixin.qq.com/s?x=1\n\n正文。\n");
        assertThat(article.blocks()).extracting(ArticleBlock::text).containsExactly("标题", "正文。");
        assertThat(article.metadata()).containsEntry("文章作者", "AI深度研究员")
                .containsEntry("原文链接", "http://mp.weixin.qq.com/s?x=1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**主持人Brad：** 你好。                 | 主持人Brad",
            "**主持人:**\\n你好。                    | 主持人",
            "******杰夫·贝索斯:**\\n我不认同。        | 杰夫·贝索斯",
            "****杰夫·贝索斯:**** 不，我不担心。     | 杰夫·贝索斯",
            "**萨提亚·纳德拉：****我正在构建的**\\n。 | 萨提亚·纳德拉",
            "**Jeffrey Katzenberg**\\n\\n那么，Joe。  | Jeffrey Katzenberg",
            "**蔡崇信**：我一直很好奇。              | 蔡崇信",
            "主持人：你好。                          | 主持人",
            "Jeffrey Katzenberg: 那么，Joe。         | Jeffrey Katzenberg",
    })
    void speakerLabelsAreRecognised(String source, String speaker) {
        List<ArticleBlock> blocks = blocks(source.replace("\\n", "\n"));
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).speaker()).isEqualTo(speaker);
        assertThat(blocks.get(0).text()).doesNotContain(speaker).doesNotContain("*");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**这很重要**，他说。",
            "他说：**这很重要**。",
            "**人工智能时代的竞争与机遇：**",
            "首先：我们要做对的事。",
            "**我们的AI团队现向外界开放服务，旨在助力每个企业!**",
            "Jassy進一步預測：「在我看來，每一個SaaS應用都將用AI重建。」",
    })
    void boldTextAndColonsInsideProseAreNotSpeakers(String source) {
        assertThat(blocks(source)).singleElement().extracting(ArticleBlock::speaker).isNull();
    }

    @Test
    void speakerStaysInForceUntilTheNextLabelAndAHeadingResetsIt() {
        List<ArticleBlock> blocks = blocks("**主持人：** 问题？\n\n**嘉宾：** 第一段。\n\n第二段。\n\n## 第二部分\n\n正文。");
        assertThat(blocks).extracting(ArticleBlock::speaker)
                .containsExactly("主持人", "嘉宾", "嘉宾", null, null);
        assertThat(blocks.get(3).kind()).isEqualTo(ArticleBlock.Kind.HEADING);
    }

    @Test
    void listItemsArePargraphsButADashInsideAWrappedSentenceIsText() {
        assertThat(texts("要点：\n\n  * 第一点。\n  * 第二点。\n- 第三点")).containsExactly("要点：", "第一点。", "第二点。", "第三点");
        assertThat(texts("我们正面临着的问题\n- 严重的信任危机。")).containsExactly("我们正面临着的问题- 严重的信任危机。");
    }

    @Test
    void promotionalHeaderAndFooterGoButContentMentioningWeChatStays() {
        String text = "**👇关注公众号后设🌟标，掌握第一手AI新动态**\n\n全文约6,000 字，阅读约需 12 分钟\n\n" + LONG
                + "\n\n**主持人：** 你每天用微信吗？\n\n**马化腾：** 我每天都用微信和朋友联系。\n\n微信是一个很好的产品。\n\n" + LONG
                + "\n\n* * *\n\n**我们团队专注企业AI解决方案**\n\n**联系负责人：Milo-1101（仅限企业客户）**\n\n**\\--END--**\n";
        assertThat(texts(text)).containsExactly(LONG, "你每天用微信吗？", "我每天都用微信和朋友联系。", "微信是一个很好的产品。", LONG);
    }

    @Test
    void anEndCueInTheSecondHalfEndsTheArticle() {
        String text = LONG + "\n\n" + LONG + "\n\n# 【往期回顾】\n\n[专访谷歌CEO\nPichai：公司25%代码都由AI协助完成](https://mp.weixin.qq.com/s?x)\n";
        assertThat(texts(text)).containsExactly(LONG, LONG);
    }

    @Test
    void shortClosingRemarksBeforeTheFooterStay() {
        String text = LONG + "\n\n**主持人：** 非常感谢。\n\n**嘉宾：** 谢谢。再见。\n\n _参考资料: https://www.youtube.com/x，公开发表于2024-12-12_\n\n"
                + "**关注公众号后设🌟标，掌握第一手AI新动态**\n\n## 往期精选\n\n  1. [黄仁勋专访](https://mp.weixin.qq.com/s?y)\n";
        assertThat(texts(text)).containsExactly(LONG, "非常感谢。", "谢谢。再见。");
    }

    @Test
    void imageCaptionsGo() {
        assertThat(texts("正文。\n\n![](/images/a.jpg)\n\n亞馬遜CEO Andy Jassy\n\n後文。")).containsExactly("正文。", "後文。");
    }

    @Test
    void wrappedUrlRemainderGoes() {
        assertThat(texts(LONG + "\n\n股东信全文：https://www.cnbc.com/2024/04/11/amazon-ceo-\ncost-cutting-in-shareholder-letter.html\n"))
                .containsExactly(LONG);
    }

    @Test
    void everyCharacterMapsBackToItsSource() {
        String original = "# 标题\n\n**主持人：** 收入 660\r\n亿美元，[链接](http://x.y)和&amp;。";
        ArticleBlock block = reader.read(FILE, original).blocks().get(1);
        assertThat(block.text()).isEqualTo("收入 660亿美元，链接和&。");
        for (int i = 0; i < block.text().length(); i++) {
            String source = original.substring(block.sourceStart(i), block.sourceEnd(i));
            assertThat(source).as("char %d", i).isIn(String.valueOf(block.text().charAt(i)), "&amp;");
        }
    }
}
