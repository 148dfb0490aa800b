package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yuanwen.SharedData;
import yuanwen.SpeakerLabels;
import yuanwen.segment.ChineseSentenceSplitter;
import yuanwen.segment.Sentence;


/** The five real seed articles, read and segmented end to end. */
@Tag("corpus")
class ArticleSeedSentencesTest {

    private static final List<String> NOT_ARTICLE_TEXT = List.of("![", "](", "http", "**", "<img", "{{<",
            "关注公众号", "往期", "END", "精选内容", "留言区", "阅读约需", "联系负责人", "合作请", "原文链接",
            "封面图", "文章作者", "发布时间", "参考资料");

    private static String original(int seed) {
        try {
            return Files.readString(SharedData.seed(seed));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Sentence> sentences(String text) {
        Article article = new ArticleReader().read(Path.of("seed.md"), text);
        return new ChineseSentenceSplitter().split(article);
    }

    private static List<Sentence> sentences(int seed) {
        return sentences(original(seed));
    }

    private static Sentence containing(List<Sentence> sentences, String fragment) {
        return sentences.stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence contains " + fragment));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void seedsSegmentIntoCleanSentences(int seed) {
        List<Sentence> sentences = sentences(seed);
        assertThat(sentences).hasSizeGreaterThan(40);
        assertThat(sentences).extracting(Sentence::index)
                .containsExactlyElementsOf(IntStream.range(0, sentences.size()).boxed().toList());
        for (Sentence sentence : sentences) {
            assertThat(sentence.text()).as("seed %d sentence %d", seed, sentence.index())
                    .isNotBlank().isEqualTo(sentence.text().strip())
                    .doesNotContain(NOT_ARTICLE_TEXT);
            // a sentence that starts with a comma or closing quote was cut by a wrap or a marker
            assertThat(sentence.text().charAt(0)).as("seed %d: %s", seed, sentence.text()).isNotIn('，', '。', '”', '」', '、', '）');
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void offsetsAndLinesPointAtTheSource(int seed) {
        String original = original(seed);
        List<String> lines = Arrays.asList(original.split("\n", -1));
        for (Sentence sentence : sentences(original)) {
            String text = sentence.text();
            String source = original.substring(sentence.startOffset(), sentence.endOffset());
            assertThat(source).as("seed %d: %s", seed, text)
                    .startsWith(text.substring(0, 1)).endsWith(text.substring(text.length() - 1));
            String sourceLines = String.join("", lines.subList(sentence.firstLine() - 1, sentence.lastLine()));
            assertThat(withoutMarkup(sourceLines)).as("seed %d lines %d-%d", seed, sentence.firstLine(), sentence.lastLine())
                    .contains(withoutMarkup(text));
        }
    }

    /** Independent of the reader: drops emphasis, escapes, link targets and all whitespace. */
    private static String withoutMarkup(String s) {
        return s.replaceAll("\\]\\([^)]*\\)", "").replaceAll("[*_\\\\\\[\\]\\s]", "");
    }

    @Test
    void seed3WrapsAreJoined() {
        List<Sentence> sentences = sentences(3);
        assertThat(containing(sentences, "660").text()).contains("660亿美元");
        assertThat(containing(sentences, "660").firstLine()).isEqualTo(57);
        assertThat(containing(sentences, "660").lastLine()).isEqualTo(58);
        assertThat(containing(sentences, "缩放法则（").text()).contains("（Scaling Law）");
        assertThat(containing(sentences, "萨蒂亚·纳德拉（").text()).contains("（Satya Nadella）是印度裔");
        assertThat(containing(sentences, "七巨头").text()).contains("（Mag 7）");
        assertThat(containing(sentences, "我们开始看到它在").text()).contains("GitHub Copilot等产品");
        assertThat(containing(sentences, "你 1992").text()).contains("1992年加入微软");
        // bold spans that end before the line break and the 。 on the next line
        assertThat(containing(sentences, "几乎都应验了").text()).endsWith("几乎都应验了。");
    }

    @Test
    void seed0And1WrapsAreJoined() {
        List<Sentence> bezos = sentences(0);
        assertThat(containing(bezos, "Brokaw").text()).startsWith("Tom Brokaw曾经问我");
        assertThat(containing(bezos, "Jassy").text()).contains("确保Andy Jassy和整个领导团队");
        List<Sentence> letter = sentences(1);
        assertThat(containing(letter, "Twitch").text()).contains("Prime Video 和 Twitch");
        assertThat(containing(letter, "Bridgewater").text()).contains("Bridgewater Associates、Delta");
    }

    @Test
    void seed3SpeakersAreOnTheRightTurns() {
        List<Sentence> sentences = sentences(3);
        assertThat(sentences.stream().map(SpeakerLabels::of).filter(s -> s != null).collect(Collectors.toSet()))
                .isEqualTo(Set.of("主持人Brad", "主持人Bill", "萨提亚·纳德拉"));
        assertThat(containing(sentences, "很高兴能与你们在一起").speaker().shown()).isEqualTo("主持人Brad");
        assertThat(containing(sentences, "你给选择 CEO 的委员会写了一份").speaker().shown()).isEqualTo("主持人Bill");
        assertThat(containing(sentences, "是的，是真的").speaker().shown()).isEqualTo("萨提亚·纳德拉");
        assertThat(containing(sentences, "我正在构建的，我会说").speaker().shown()).isEqualTo("萨提亚·纳德拉");
        assertThat(containing(sentences, "非常感谢。").speaker().shown()).isEqualTo("萨提亚·纳德拉");
        assertThat(containing(sentences, "萨提亚认为OpenAI代表了").speaker()).isNull();
        assertThat(containing(sentences, "访谈全文").speaker()).isNull();
    }

    @Test
    void seed0And4Speakers() {
        List<Sentence> bezos = sentences(0);
        assertThat(containing(bezos, "杰夫，非常感谢你来到这里").speaker().shown()).isEqualTo("主持人");
        assertThat(containing(bezos, "我不认同这个逻辑").speaker().shown()).isEqualTo("杰夫·贝索斯");
        assertThat(containing(bezos, "不，我完全不担心").speaker().shown()).isEqualTo("杰夫·贝索斯");
        assertThat(containing(bezos, "亚马逊创始人杰夫·贝索斯坐在").speaker()).isNull();
        List<Sentence> tsai = sentences(4);
        assertThat(containing(tsai, "那时你有家庭吗").speaker().shown()).isEqualTo("Jeffrey Katzenberg");
        assertThat(containing(tsai, "35岁吧").speaker().shown()).isEqualTo("蔡崇信");
        assertThat(tsai.stream().map(SpeakerLabels::of).filter(s -> s != null).collect(Collectors.toSet()))
                .isEqualTo(Set.of("Jeffrey Katzenberg", "蔡崇信"));
    }

    @Test
    void frontMatterIsNotText() {
        List<Sentence> traditional = sentences(2);
        assertThat(traditional.get(0).firstLine()).isEqualTo(14);
        assertThat(traditional).noneMatch(s -> s.text().contains("draft") || s.text().contains("2025-05-12T"));
        assertThat(containing(traditional, "「我認為它將改變我們所知道的每一種體驗。」").speaker()).isNull();
        assertThat(traditional).noneMatch(s -> s.text().equals("亞馬遜CEO Andy Jassy")); // image caption
        List<Sentence> tsai = sentences(4);
        assertThat(tsai.get(0).firstLine()).isEqualTo(30);
        assertThat(tsai).noneMatch(s -> s.text().contains("thumbnail") || s.text().contains("taglist"));
        Article article = new ArticleReader().read(SharedData.seed(2), original(2));
        assertThat(article.metadata().get("title")).startsWith("亞馬遜CEO Andy Jessy");
    }

    @Test
    void mixedLineEndingsGiveTheSameSentences() {
        String unix = original(3);
        String[] lines = unix.split("\n", -1);
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            mixed.append(lines[i]);
            if (i < lines.length - 1) {
                mixed.append(List.of("\r\n", "\n", "\r").get(i % 3));
            }
        }
        assertThat(view(sentences(mixed.toString()))).isEqualTo(view(sentences(unix)));
        assertThat(view(sentences(unix.replace("\n", "\r\n")))).isEqualTo(view(sentences(unix)));
    }

    private static List<String> view(List<Sentence> sentences) {
        return sentences.stream()
                .map(s -> s.index() + " " + SpeakerLabels.of(s) + " " + s.firstLine() + "-" + s.lastLine() + " " + s.text())
                .toList();
    }
}
