package yuanwen.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yuanwen.bench.QuoteDevSets.Case;
import yuanwen.bench.QuoteDevSets;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;

/**
 * Fits {@link QuoteDecision}'s two models on the tuning half (even positions) of every quote dev
 * set ({@link QuoteDevSets}) and reports both halves, so that the weights in QuoteDecision can be
 * replaced by what this prints:
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.align.QuoteDecisionFit</pre>
 *
 * The ranker is a conditional logit over each quote's spans (quotes with an original whose span
 * is among the candidates); the decision a logistic regression over the best three non-overlapping
 * spans of every quote, those of translator-only and unrelated text included (all wrong). Both are
 * fitted by Newton's method with a small ridge.
 */
public final class QuoteDecisionFit {

    private static final double RIDGE = 0.1;
    private static final int DECISION_SPANS = 3;

    private QuoteDecisionFit() {
    }

    /** One quote's candidates with their terms and labels. */
    private record Quote(Case c, int position, List<QuoteCandidate> candidates, boolean[] right) {
    }

    public static void main(String[] args) {
        boolean none = args.length > 0 && args[0].equals("none");
        TermFinder terms = none ? TermFinder.NONE : new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));
        Map<Object, QuoteFinder> finders = new HashMap<>();
        List<Quote> quotes = new ArrayList<>();
        for (Map.Entry<String, List<Case>> set : QuoteDevSets.withUnrelated().entrySet()) {
            int position = 0;
            for (Case c : set.getValue()) {
                QuoteFinder finder = finders.computeIfAbsent(c.source().file(),
                        f -> new QuoteFinder(QuoteIndex.of(c.source().sentences(), terms)));
                List<QuoteCandidate> candidates = finder.lookup(c.text()).candidates();
                boolean[] right = new boolean[candidates.size()];
                for (int k = 0; k < right.length; k++) {
                    right[k] = c.right(candidates.get(k).first(), candidates.get(k).count());
                }
                quotes.add(new Quote(c, position++, candidates, right));
            }
        }
        List<Quote> tuning = quotes.stream().filter(q -> q.position() % 2 == 0).toList();
        double[] rank = fitRank(tuning);
        QuoteDecision ranking = new QuoteDecision(rank, new double[QuoteDecision.DECISION_TERMS.length]);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Quote q : tuning) {
            List<QuoteDecision.Scored> scored = byRank(ranking.score(q.candidates()));
            for (int k = 0; k < Math.min(DECISION_SPANS, scored.size()); k++) {
                QuoteDecision.Scored s = scored.get(k);
                x.add(QuoteDecision.decisionTerms(s.candidate().features(), s.rank(), s.margin(), s.spread()));
                y.add(q.c().right(s.candidate().first(), s.candidate().count()));
            }
        }
        double[] decision = logistic(x, y);
        System.out.println("RANK = " + java(rank) + ";  // " + String.join(", ", QuoteDecision.RANK_TERMS));
        System.out.println("DECISION = " + java(decision) + ";  // " + String.join(", ", QuoteDecision.DECISION_TERMS));
        QuoteDecision fitted = new QuoteDecision(rank, decision);
        for (int half = 0; half < 2; half++) {
            int parity = half;
            report(half == 0 ? "tuning" : "held-out", quotes.stream().filter(q -> q.position() % 2 == parity).toList(),
                    fitted);
        }
    }

    private static List<QuoteDecision.Scored> byRank(List<QuoteDecision.Scored> scored) {
        List<QuoteDecision.Scored> out = new ArrayList<>(scored);
        out.sort(java.util.Comparator.comparingDouble((QuoteDecision.Scored s) -> -s.rank()));
        return out;
    }

    private static void report(String label, List<Quote> quotes, QuoteDecision decision) {
        Map<String, int[]> sets = new java.util.LinkedHashMap<>();
        for (Quote q : quotes) {
            List<QuoteDecision.Scored> scored = decision.score(q.candidates());
            String set = q.c().hasOriginal() ? q.c().set() : "no original: " + q.c().set();
            int[] counts = sets.computeIfAbsent(set, k -> new int[5]);
            counts[0]++;
            double top = scored.isEmpty() ? 0 : scored.get(0).score();
            boolean right = !scored.isEmpty()
                    && q.c().right(scored.get(0).candidate().first(), scored.get(0).candidate().count());
            if (top >= QuoteDecision.FOUND) {
                counts[right ? 1 : 2]++;
            } else if (top >= QuoteDecision.WEAK) {
                counts[3]++;
            } else {
                counts[4]++;
            }
        }
        sets.forEach((set, c) -> System.out.printf(Locale.ROOT,
                "%-9s %-40s %4d quotes: found right %5.1f%%, found wrong %4.1f%%, weak %5.1f%%, none %5.1f%%%n", label, set,
                c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0], 100.0 * c[3] / c[0], 100.0 * c[4] / c[0]));
    }

    /** Conditional logit: maximises, per quote, the probability of its right spans among all. */
    private static double[] fitRank(List<Quote> quotes) {
        int d = QuoteDecision.RANK_TERMS.length;
        List<double[][]> xs = new ArrayList<>();
        List<boolean[]> ys = new ArrayList<>();
        for (Quote q : quotes) {
            boolean any = false;
            for (boolean r : q.right()) {
                any |= r;
            }
            if (!any || !q.c().hasOriginal()) {
                continue;
            }
            double[][] x = new double[q.candidates().size()][];
            for (int k = 0; k < x.length; k++) {
                x[k] = QuoteDecision.rankTerms(q.candidates().get(k).features());
            }
            xs.add(x);
            ys.add(q.right());
        }
        double[] w = new double[d];
        double last = Double.MAX_VALUE;
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            double loss = 0;
            for (int n = 0; n < xs.size(); n++) {
                double[][] x = xs.get(n);
                boolean[] r = ys.get(n);
                double[] s = new double[x.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < x.length; k++) {
                    s[k] = QuoteDecision.dot(w, x[k]);
                    max = Math.max(max, s[k]);
                }
                double z = 0;
                double zr = 0;
                double[] mean = new double[d];
                double[] meanRight = new double[d];
                for (int k = 0; k < x.length; k++) {
                    double e = Math.exp(s[k] - max);
                    z += e;
                    if (r[k]) {
                        zr += e;
                    }
                    for (int a = 0; a < d; a++) {
                        mean[a] += e * x[k][a];
                        if (r[k]) {
                            meanRight[a] += e * x[k][a];
                        }
                    }
                }
                loss += Math.log(z) - Math.log(zr);
                for (int a = 0; a < d; a++) {
                    mean[a] /= z;
                    meanRight[a] /= zr;
                    gradient[a] += mean[a] - meanRight[a];
                }
                // The all-span covariance: positive definite, a safe Newton step.
                for (int k = 0; k < x.length; k++) {
                    double p = Math.exp(s[k] - max) / z;
                    for (int a = 0; a < d; a++) {
                        for (int b = 0; b < d; b++) {
                            hessian[a][b] += p * (x[k][a] - mean[a]) * (x[k][b] - mean[b]);
                        }
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                loss += RIDGE * w[a] * w[a];
                gradient[a] += 2 * RIDGE * w[a];
                hessian[a][a] += 2 * RIDGE;
            }
            double[] step = solve(hessian, gradient);
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
            }
            if (Math.abs(last - loss) < 1e-6 * Math.abs(loss)) {
                break;
            }
            last = loss;
        }
        return w;
    }

    private static double[] logistic(List<double[]> xs, List<Boolean> ys) {
        int d = xs.get(0).length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < xs.size(); n++) {
                double[] x = xs.get(n);
                double p = 1 / (1 + Math.exp(-QuoteDecision.dot(w, x)));
                double y = ys.get(n) ? 1 : 0;
                for (int a = 0; a < d; a++) {
                    gradient[a] += (p - y) * x[a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += p * (1 - p) * x[a] * x[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                gradient[a] += 2 * RIDGE * w[a];
                hessian[a][a] += 2 * RIDGE;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                size += Math.abs(step[a]);
            }
            if (size < 1e-8) {
                break;
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = m[i][n];
            for (int c = i + 1; c < n; c++) {
                sum -= m[i][c] * x[c];
            }
            x[i] = sum / m[i][i];
        }
        return x;
    }

    private static String java(double[] w) {
        StringBuilder out = new StringBuilder("{");
        for (int k = 0; k < w.length; k++) {
            out.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", w[k]));
        }
        return out.append('}').toString();
    }
}
