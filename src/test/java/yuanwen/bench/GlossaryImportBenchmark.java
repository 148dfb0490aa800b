package yuanwen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEditor;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.TermbaseFormat;

/**
 * {@code glossary import} of 3,000, 30,000 and 300,000 invented TSV rows into an empty glossary,
 * in process: read the termbase, merge, validate, format the file (what the command does before
 * the atomic write). It was quadratic (the glossary copied per entry: 3k rows 10 s, 30k 70 s,
 * 300k unfinished after 10 min, whole command).
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.GlossaryImportBenchmark</pre>
 */
public final class GlossaryImportBenchmark {

    private GlossaryImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("yuanwen-import");
        for (int rows : new int[] {3_000, 30_000, 300_000}) {
            Path tsv = dir.resolve("terms-" + rows + ".tsv");
            Files.writeString(tsv, yuanwen.TestFiles.inventedTermbase(rows));
            for (int run = 0; run < 2; run++) { // the second run is after warm-up
                long start = System.nanoTime();
                List<GlossaryEntry> entries = TermbaseFormat.TSV.read(tsv);
                GlossaryEditor.Import merged = GlossaryEditor.importEntries(Glossary.empty(), entries);
                if (!merged.edit().accepted()) {
                    throw new IllegalStateException(String.valueOf(merged.edit().problems()));
                }
                int bytes = GlossaryFile.format(merged.edit().glossary()).length();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%,8d rows: %6.2f s (%s), %,d entries, %,d characters of JSON%n", rows,
                        seconds, run == 0 ? "first" : "warm", merged.edit().glossary().size(), bytes);
            }
        }
        yuanwen.text.AtomicFiles.deleteTree(dir);
    }
}
