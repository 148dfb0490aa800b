package yuanwen.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a separate process, the way a user or a script does. */
final class YuanwenProcess {

    /** What one run printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private YuanwenProcess() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("yuanwen.jar", "target/yuanwen.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("packaged jar not found at " + jar + " (run mvn verify)");
        }
        return jar;
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return runWithInput(null, args);
    }

    static Result runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        return runIn(null, stdin, args);
    }

    /** Makes {@code dir} a workspace, as {@code yuanwen init} would (its glossary/ is the mark), and returns it. */
    static Path workspace(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("glossary"));
        return dir;
    }

    /** Runs in {@code workingDirectory} (where {@code aligned/} and {@code glossary/} are), or here if null. */
    static Result runIn(Path workingDirectory, String stdin, String... args) throws IOException, InterruptedException {
        return runWithEnvironment(workingDirectory, java.util.Map.of(), stdin, args);
    }

    /** The same with more environment variables (e.g. YUANWEN_HOME, COLUMNS). */
    static Result runWithEnvironment(Path workingDirectory, java.util.Map<String, String> environment, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        // A UTF-8 locale, so the JVM receives Chinese arguments intact (as on users' machines).
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().remove("YUANWEN_HOME");
        builder.environment().remove("COLUMNS");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("yuanwen-out", ".txt");
        Path err = Files.createTempFile("yuanwen-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("yuanwen " + String.join(" ", args) + " did not finish in 120 s");
        }
        try {
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
