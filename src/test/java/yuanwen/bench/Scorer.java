package yuanwen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import yuanwen.SharedData;

/** Runs the benchmark scorer ({@code bench/score_alignments.py}, python3) and passes its output through. */
final class Scorer {

    private Scorer() {
    }

    static void run(Path gold, Path out, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3",
                SharedData.resolve("bench/score_alignments.py").toString(), gold.toString(), out.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).inheritIO().start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException("scorer exited with " + status);
        }
    }
}
