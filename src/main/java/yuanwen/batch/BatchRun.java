package yuanwen.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import yuanwen.align.AlignModel;
import yuanwen.align.CedictDictionary;
import yuanwen.review.AlignRun;
import yuanwen.review.AlignRun.LoadedGlossary;
import yuanwen.script.ChineseKey;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.text.BadInputException;

/**
 * Aligns every pair of a {@link Manifest} into one store, {@code jobs} pairs at a time, each with
 * {@link AlignRun} (reviewed pairs carry over as in a single run). A pair whose sources, glossary
 * and parameters are those its stored alignment records (SHA-256) is skipped unless forced; each
 * alignment is written atomically when it is done, so a killed batch, run again, redoes only the
 * pairs it had not finished. A pair that fails is reported with its problem and the others go on.
 */
public final class BatchRun {

    /**
     * @param jobs     how many pairs are aligned at once (at least 1)
     * @param force    align pairs that are up to date too
     * @param glossary the glossary file, or null for none (read by the batch while its workers load
     *                 the aligner's data)
     * @param loaded   the glossary to use instead of reading {@code glossary} (the shell's shipped
     *                 glossary with the user's over it), read when the batch starts, while its workers
     *                 load the aligner's data; null to read {@code glossary}
     */
    public record Settings(int jobs, boolean force, Path glossary, Supplier<LoadedGlossary> loaded) {

        public Settings {
            if (jobs < 1) {
                throw new IllegalArgumentException("--jobs must be at least 1");
            }
        }

        public Settings(int jobs, boolean force, Path glossary) {
            this(jobs, force, glossary, null);
        }
    }

    /** What became of a pair. */
    public enum State {
        ALIGNED("aligned"), UNCHANGED("unchanged"), FAILED("failed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One pair's result.
     *
     * @param entry    the manifest's line
     * @param state    aligned, unchanged (skipped) or failed
     * @param document the stored alignment (for unchanged pairs, as stored), or null when failed
     * @param file     where it is stored, or null when failed
     * @param fixed    reviewed pairs kept fixed
     * @param nanos    how long the pair took
     * @param problem  why it failed (one line naming the file), or null
     * @param internal the failure is a fault of Yuanwen, not of the input
     * @param notes    what the user should know about the carried-over review
     */
    public record PairResult(Manifest.Entry entry, State state, AlignmentFile document, Path file, int fixed,
                             long nanos, String problem, boolean internal, List<String> notes) {

        /** Sentences on both sides (0 when failed): the work the pair was. */
        public int sentences() {
            return document == null ? 0 : document.zh().sentences().size() + document.en().sentences().size();
        }
    }

    /** Told of each pair as it finishes, on the thread that called {@link #run} (one at a time). */
    @FunctionalInterface
    public interface Listener {
        void finished(PairResult result);
    }

    /**
     * @param results every pair's result, in the manifest's order
     * @param nanos   the whole batch's time
     */
    public record Report(List<PairResult> results, long nanos) {

        public long count(State state) {
            return results.stream().filter(r -> r.state() == state).count();
        }

        public List<PairResult> failures() {
            return results.stream().filter(r -> r.state() == State.FAILED).toList();
        }
    }

    private static final AtomicBoolean READ_AHEAD = new AtomicBoolean();

    /**
     * Starts reading the data every pair needs (CC-CEDICT, OpenCC's tw2sp tables, the fitted
     * model) on a thread of its own, once per JVM; the first pair waits for what it needs of it.
     * The batch calls it as it starts, and the command line as the JVM starts, so that the reading
     * overlaps the shell's start-up on the second core: that is the part of a batch no second job
     * shares. One after the other, before the first pair, glossary and data took 2.0 s of CPU
     * (CC-CEDICT 1.0 s of it); the shell's start-up another 1.4 s.
     */
    public static void readAhead() {
        if (READ_AHEAD.compareAndSet(false, true)) {
            Thread reader = new Thread(() -> {
                CedictDictionary.standard();
                ChineseKey.of("");
                AlignModel.standard();
            }, "yuanwen-batch-data");
            reader.setDaemon(true);
            reader.start();
        }
    }

    private final AlignedStore store;

    public BatchRun(AlignedStore store) {
        this.store = store;
    }

    /** Runs the batch; the glossary is read once for all pairs (a bad glossary stops it before any pair). */
    public Report run(Manifest manifest, Settings settings, Listener listener) {
        long start = System.nanoTime();
        CompletableFuture<LoadedGlossary> glossary = new CompletableFuture<>();
        List<Manifest.Entry> entries = manifest.entries();
        PairResult[] results = new PairResult[entries.size()];
        // Largest pairs first: with several jobs the batch then ends with small pairs filling the
        // gaps, not with one long pair running alone.
        List<Integer> order = new ArrayList<>();
        long[] sizes = new long[entries.size()];
        for (int k = 0; k < entries.size(); k++) {
            order.add(k);
            sizes[k] = size(entries.get(k).zh()) + size(entries.get(k).en());
        }
        order.sort(Comparator.<Integer>comparingLong(k -> -sizes[k]).thenComparingInt(k -> k));
        int jobs = Math.min(settings.jobs(), Math.max(1, entries.size()));
        ThreadLocal<AlignRun> runs = ThreadLocal.withInitial(() -> new AlignRun(store));
        readAhead();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, counted("yuanwen-batch-"));
        try {
            ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            for (int k : order) {
                done.submit(() -> {
                    // Each worker builds its aligner (the sentence model, OpenCC's tables; CC-CEDICT
                    // comes from readAhead) while this thread reads the glossary.
                    AlignRun run = runs.get();
                    results[k] = alignOne(run, entries.get(k), glossary.join(), settings.force(), Function.identity());
                    return k;
                });
            }
            try {
                glossary.complete(settings.loaded() != null ? settings.loaded().get()
                        : settings.glossary() == null ? null : LoadedGlossary.load(settings.glossary()));
            } catch (RuntimeException e) {
                // A bad glossary stops the batch before any pair is aligned.
                glossary.completeExceptionally(e);
                throw e;
            }
            for (int n = 0; n < entries.size(); n++) {
                int k = take(done);
                listener.finished(results[k]);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(List.of(results), System.nanoTime() - start);
    }

    /**
     * One pair, as the batch command and the Spark job run it: skipped when current (unless
     * {@code force}), else aligned and stored; a failure becomes the result's problem.
     *
     * @param local where to read a manifest path from (a Spark task's local copy); identity for local files
     */
    public static PairResult alignOne(AlignRun run, Manifest.Entry entry, LoadedGlossary glossary, boolean force,
                                      Function<String, String> local) {
        long start = System.nanoTime();
        try {
            AlignRun.Request request = new AlignRun.Request(Path.of(local.apply(entry.zh())),
                    Path.of(local.apply(entry.en())), entry.name(), entry.preSplit(), null)
                    .withVideo(entry.video()).shownAs(entry.zh(), entry.en());
            if (!force && run.isCurrent(request, glossary)) {
                AlignedStore store = run.store();
                return new PairResult(entry, State.UNCHANGED, store.load(entry.name()), store.fileOf(entry.name()), 0,
                        System.nanoTime() - start, null, false, List.of());
            }
            AlignRun.Outcome outcome = run.run(request, glossary, stage -> { });
            return new PairResult(entry, State.ALIGNED, outcome.document(), outcome.file(), outcome.fixed(),
                    System.nanoTime() - start, null, false, outcome.notes());
        } catch (BadInputException | IllegalArgumentException e) {
            return failed(entry, start, e.getMessage(), false);
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(entry, start, e instanceof OutOfMemoryError
                    ? "out of memory: the pair is too large for this Java heap (give Java more, e.g. -Xmx2g)"
                    : "internal error: " + e + " (please report it with the pair's files)", !(e instanceof OutOfMemoryError));
        }
    }

    private static PairResult failed(Manifest.Entry entry, long start, String problem, boolean internal) {
        return new PairResult(entry, State.FAILED, null, null, 0, System.nanoTime() - start, problem, internal, List.of());
    }

    private static long size(String path) {
        try {
            return Files.size(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static int take(ExecutorCompletionService<Integer> done) {
        try {
            Future<Integer> next = done.take();
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while aligning the batch", e);
        } catch (ExecutionException e) {
            // alignOne turns every failure into a result; only an Error gets here.
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory counted(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
