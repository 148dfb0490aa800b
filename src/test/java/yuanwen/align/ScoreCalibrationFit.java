package yuanwen.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import yuanwen.SharedData;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.text.Json;

/**
 * Fits {@link ScoreCalibration}'s weights on MAC-Dev (each aligned pair labelled by whether it is
 * exactly a gold bead), writes them into the aligner's model file (the other numbers of the model
 * are kept as they are there) and shows the calibration of the weights it replaced and of the new
 * ones on MAC-Dev and MAC-Test:
 * <pre>
 * mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.align.ScoreCalibrationFit
 * </pre>
 * The model file is {@value #MODEL} unless {@code -Dexec.args=FILE} names another; rebuild to ship
 * what it wrote.
 */
public final class ScoreCalibrationFit {

    /** The shipped model, from the clone's root (where exec:java runs). */
    static final String MODEL = "src/main/resources/yuanwen/align/model.json";

    /** One aligned pair: its calibration features, whether it is exactly right, its own score. */
    record Example(double[] features, boolean right, double ownScore) {
    }

    private ScoreCalibrationFit() {
    }

    public static void main(String[] args) throws IOException {
        Path modelFile = Path.of(args.length > 0 ? args[0] : MODEL);
        AlignModel before = modelIn(modelFile);
        List<Example> dev = examples("dev");
        List<Example> test = examples("test");
        AlignModel after = refit(modelFile, dev);
        System.out.println("fitted on MAC-Dev, written to " + modelFile + ": " + Json.write(after.calibration()));
        report("MAC-Dev, weights replaced", dev, before.calibration());
        report("MAC-Test, weights replaced", test, before.calibration());
        report("MAC-Dev, fitted weights", dev, after.calibration());
        report("MAC-Test, fitted weights", test, after.calibration());
    }

    /** The model in {@code file}, or the shipped one when there is no file yet. */
    static AlignModel modelIn(Path file) {
        return Files.exists(file) ? AlignModel.load(file) : AlignModel.standard();
    }

    /**
     * Fits the calibration on {@code examples} and writes the model in {@code file} with it (the
     * shipped model when there is no file yet); every other number is kept.
     */
    static AlignModel refit(Path file, List<Example> examples) throws IOException {
        AlignModel fitted = modelIn(file).withCalibration(fit(examples));
        fitted.write(file);
        return fitted;
    }

    private static List<Example> examples(String set) throws IOException {
        Path bench = SharedData.resolve("bench/mac-" + set);
        DocumentSegmenter segmenter = new DocumentSegmenter();
        Aligner aligner = new Aligner();
        List<Example> out = new ArrayList<>();
        List<Path> chapters;
        try (Stream<Path> files = Files.list(bench.resolve("zh"))) {
            chapters = files.sorted().toList();
        }
        for (Path zhFile : chapters) {
            String name = zhFile.getFileName().toString();
            List<Bead> beads = aligner.beads(segmenter.lines(zhFile).sentences(),
                    segmenter.lines(bench.resolve("en").resolve(name)).sentences(), AlignParameters.defaults(),
                    List.of(), stage -> { });
            Set<String> gold = new HashSet<>(Files.readAllLines(bench.resolve("gold").resolve(name)));
            out.addAll(examples(beads, bead -> gold.contains(bead.vecalign())));
        }
        return out;
    }

    /** The aligned beads (own scores, before calibration) as examples, labelled by {@code right}. */
    static List<Example> examples(List<Bead> beads, Predicate<Bead> right) {
        List<Example> out = new ArrayList<>();
        for (int k = 0; k < beads.size(); k++) {
            if (beads.get(k).aligned()) {
                out.add(new Example(ScoreCalibration.features(beads, k), right.test(beads.get(k)),
                        beads.get(k).score()));
            }
        }
        return out;
    }

    /** Logistic regression by Newton's method, with a little L2 so that weights stay finite. */
    static AlignModel.Calibration fit(List<Example> examples) {
        int d = examples.get(0).features().length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Example e : examples) {
                double p = ScoreCalibration.probability(e.features(), w);
                double y = e.right() ? 1 : 0;
                for (int i = 0; i < d; i++) {
                    gradient[i] += (y - p) * e.features()[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += p * (1 - p) * e.features()[i] * e.features()[j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                gradient[i] -= 0.01 * w[i];
                hessian[i][i] += 0.01;
            }
            double[] step = solve(hessian, gradient);
            for (int i = 0; i < d; i++) {
                w[i] += step[i];
            }
        }
        return AlignModel.Calibration.of(w);
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] swap = m[c];
            m[c] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    private static void report(String title, List<Example> examples, AlignModel.Calibration calibration) {
        double[] weights = calibration.weights();
        int bins = 5;
        int[] count = new int[bins];
        int[] right = new int[bins];
        double brierOwn = 0;
        double brierCalibrated = 0;
        for (Example e : examples) {
            double p = ScoreCalibration.probability(e.features(), weights);
            double y = e.right() ? 1 : 0;
            brierOwn += (e.ownScore() - y) * (e.ownScore() - y);
            brierCalibrated += (p - y) * (p - y);
            int bin = Math.min(bins - 1, (int) (p * bins));
            count[bin]++;
            right[bin] += e.right() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%s: %d pairs; Brier score own %.4f, calibrated %.4f%n", title, examples.size(),
                brierOwn / examples.size(), brierCalibrated / examples.size());
        for (int b = 0; b < bins; b++) {
            System.out.printf(Locale.ROOT, "  score %.1f-%.1f  %5d pairs  %s exactly right%n", (double) b / bins,
                    (double) (b + 1) / bins, count[b],
                    count[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) right[b] / count[b]));
        }
    }
}
