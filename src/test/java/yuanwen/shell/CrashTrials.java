package yuanwen.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Kill -9 trials of Yuanwen's writers: a child process runs a command that replaces a file (or a
 * folder), is killed with SIGKILL at a chosen moment, and the file is then checked: it must be
 * exactly the previous version or exactly the complete new one, never truncated, never gone.
 * Leftover temporary files are allowed after a kill; the next complete run must remove them.
 * Used by {@code CrashSafetyIT} (a few trials) and {@code yuanwen.bench.CrashSafetyBenchmark}
 * (20 or more per writer).
 */
public final class CrashTrials {

    /** How one writer's trials ended. */
    public record Outcome(String writer, int trials, int previousKept, int newComplete, List<String> broken,
                          int leftoverTemporaries, int leftoverAfterNextRun) {

        @Override
        public String toString() {
            return String.format("%-22s %3d trials: previous kept %3d, new complete %3d, broken %d%s; "
                            + "temporary files left by kills %d, after the next run %d", writer, trials, previousKept,
                    newComplete, broken.size(), broken.isEmpty() ? "" : " " + broken, leftoverTemporaries,
                    leftoverAfterNextRun);
        }
    }

    /** A writer under test: how to lay out its folder, its command, and what it replaces. */
    public interface Writer {
        String name();

        /** Writes the inputs and the previous version of the target into {@code dir}. */
        void prepare(Path dir) throws Exception;

        List<String> command();

        /** The file or folder (relative to the folder) the command replaces. */
        String target();
    }

    private CrashTrials() {
    }

    /** aligned/demo.json of the invented interview (the test fixtures), made in {@code dir}, to review. */
    public static Path demoAlignment(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("glossary")); // a workspace: align writes only into one
        Files.copy(yuanwen.Fixtures.interviewArticle(), dir.resolve("zh.md"));
        Files.copy(yuanwen.Fixtures.interviewTranscript(), dir.resolve("en.txt"));
        int status = runToEnd(dir, List.of("align", "--zh", "zh.md", "--en", "en.txt", "--name", "demo",
                "--glossary", "none"));
        if (status != 0) {
            throw new IllegalStateException("align of the demo ended with status " + status);
        }
        return dir.resolve("aligned/demo.json");
    }

    /**
     * Runs {@code trials} kills of {@code writer}, each while it writes: after its temporary file
     * appears, at moments spread evenly over 1.2 times the writing of one complete run (measured
     * first), in folders under {@code scratch}.
     */
    public static Outcome run(Writer writer, int trials, Path scratch) throws Exception {
        Path reference = scratch.resolve(writer.name().replaceAll("\\W+", "-") + "-reference");
        Files.createDirectories(reference.resolve("glossary"));
        writer.prepare(reference);
        String previous = fingerprint(reference.resolve(writer.target()));
        Process first = start(reference, writer.command());
        long writeStarted = waitForWriting(reference, first);
        if (!first.waitFor(300, TimeUnit.SECONDS)) {
            first.destroyForcibly();
            throw new IllegalStateException(writer.name() + ": did not finish in 300 s");
        }
        long writing = Math.max(1_000_000L, System.nanoTime() - writeStarted);
        int status = first.exitValue();
        if (status != 0) {
            throw new IllegalStateException(writer.name() + ": the complete run ended with status " + status);
        }
        String complete = fingerprint(reference.resolve(writer.target()));
        if (complete.equals(previous)) {
            throw new IllegalStateException(writer.name() + ": the command does not change its target");
        }
        Path dir = scratch.resolve(writer.name().replaceAll("\\W+", "-") + "-trials");
        Files.createDirectories(dir.resolve("glossary")); // a workspace: the writers write only into one
        writer.prepare(dir);
        Path pristine = scratch.resolve(writer.name().replaceAll("\\W+", "-") + "-previous");
        yuanwen.TestFiles.copyTree(dir.resolve(writer.target()), pristine);
        int previousKept = 0;
        int newComplete = 0;
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            restore(pristine, dir.resolve(writer.target()));
            // Killed while it writes: from the moment its temporary file appears to the end of a
            // complete run's writing (measured once), at evenly spread points, the last ones after
            // the rename (so both outcomes are seen).
            long delay = (long) (writing * 1.2 * (i + 1) / (trials + 1));
            Process child = start(dir, writer.command());
            waitForWriting(dir, child);
            TimeUnit.NANOSECONDS.sleep(delay);
            child.destroyForcibly(); // SIGKILL on Unix
            child.waitFor();
            Path target = dir.resolve(writer.target());
            String after = fingerprint(target);
            if (after.equals("absent")) {
                // A folder swap killed between its two renames: the previous tree waits beside it,
                // whole, and the next run puts it back (FileConversion.recoverInterruptedSwap).
                after = fingerprint(target.resolveSibling("." + target.getFileName() + ".previous"));
            }
            if (after.equals(previous)) {
                previousKept++;
            } else if (after.equals(complete)) {
                newComplete++;
            } else {
                broken.add("trial " + i + " at " + delay / 1_000_000 + " ms: " + after);
            }
        }
        int leftovers = temporaries(dir);
        // The next complete run (a write beside them, not killed) cleans what the killed ones left.
        restore(pristine, dir.resolve(writer.target()));
        runToEnd(dir, writer.command());
        return new Outcome(writer.name(), trials, previousKept, newComplete, broken, leftovers, temporaries(dir));
    }

    /**
     * Waits until the child has started to write (a temporary file or staging folder appears
     * beside the target) or has ended; the moment, from System.nanoTime().
     */
    private static long waitForWriting(Path dir, Process child) throws Exception {
        // Made since the child started: left-overs of earlier kills do not count.
        java.nio.file.attribute.FileTime since = java.nio.file.attribute.FileTime.from(
                child.info().startInstant().orElse(java.time.Instant.now()).minusSeconds(1));
        while (child.isAlive() && !writing(dir, since)) {
            TimeUnit.MILLISECONDS.sleep(2);
        }
        return System.nanoTime();
    }

    private static boolean writing(Path dir, java.nio.file.attribute.FileTime since) throws IOException {
        try (Stream<Path> all = Files.walk(dir, 2)) {
            return all.anyMatch(p -> {
                String n = p.getFileName().toString();
                try {
                    return n.startsWith(".") && (n.endsWith(".tmp") || n.endsWith(".converting"))
                            && Files.getLastModifiedTime(p).compareTo(since) >= 0;
                } catch (IOException gone) {
                    return false; // renamed away in between: the write is under way
                }
            });
        } catch (java.io.UncheckedIOException raced) {
            return true; // a file vanished while walking: a rename, so writing has started
        }
    }

    /** Puts the previous version of the target back between trials (a completed run replaced it). */
    private static void restore(Path pristine, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            yuanwen.text.AtomicFiles.deleteTree(target);
        } else {
            Files.deleteIfExists(target);
        }
        Path parked = target.resolveSibling("." + target.getFileName() + ".previous");
        yuanwen.text.AtomicFiles.deleteTree(parked);
        yuanwen.TestFiles.copyTree(pristine, target);
    }

    /** Hidden files a killed writer may leave: .NAME.PID.N.tmp, .NAME.converting, .NAME.previous. */
    static int temporaries(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return (int) all.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && (n.endsWith(".tmp") || n.endsWith(".converting") || n.endsWith(".previous"));
            }).count();
        }
    }

    private static Process start(Path dir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", YuanwenProcess.jar().toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static int runToEnd(Path dir, List<String> args) throws Exception {
        Process process = start(dir, args);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(args + " did not finish in 300 s");
        }
        return process.exitValue();
    }

    /** A file's SHA-256, a folder's files and their SHA-256s, or "absent". */
    static String fingerprint(Path target) throws Exception {
        if (!Files.exists(target)) {
            return "absent";
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        if (Files.isRegularFile(target)) {
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(target)));
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(target)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(target.relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return HexFormat.of().formatHex(digest.digest(files.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A Chinese article of about {@code megabytes} MB in Taiwan style, invented sentences, one a line. */
    static String bigArticle(int megabytes) {
        String[] sentences = {"軟體工程師在網際網路公司寫程式。", "人工智慧的研究需要大量資料。", "這個專案的使用者介面很簡單。",
                "他們在記憶體和硬碟之間搬移檔案。", "我們用滑鼠和鍵盤操作電腦。"};
        StringBuilder text = new StringBuilder(megabytes * 1_100_000);
        for (int i = 0; text.length() * 3L < megabytes * 1_000_000L; i++) {
            text.append(i).append(' ').append(sentences[i % sentences.length]).append(sentences[(i * 7 + 3) % sentences.length])
                    .append('\n');
        }
        return text.toString();
    }

    /** The writers: convert (file, folder --force), glossary import, pairs accept (a review write). */
    public static List<Writer> writers(Path demoTemplate) {
        return List.of(
                writer("convert file", dir -> {
                    Files.writeString(dir.resolve("big.md"), bigArticle(6));
                    Files.writeString(dir.resolve("out.md"), "the previous conversion\n");
                }, "out.md", "convert", "--config", "tw2sp", "--glossary", "none", "--in", "big.md", "--out", "out.md",
                        "--force"),
                writer("convert folder --force", dir -> {
                    Files.createDirectories(dir.resolve("site/posts"));
                    for (int i = 0; i < 4; i++) {
                        Files.writeString(dir.resolve("site/posts/p" + i + ".md"), bigArticle(1));
                    }
                    Files.createDirectories(dir.resolve("out/old"));
                    Files.writeString(dir.resolve("out/old/a.md"), "the previous tree\n");
                    Files.writeString(dir.resolve("out/b.md"), "the previous tree, second file\n");
                }, "out", "convert", "--config", "tw2sp", "--glossary", "none", "--in", "site", "--out", "out", "--force"),
                writer("glossary import", dir -> {
                    Files.createDirectories(dir.resolve("glossary"));
                    Files.writeString(dir.resolve("terms.tsv"), yuanwen.TestFiles.inventedTermbase(30_000));
                    Files.writeString(dir.resolve("glossary/glossary.json"), "{\n  \"schemaVersion\": 1,\n  \"entries\": []\n}\n");
                }, "glossary/glossary.json", "glossary", "import", "terms.tsv"),
                writer("pairs accept", dir -> {
                    Files.createDirectories(dir.resolve("aligned"));
                    Files.copy(demoTemplate, dir.resolve("aligned/demo.json"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }, "aligned/demo.json", reviewCommand(demoTemplate)));
    }

    /** pairs accept demo with the first three pair ids of the stored alignment. */
    private static String[] reviewCommand(Path demoTemplate) {
        try {
            List<String> command = new ArrayList<>(List.of("pairs", "accept", "demo"));
            for (var link : yuanwen.text.Json.MAPPER.readTree(Files.readString(demoTemplate)).get("links")) {
                if (command.size() < 6) {
                    command.add(link.get("id").asString());
                }
            }
            return command.toArray(String[]::new);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface Preparation {
        void in(Path dir) throws Exception;
    }

    private static Writer writer(String name, Preparation preparation, String target, String... command) {
        return new Writer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void prepare(Path dir) throws Exception {
                preparation.in(dir);
            }

            @Override
            public List<String> command() {
                return List.of(command);
            }

            @Override
            public String target() {
                return target;
            }
        };
    }
}
