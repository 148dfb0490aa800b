package yuanwen.shell;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import yuanwen.batch.BatchRun.PairResult;
import yuanwen.batch.BatchRun.State;
import yuanwen.batch.BatchRun;
import yuanwen.batch.Manifest;
import yuanwen.store.AlignmentFile;
import yuanwen.text.BadInputException;

/**
 * {@code align --manifest}: runs the batch with one progress bar on standard error (pairs done,
 * sentences a second, time left; only on a terminal, so logs and pipes get none), a line on
 * standard error for each pair that fails as it fails, and a table of all pairs on standard output
 * at the end. Fails (exit status 1, or 70 when only Yuanwen's own faults stopped pairs) when any pair failed.
 */
final class BatchCommand {

    private BatchCommand() {
    }

    static void run(Manifest manifest, BatchRun.Settings settings, PrintWriter console) {
        int total = manifest.entries().size();
        long[] bytes = new long[1];
        manifest.entries().forEach(e -> bytes[0] += size(e.zh()) + size(e.en()));
        PrintStream err = System.err;
        Progress progress = new Progress(total, bytes[0], standardErrorIsTerminal() ? err : null);
        BatchRun.Report report;
        try {
            report = new BatchRun(Workspace.current().storeForWriting("align")).run(manifest, settings, result -> {
                if (result.state() == State.FAILED) {
                    progress.above(String.format("align: %s (%s line %d) failed: %s", result.entry().name(),
                            manifest.source(), result.entry().line(), result.problem()));
                }
                progress.done(result, size(result.entry().zh()) + size(result.entry().en()));
            });
        } finally {
            progress.close();
        }
        printTable(console, report);
        console.flush();
        long failed = report.count(State.FAILED);
        if (failed > 0) {
            String message = String.format("%d of %d pairs failed (each is named above; the others are done)",
                    failed, total);
            if (report.failures().stream().allMatch(PairResult::internal)) {
                throw new IllegalStateException(message);
            }
            throw new BadInputException(message);
        }
    }

    private static void printTable(PrintWriter console, BatchRun.Report report) {
        int width = Math.max(4, report.results().stream().mapToInt(r -> r.entry().name().length()).max().orElse(4));
        String row = "%-" + width + "s  %-9s %7s %7s %7s %9s %9s %8s%n";
        console.printf(Locale.ROOT, row, "name", "status", "zh", "en", "pairs", "zh alone", "en alone", "seconds");
        long sentences = 0;
        for (PairResult r : report.results()) {
            AlignmentFile d = r.document();
            console.printf(Locale.ROOT, row, r.entry().name(), r.state().label(),
                    d == null ? "-" : d.zh().sentences().size(), d == null ? "-" : d.en().sentences().size(),
                    d == null ? "-" : d.links().size(), d == null ? "-" : d.unalignedZh().size(),
                    d == null ? "-" : d.unalignedEn().size(), String.format(Locale.ROOT, "%.1f", r.nanos() / 1e9));
            if (r.state() == State.FAILED) {
                console.println("  " + r.problem());
            }
            r.notes().forEach(note -> console.println("  note: " + note));
            if (r.state() == State.ALIGNED) {
                sentences += r.sentences();
            }
        }
        double seconds = report.nanos() / 1e9;
        console.printf(Locale.ROOT, "%d pairs: %d aligned, %d unchanged, %d failed; %,d sentences aligned in %.1f s"
                        + " (%.0f sentences/s)%n", report.results().size(), report.count(State.ALIGNED),
                report.count(State.UNCHANGED), report.count(State.FAILED), sentences, seconds,
                seconds > 0 ? sentences / seconds : 0);
    }

    /**
     * Whether standard error is a terminal (the bar goes there, so {@code align --manifest … > table.txt}
     * still shows it): asked of JLine's native provider, the one the shell uses; where it cannot
     * load, Java's console, which needs standard input and output to be terminals too.
     */
    private static boolean standardErrorIsTerminal() {
        for (String provider : new String[] {"jni", "ffm"}) {
            try {
                return TerminalProvider.load(provider).isSystemStream(SystemStream.Error);
            } catch (Exception | LinkageError e) {
                // Not on this platform or Java: try the next one.
            }
        }
        return System.console() != null;
    }

    private static long size(String path) {
        try {
            return Files.size(Path.of(path));
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * The bar: pairs done of all, sentences a second so far, and the time left estimated from the
     * input bytes done (pairs differ in size by a hundred times; bytes track the work better).
     */
    private static final class Progress {

        private final ProgressBar bar;
        private final PrintStream terminal;
        private final long totalBytes;
        private final long start = System.nanoTime();
        private long doneBytes;
        private long sentences;

        Progress(int pairs, long totalBytes, PrintStream terminal) {
            this.terminal = terminal;
            this.totalBytes = totalBytes;
            this.bar = terminal == null ? null : new ProgressBarBuilder().setTaskName("align").setInitialMax(pairs)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" pairs", 1).setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(terminal)).setEtaFunction(state -> eta())
                    .build();
        }

        synchronized void done(PairResult result, long bytes) {
            doneBytes += bytes;
            if (result.state() == State.ALIGNED) {
                sentences += result.sentences();
            }
            if (bar != null) {
                double seconds = (System.nanoTime() - start) / 1e9;
                bar.setExtraMessage(String.format(Locale.ROOT, "%.0f sentences/s", seconds > 0 ? sentences / seconds : 0));
                bar.step();
            }
        }

        private synchronized Optional<Duration> eta() {
            if (doneBytes == 0) {
                return Optional.empty();
            }
            double elapsed = System.nanoTime() - start;
            return Optional.of(Duration.ofNanos((long) (elapsed * (totalBytes - doneBytes) / doneBytes)));
        }

        /** A line of its own above the bar. */
        void above(String line) {
            if (terminal != null) {
                // Clear the bar's line first; it is drawn again at its next update.
                terminal.print("\r\u001B[2K");
            }
            System.err.println(line);
            System.err.flush();
        }

        void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
