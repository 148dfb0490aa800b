package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yuanwen.Fixtures;

/**
 * The bad-input catalogue, as a table: every reader, importer and writer given what a hostile but
 * realistic user gives it. Each case runs the packaged jar in a fresh working folder holding a
 * glossary and a stored alignment, and must end with status 1 (bad input) or 2 (bad command line),
 * one line on standard error that names the path and the problem, no stack trace, and the folder
 * exactly as it was: nothing written, nothing lost (the empty {@code .NAME.lock} files the edit
 * lock leaves beside files that exist excepted; one beside a file that was never made is debris).
 * Status 70 fails every case: it is reserved for real bugs. The table's last part holds inputs
 * that look odd and must work (FIFOs, /dev/stdin, CR line ends, symlinks).
 */
class BadInputCatalogueIT {

    /** A prepared working folder: glossary/glossary.json and aligned/demo.json (from the invented interview). */
    private static Path template;

    @TempDir
    static Path shared;


    @FunctionalInterface
    interface Setup {
        void in(Path dir) throws Exception;
    }

    /**
     * One case: what it is, how to set it up, the command line (relative paths are in the working
     * folder), what the one line must contain, and standard input (null: none).
     */
    record Case(String name, Setup setup, List<String> args, List<String> says, String stdin) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case bad(String name, Setup setup, String says, String... args) {
        return new Case(name, setup, List.of(args), List.of(says.split("\\|")), null);
    }

    private static final Setup NOTHING = dir -> { };

    private static Setup file(String name, byte[] bytes) {
        return dir -> {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        };
    }

    private static Setup text(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Setup both(Setup a, Setup b) {
        return dir -> {
            a.in(dir);
            b.in(dir);
        };
    }

    private static final String ZH = "软件和互联网。人工智能很重要。\n";
    // An invented name: the shipped glossary (under every workspace's own) must not have it.
    private static final String TSV = "Oskar Lindqvist\t奥斯卡·林德奎斯特\n";

    static Stream<Case> catalogue() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] late = new byte[70_000 + 2];
        java.util.Arrays.fill(late, (byte) 'a');
        for (int i = 79; i < late.length; i += 80) {
            late[i] = '\n';
        }
        late[late.length - 2] = (byte) 0xFF;
        late[late.length - 1] = '\n';
        String deepTbx = "<tbx>" + "<x>".repeat(5000) + "</x>".repeat(5000) + "</tbx>";
        String hundredChinese = "软".repeat(90);
        List<Case> cases = new ArrayList<>(List.of(
                // convert: inputs
                bad("convert: missing file", NOTHING, "missing.md|no such file", "convert", "--in", "missing.md", "--out", "o.md"),
                bad("convert: folder to stdout", text("d/a.md", ZH), "d|is a folder", "convert", "--in", "d"),
                bad("convert: binary", file("a.png", png), "a.png|binary", "convert", "--in", "a.png", "--out", "o.md"),
                bad("convert: NUL bytes", file("n.md", (ZH.repeat(50) + "软件\0互联网\n" + ZH.repeat(50))
                        .getBytes(StandardCharsets.UTF_8)), "n.md|binary",
                        "convert", "--in", "n.md"),
                bad("convert: invalid UTF-8 early", file("e.md", new byte[] {'a', (byte) 0xFF, (byte) 0xFE, 'b', '\n'}),
                        "e.md|undecodable", "convert", "--in", "e.md", "--out", "o.md"),
                bad("convert: invalid UTF-8 after 64 KiB", file("l.md", late), "l.md|undecodable", "convert", "--in",
                        "l.md", "--out", "o.md"),
                bad("convert: Shift-JIS", file("j.txt", "これは日本語の文章です。東京へ行きます。".repeat(20)
                        .getBytes(Charset.forName("Shift_JIS"))), "j.txt|SHIFT_JIS", "convert", "--in", "j.txt"),
                bad("convert: symlink loop", dir -> {
                    Files.createSymbolicLink(dir.resolve("loop1"), dir.resolve("loop2"));
                    Files.createSymbolicLink(dir.resolve("loop2"), dir.resolve("loop1"));
                }, "loop1|loop of symbolic links", "convert", "--in", "loop1"),
                bad("convert: name too long", NOTHING, "bytes", "convert", "--in", "软".repeat(90) + ".md"),
                // convert: outputs
                bad("convert: output exists", both(text("a.md", ZH), text("o.md", "keep")), "o.md|already exists",
                        "convert", "--in", "a.md", "--out", "o.md"),
                bad("convert: output is the input", text("a.md", ZH), "a.md|is the input", "convert", "--in", "a.md",
                        "--out", "a.md", "--force"),
                bad("convert: output is a folder", both(text("a.md", ZH), text("d/x", "x")), "d|is a folder",
                        "convert", "--in", "a.md", "--out", "d"),
                bad("convert: output on a full disk", text("a.md", ZH), "/dev/full|No space left", "convert", "--in",
                        "a.md", "--out", "/dev/full"),
                bad("convert: output where nothing can be made", text("a.md", ZH), "/proc/yuanwen-no.md|cannot be written",
                        "convert", "--in", "a.md", "--out", "/proc/yuanwen-no.md"),
                bad("convert: folder output inside the input", text("d/a.md", ZH), "d/out|inside the input", "convert",
                        "--in", "d", "--out", "d/out"),
                bad("convert: unknown conversion", text("a.md", ZH), "xx", "convert", "--config", "xx", "--in", "a.md"),
                bad("convert: --config and --to", text("a.md", ZH), "not both", "convert", "--config", "s2t", "--to",
                        "taiwan", "--in", "a.md"),
                bad("convert: unknown option", text("a.md", ZH), "--inn", "convert", "--inn", "a.md"),
                // segment and captions
                bad("segment: missing", NOTHING, "none.txt|no such file", "segment", "--in", "none.txt"),
                bad("segment: folder", text("d/a.txt", "x"), "d|folder", "segment", "--in", "d"),
                bad("segment: over 64 MB", dir -> {
                    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
                        f.setLength(65L * 1024 * 1024);
                    }
                }, "huge.txt|MB", "segment", "--in", "huge.txt"),
                bad("segment: SRT cue ending before it starts", text("c.srt",
                        "1\n00:00:05,000 --> 00:00:02,000\nHello there.\n"), "c.srt:2|ends before it starts",
                        "segment", "--in", "c.srt"),
                bad("segment: VTT cue ending before it starts", text("c.vtt",
                        "WEBVTT\n\n00:05.000 --> 00:02.000\nHello there.\n"), "c.vtt:3|ends before it starts",
                        "segment", "--in", "c.vtt"),
                bad("segment: VTT broken timing", text("b.vtt", "WEBVTT\n\n00:01.000 --> 00:0x.000\nHi.\n"),
                        "b.vtt:3|cue timing", "segment", "--in", "b.vtt"),
                bad("segment: VTT without header", text("h.vtt", "00:01.000 --> 00:02.000\nHi.\n"), "h.vtt:1|WEBVTT",
                        "segment", "--in", "h.vtt", "--format", "vtt"),
                bad("segment: SRT broken timing", text("b.srt", "1\n00:00:01,000 -> 00:00:02,000\nHi.\n"), "b.srt:2|timestamp",
                        "segment", "--in", "b.srt"),
                bad("segment --cues: not captions", text("p.txt", "Just a sentence.\n"), "p.txt|not captions",
                        "segment", "--in", "p.txt", "--cues", "--format", "plain"),
                bad("segment: unknown format", text("p.txt", "x\n"), "nope", "segment", "--in", "p.txt", "--format", "nope"),
                // glossary
                bad("glossary import: missing", NOTHING, "none.tsv|no such file", "glossary", "import", "none.tsv"),
                bad("glossary import: one column", text("t.tsv", "only-english\n"), "t.tsv:1|columns",
                        "glossary", "import", "t.tsv"),
                bad("glossary import: CSV form with a line break", text("t.csv", "en,zh\n\"Jane\nDoe\",简·多伊\n"),
                        "line break", "glossary", "import", "t.csv"),
                bad("glossary import: TBX with DOCTYPE", text("t.tbx", "<?xml version=\"1.0\"?><!DOCTYPE tbx "
                        + "[<!ENTITY a \"aaaa\">]><tbx>&a;</tbx>"), "t.tbx|DOCTYPE", "glossary", "import", "t.tbx"),
                bad("glossary import: TBX nested 5000 deep", text("deep.tbx", deepTbx), "deep.tbx|nested",
                        "glossary", "import", "deep.tbx"),
                bad("glossary import: malformed TBX", text("m.tbx", "<tbx><text>"), "m.tbx|XML", "glossary", "import", "m.tbx"),
                bad("glossary import: binary", file("b.tsv", png), "b.tsv|binary", "glossary", "import", "b.tsv"),
                bad("glossary export: file exists", text("out.tsv", "keep"), "out.tsv|already exists", "glossary", "export",
                        "out.tsv", "--format", "tsv"),
                bad("glossary export: onto the glossary", NOTHING, "glossary.json|being exported", "glossary", "export",
                        "glossary/glossary.json", "--format", "tbx", "--force"),
                bad("glossary export: to a folder", text("d/x", "x"), "d|folder", "glossary", "export", "d", "--format", "tsv"),
                bad("glossary export: full disk", NOTHING, "/dev/full|No space left", "glossary", "export", "/dev/full",
                        "--format", "tsv"),
                bad("glossary: unknown sub-command", NOTHING, "frob|sub-command", "glossary", "frob"),
                bad("glossary add: id not in the documented format", NOTHING, "Bad_ID|id", "glossary", "add", "--zh",
                        "测试", "--en", "Test", "--id", "Bad_ID"),
                bad("glossary show: no such id", NOTHING, "person.nobody|no entry", "glossary", "show", "person.nobody"),
                bad("glossary: hand-broken JSON", text("g.json", "{\"schemaVersion\": 1, \"entries\": [ {\"id\": }"),
                        "g.json:1|malformed JSON", "glossary", "list", "--glossary", "g.json"),
                bad("glossary: wrong types", text("g.json", "{\"schemaVersion\": 1, \"entries\": 7}"), "g.json",
                        "glossary", "list", "--glossary", "g.json"),
                bad("glossary add: unknown type", NOTHING, "robot", "glossary", "add", "--zh", "测试", "--en", "Test",
                        "--type", "robot"),
                // align
                bad("align: missing Chinese", NOTHING, "none.md|no such file", "align", "--zh", "none.md", "--en", "x.txt"),
                bad("align: English as --zh", text("en.txt", "This is English. It has sentences.\n"), "en.txt|English",
                        "align", "--zh", "en.txt", "--en", "en.txt", "--name", "swap"),
                bad("align: empty Chinese", both(text("empty.md", ""), text("en.txt", "Hello there.\n")), "empty.md",
                        "align", "--zh", "empty.md", "--en", "en.txt", "--name", "empty"),
                bad("align: name with ../", NOTHING, "../x", "align", "--zh", "a.md", "--en", "b.txt", "--name", "../x"),
                bad("align: name with /", NOTHING, "a/b", "align", "--zh", "a.md", "--en", "b.txt", "--name", "a/b"),
                bad("align: name with a space", NOTHING, "a b", "align", "--zh", "a.md", "--en", "b.txt", "--name", "a b"),
                bad("align: empty name", NOTHING, "alignment name", "align", "--zh", "a.md", "--en", "b.txt", "--name", ""),
                bad("align: 90 Chinese characters as name", NOTHING, "bytes", "align", "--zh", "a.md", "--en", "b.txt",
                        "--name", hundredChinese),
                // pairs
                bad("pairs list: no such alignment", NOTHING, "nope.json|no such alignment", "pairs", "list", "nope"),
                bad("pairs show: no such pair", NOTHING, "p9999", "pairs", "show", "demo", "p9999"),
                bad("pairs accept: no such pair", NOTHING, "p9999", "pairs", "accept", "demo", "p9999"),
                bad("pairs: unknown sub-command", NOTHING, "lst|sub-command", "pairs", "lst", "demo"),
                bad("pairs export: onto its own alignment", NOTHING, "demo.json|being exported", "pairs", "export", "demo",
                        "--format", "tsv", "--out", "aligned/demo.json", "--force"),
                bad("pairs export: output exists", text("o.tmx", "keep"), "o.tmx|already exists", "pairs", "export", "demo",
                        "--format", "tmx", "--out", "o.tmx"),
                bad("pairs export: unknown format", NOTHING, "xyz", "pairs", "export", "demo", "--format", "xyz"),
                bad("pairs export: full disk", NOTHING, "/dev/full|No space left", "pairs", "export", "demo", "--format",
                        "tsv", "--out", "/dev/full"),
                bad("pairs: hand-broken JSON", text("aligned/broken.json", "{\"schemaVersion\": 2, \"zh\": [}"),
                        "broken.json|not a valid alignment", "pairs", "list", "broken"),
                bad("pairs: no schema version", text("aligned/old.json", "{\"name\": \"old\"}"), "old.json|schemaVersion",
                        "pairs", "list", "old"),
                bad("pairs edit: ids not numbers", NOTHING, "abc", "pairs", "edit", "demo", "p1", "--en", "abc"),
                // quote, detect
                bad("quote: missing source", NOTHING, "none.txt|no such file", "quote", "--en", "none.txt", "你好世界"),
                bad("quote: --limit not a number", text("en.txt", "Hello.\n"), "--limit|abc", "quote", "--en", "en.txt",
                        "--limit", "abc", "你好"),
                bad("quote: no Chinese", text("en.txt", "Hello.\n"), "Chinese", "quote", "--en", "en.txt", "hello"),
                bad("detect: binary", file("a.png", png), "a.png|binary", "detect", "--in", "a.png"),
                bad("unknown command", NOTHING, "frob", "frob")));
        return cases.stream();
    }

    /** What one case did: its result and the working folder before and after. */
    record Ran(YuanwenProcess.Result result, Map<String, String> before, Map<String, String> after) {
    }

    private static final Map<String, Ran> RAN = new ConcurrentHashMap<>();

    /**
     * Prepares the template, then runs every case, two processes at a time (each case in its own
     * folder), before the table's rows are checked one by one: on a busy 2-core machine a JVM start
     * takes 10-20 s, and 70 of them one after the other took 26 minutes.
     */
    @BeforeAll
    static void runTheCatalogue() throws Exception {
        template = shared.resolve("template");
        Files.createDirectories(template.resolve("glossary"));
        Files.writeString(template.resolve("t.tsv"), TSV);
        YuanwenProcess.Result imported = YuanwenProcess.runIn(template, null, "glossary", "import", "t.tsv");
        assertThat(imported.exitCode()).as(imported.stderr()).isZero();
        Files.delete(template.resolve("t.tsv"));
        Files.copy(Fixtures.interviewArticle(), template.resolve("zh.md"));
        Files.copy(Fixtures.interviewTranscript(), template.resolve("en.txt"));
        YuanwenProcess.Result aligned = YuanwenProcess.runIn(template, null, "align", "--zh", "zh.md", "--en", "en.txt",
                "--name", "demo", "--glossary", "none");
        assertThat(aligned.exitCode()).as(aligned.stderr()).isZero();
        for (String name : List.of("zh.md", "en.txt")) {
            Files.delete(template.resolve(name));
        }
        ExecutorService workers = Executors.newFixedThreadPool(Integer.getInteger("yuanwen.catalogue.workers", 2));
        List<Future<?>> running = new ArrayList<>();
        List<Case> cases = catalogue().toList();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Path dir = shared.resolve("case-" + i);
            Path output = shared.resolve("output-" + i);
            running.add(workers.submit(() -> {
                yuanwen.TestFiles.copyTree(template, dir);
                c.setup().in(dir);
                Map<String, String> before = snapshot(dir);
                YuanwenProcess.Result result = run(dir, output, c);
                RAN.put(c.name(), new Ran(result, before, snapshot(dir)));
                return null;
            }));
        }
        workers.shutdown();
        for (Future<?> f : running) {
            f.get();
        }
    }

    /** The packaged jar with the JIT's quick tier only: a one-shot command starts 40% sooner. */
    private static YuanwenProcess.Result run(Path dir, Path output, Case c) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", YuanwenProcess.jar().toAbsolutePath().toString()));
        command.addAll(c.args());
        Files.createDirectories(output);
        Path out = output.resolve("stdout");
        Path err = output.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        if (c.stdin() == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process process = builder.start();
        if (c.stdin() != null) {
            try (var in = process.getOutputStream()) {
                in.write(c.stdin().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(c.name() + ": did not finish in 300 s");
        }
        return new YuanwenProcess.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void refusedWithOneLineAndNothingChanged(Case c) {
        Ran ran = RAN.get(c.name());
        YuanwenProcess.Result result = ran.result();

        assertThat(result.exitCode()).as("exit status (70 is for bugs only); stderr: " + result.stderr()).isIn(1, 2);
        assertThat(result.stderr().strip().lines()).as(result.stderr()).hasSize(1);
        assertThat(result.stderr()).startsWith("yuanwen: ").contains(c.says()).doesNotContain("Exception", "\tat ");
        assertThat(ran.after()).as("the working folder after the run").isEqualTo(ran.before());
    }

    /** Every file under {@code root} (links and special files by type) with its SHA-256; lock files left out. */
    static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String name = root.relativize(p).toString();
                String fileName = p.getFileName().toString();
                if (fileName.startsWith(".") && fileName.endsWith(".lock")
                        && Files.exists(p.resolveSibling(fileName.substring(1, fileName.length() - ".lock".length())))) {
                    continue; // the lock file of a file that is there stays; one of a file not made is debris
                }
                if (Files.isSymbolicLink(p)) {
                    files.put(name, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    files.put(name, Files.size(p) > 10_000_000 ? "size " + Files.size(p) : sha256(Files.readAllBytes(p)));
                } else if (Files.isDirectory(p)) {
                    files.put(name, "folder");
                } else {
                    files.put(name, "special");
                }
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
