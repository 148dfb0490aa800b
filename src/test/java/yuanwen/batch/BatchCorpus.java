package yuanwen.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import yuanwen.Fixtures;

/**
 * A small collection laid out as a user would for {@code align --manifest}: the invented bakery
 * and interview texts in {@code texts/}, a TSV manifest beside them with relative paths, and the
 * three bad pairs the batch must report without stopping: a missing file, undecodable bytes, and
 * English given as the Chinese side.
 */
public final class BatchCorpus {

    /** The pairs that align, in manifest order. */
    public static final List<String> GOOD = List.of("bakery", "interview", "interview-captions");
    /** The pairs that fail, each for its own reason. */
    public static final List<String> BAD = List.of("missing", "broken", "swapped");
    public static final String VIDEO = "https://example.org/harbor-talks/12";

    private BatchCorpus() {
    }

    /** Writes the texts and {@code manifest.tsv} under {@code dir}; returns the manifest. */
    public static Path layOut(Path dir) throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        copy("/yuanwen/review/bakery.zh.md", texts.resolve("bakery.zh.md"));
        copy("/yuanwen/review/bakery.en.txt", texts.resolve("bakery.en.txt"));
        Files.copy(Fixtures.interviewArticle(), texts.resolve("interview.zh.md"));
        Files.copy(Fixtures.interviewTranscript(), texts.resolve("interview.en.txt"));
        Files.copy(Fixtures.interviewCaptions(), texts.resolve("interview.en.srt"));
        byte[] good = "面包店的故事从这里开始。".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 3];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = (byte) 0xFF;
        broken[good.length + 1] = (byte) 0xFF;
        broken[good.length + 2] = 'x';
        Files.write(texts.resolve("broken.zh.txt"), broken);
        Path manifest = dir.resolve("manifest.tsv");
        Files.writeString(manifest, String.join("\n",
                "zh\ten\tname\tvideo",
                "texts/bakery.zh.md\ttexts/bakery.en.txt\tbakery\t",
                "texts/interview.zh.md\ttexts/interview.en.txt\tinterview\t",
                "texts/missing.zh.md\ttexts/bakery.en.txt\tmissing\t",
                "texts/interview.zh.md\ttexts/interview.en.srt\tinterview-captions\t" + VIDEO,
                "texts/broken.zh.txt\ttexts/bakery.en.txt\tbroken\t",
                "texts/bakery.en.txt\ttexts/bakery.en.txt\tswapped\t",
                ""), StandardCharsets.UTF_8);
        return manifest;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = BatchCorpus.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }
}
