package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each row is a Chinese text holding exactly one number, and how it must be read. */
class NumberFinderChineseTest {

    private final NumberFinder finder = new NumberFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            纳德拉1992年加入微软               | YEAR     | 1992     | -       | 1992年
            他在一九九二年加入                 | YEAR     | 1992     | -       | 一九九二年
            公开发表于2024年12月12日。         | YEAR     | 2024     | -       | 2024年12月12日
            2024年12月                         | YEAR     | 2024     | -       | 2024年12月
            ２０２４年的计划                   | YEAR     | 2024     | -       | ２０２４年
            22年11月发生的事情                 | YEAR     | 2022     | -       | 22年11月
            我们在24年绝对是受限的             | YEAR     | 2024     | -       | 24年
            如果拿90年代末来说                 | YEAR     | 1990     | decade  | 90年代
            即使在2010年代初                   | YEAR     | 2010     | decade  | 2010年代
            融资27.5亿美元                     | MONEY    | 2.75e9   | USD     | 27.5亿美元
            市值2.3万亿美元                    | MONEY    | 2.3e12   | USD     | 2.3万亿美元
            从10亿美元提升             | MONEY    | 1e9      | USD     | 10亿美元
            近 3 万亿美元的价值                | MONEY    | 3e12     | USD     | 3 万亿美元
            投资1000亿元                       | MONEY    | 1e11     | CNY     | 1000亿元
            罚款5000万人民币                   | MONEY    | 5e7      | CNY     | 5000万人民币
            人民币500万元                      | MONEY    | 5e6      | CNY     | 人民币500万元
            花了三块钱                         | MONEY    | 3        | CNY     | 三块钱
            罚款40亿欧元                       | MONEY    | 4e9      | EUR     | 40亿欧元
            筹集百万美元种子                   | MONEY    | 1e6      | USD     | 百万美元
            售价$500                           | MONEY    | 500      | USD     | $500
            估值￥300亿                        | MONEY    | 3e10     | CNY     | ￥300亿
            一千万美元                         | MONEY    | 1e7      | USD     | 一千万美元
            千万美元级别                       | MONEY    | 1e7      | USD     | 千万美元
            裁员25万人                         | COUNT    | 250000   | people  | 25万人
            超过22.5万名员工                   | COUNT    | 225000   | people  | 22.5万名
            两千三百万用户                     | COUNT    | 23000000 | -       | 两千三百万
            超过1,000个应用                    | COUNT    | 1000     | -       | 1,000个
            一百万                             | COUNT    | 1000000  | -       | 一百万
            增长百分之五                       | PERCENT  | 5        | -       | 百分之五
            百分之二十五点五的份额             | PERCENT  | 25.5     | -       | 百分之二十五点五
            百分之百                           | PERCENT  | 100      | -       | 百分之百
            利润率高达25%                      | PERCENT  | 25       | -       | 25%
            全角５％                           | PERCENT  | 5        | -       | ５％
            占三成                             | PERCENT  | 30       | -       | 三成
            上升了3个百分点                    | PERCENT  | 3        | -       | 3个百分点
            股价上涨了近十倍。                 | MULTIPLE | 10       | -       | 十倍
            10倍速押注AI基建                   | MULTIPLE | 10       | -       | 10倍
            总收入增长了两倍半                 | MULTIPLE | 2.5      | -       | 两倍半
            有点像10x的增速                    | MULTIPLE | 10       | -       | 10x
            领先两年                           | DURATION | 2        | year    | 两年
            用了三个月                         | DURATION | 3        | month   | 三个月
            持续30年                           | DURATION | 30       | year    | 30年
            20年前                             | DURATION | 20       | year    | 20年
            十多年来                           | DURATION | 10       | year    | 十多年
            两年半以后                         | DURATION | 2.5      | year    | 两年半
            半年之内                           | DURATION | 0.5      | year    | 半年
            一个半小时                         | DURATION | 1.5      | hour    | 一个半小时
            十分钟                             | DURATION | 10       | minute  | 十分钟
            等了三天                           | DURATION | 3        | day     | 三天
            两周后                             | DURATION | 2        | week    | 两周
            7000年的历史                       | DURATION | 7000     | year    | 7000年
            第三方                             | ORDINAL  | 3        | -       | 第三
            第一次进入                         | ORDINAL  | 1        | -       | 第一
            12月3日                            | DATE     | 1203     | -       | 12月3日
            三分之一的人                       | COUNT    | 0.333333333 | -    | 三分之一
            """)
    void readsOneNumber(String text, NumberKind kind, double value, String unit, String surface) {
        List<NumberMention> found = finder.findChinese(text);

        assertThat(found).as("mentions in %s", text).hasSize(1);
        NumberMention mention = found.get(0);
        assertThat(mention.kind()).isEqualTo(kind);
        assertThat(mention.value()).isCloseTo(value, within(Math.abs(value) * 1e-6));
        assertThat(mention.unit()).isEqualTo(unit);
        assertThat(mention.surface()).isEqualTo(surface);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(surface);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "一些", "我们一起做", "一样的事情", "我一直相信", "一定会", "看一下", "统一", "万一失败",
        "一般来说", "唯一的办法", "十分重要", "千万不要这样", "三思而后行", "七嘴八舌", "好一点",
        "百度和万达", "一个问题", "一家公司", "十几个人", "几十亿美元", "数百万用户", "两三年",
        "三四年", "GPT-4模型", "GPT4o", "10-15年", "电话13812345678", "时间是00:01:05.680",
        "版本1.2.3", "一切都扩大了", "是一系列的工作"
    })
    void reportsNothing(String text) {
        assertThat(finder.findChinese(text)).isEmpty();
    }
}
