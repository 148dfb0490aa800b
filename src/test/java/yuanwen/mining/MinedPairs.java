package yuanwen.mining;

import java.util.ArrayList;
import java.util.List;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;

/**
 * An invented stored alignment for the miner's tests: a translated interview about a tidal-power
 * start-up, one pair per sentence pair given.
 */
final class MinedPairs {

    private final List<String> zh = new ArrayList<>();
    private final List<String> en = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();

    MinedPairs pair(String chinese, String english) {
        return pair(chinese, english, Status.AUTO);
    }

    MinedPairs pair(String chinese, String english, Status status) {
        zh.add(chinese);
        en.add(english);
        statuses.add(status);
        return this;
    }

    AlignmentFile alignment(String name) {
        List<StoredSentence> zhTable = new ArrayList<>();
        List<StoredSentence> enTable = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < zh.size(); k++) {
            zhTable.add(new StoredSentence(zh.get(k), null, List.of(k + 1, k + 1), List.of(0, zh.get(k).length()), null));
            enTable.add(new StoredSentence(en.get(k), null, List.of(k + 1, k + 1), List.of(0, en.get(k).length()), null));
            links.add(Link.of(List.of(k), List.of(k), 0.9, statuses.get(k), List.of()));
        }
        return new AlignmentFile(AlignmentFile.SCHEMA_VERSION, name,
                new Side("tide.zh.md", "aa", "article", "simplified", "UTF-8", zhTable),
                new Side("tide.en.txt", "bb", "plain", null, "UTF-8", enTable), null, null, links);
    }

    /** The interview: a founder (米兰达·霍尔特), her product (Zephyr), a term (潮汐能, tidal power). */
    static MinedPairs interview() {
        return new MinedPairs()
                .pair("米兰达创办了一家研究潮汐能的公司。", "Miranda founded a company that studies tidal power.")
                .pair("她说，Zephyr 是第一台能在风暴中工作的涡轮机。", "She says Zephyr is the first turbine that works in a storm.")
                .pair("米兰达认为潮汐能比风能更稳定。", "Miranda thinks tidal power is steadier than wind.")
                .pair("去年，Zephyr 在北海发电三个月。", "Last year Zephyr ran in the North Sea for three months.")
                .pair("投资者问米兰达，潮汐能什么时候能便宜下来。", "Investors asked Miranda when tidal power would get cheap.")
                .pair("她回答说，Zephyr 的第二代会便宜一半。", "She answered that the second Zephyr would cost half as much.")
                .pair("米兰达·霍尔特在爱丁堡长大。", "Miranda Holt grew up in Edinburgh.")
                .pair("霍尔特的父亲是渔民。", "Holt's father was a fisherman.")
                .pair("霍尔特说，大海教会了她耐心。", "Holt says the sea taught her patience.")
                .pair("今天天气很好。", "The weather is fine today.")
                .pair("我们明天再谈。", "We will talk again tomorrow.");
    }
}
