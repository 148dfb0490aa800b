package yuanwen.bench;

import java.nio.file.Path;
import yuanwen.align.AlignModel;
import yuanwen.align.AlignParameters;

/**
 * Parameters for benchmark runs: the defaults, or overrides from system properties while tuning on
 * dev: {@code -Dalign.model=FILE} aligns with another model file (one a fitting program wrote, or
 * a copy of {@code src/main/resources/yuanwen/align/model.json} edited by hand), and
 * {@code -Dalign.lexical}, {@code align.length}, {@code align.skip}, {@code align.learn} override
 * single numbers of it.
 */
final class Tuning {

    /** Held so that the configured logger is not garbage-collected (LogManager keeps weak references). */
    private static final java.util.logging.Logger ALIGN_LOG = java.util.logging.Logger.getLogger("yuanwen.align");

    private Tuning() {
    }

    /** With {@code -Dalign.timing=true}, prints the aligner's stage times (logged at FINE). */
    static void showStageTimes() {
        if (Boolean.getBoolean("align.timing")) {
            java.util.logging.Logger log = ALIGN_LOG;
            java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
            handler.setLevel(java.util.logging.Level.FINE);
            log.addHandler(handler);
            log.setLevel(java.util.logging.Level.FINE);
        }
    }

    static AlignParameters parameters() {
        String modelFile = System.getProperty("align.model");
        AlignParameters d = modelFile == null || modelFile.isBlank() ? AlignParameters.defaults()
                : AlignParameters.defaults().withModel(AlignModel.load(Path.of(modelFile)));
        double lexical = Double.parseDouble(System.getProperty("align.lexical", "" + d.lexicalWeight()));
        double length = Double.parseDouble(System.getProperty("align.length", "" + d.lengthWeight()));
        double skip = Double.parseDouble(System.getProperty("align.skip", "" + d.skipCost()));
        boolean learn = Boolean.parseBoolean(System.getProperty("align.learn", "" + d.learnTable()));
        return d.withWeights(lexical, length, skip).withLearnTable(learn);
    }
}
