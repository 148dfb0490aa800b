package yuanwen.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import yuanwen.SharedData;
import yuanwen.segment.DocumentSegmenter;

/**
 * Fits {@link ScoreCalibration}'s weights on MAC-Dev (each aligned pair labelled by whether it is
 * exactly a gold bead) and shows the calibration of the shipped weights on MAC-Dev and MAC-Test:
 * <pre>
 * mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.align.ScoreCalibrationFit
 * </pre>
 */
public final class ScoreCalibrationFit {

    private record Example(double[] features, boolean right, double ownScore) {
    }

    private ScoreCalibrationFit() {
    }

    public static void main(String[] args) throws IOException {
        List<Example> dev = examples("dev");
        List<Example> test = examples("test");
        double[] fitted = fit(dev);
        StringBuilder weights = new StringBuilder();
        for (double w : fitted) {
            weights.append(weights.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", w));
        }
        System.out.println("fitted on MAC-Dev: {" + weights + "}");
        report("MAC-Dev, shipped weights", dev, ScoreCalibration.WEIGHTS);
        report("MAC-Test, shipped weights", test, ScoreCalibration.WEIGHTS);
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
            for (int k = 0; k < beads.size(); k++) {
                if (beads.get(k).aligned()) {
                    out.add(new Example(ScoreCalibration.features(beads, k), gold.contains(beads.get(k).vecalign()),
                            beads.get(k).score()));
                }
            }
        }
        return out;
    }

    /** Logistic regression by Newton's method, with a little L2 so that weights stay finite. */
    private static double[] fit(List<Example> examples) {
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
        return w;
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

    private static void report(String title, List<Example> examples, double[] weights) {
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
