package yuanwen.bench;

import yuanwen.align.AlignParameters;

/** Parameters for benchmark runs: the defaults, or overrides from system properties while tuning on dev. */
final class Tuning {

    private Tuning() {
    }

    static AlignParameters parameters() {
        AlignParameters d = AlignParameters.defaults();
        double lexical = Double.parseDouble(System.getProperty("align.lexical", "" + d.lexicalWeight()));
        double length = Double.parseDouble(System.getProperty("align.length", "" + d.lengthWeight()));
        double skip = Double.parseDouble(System.getProperty("align.skip", "" + d.skipCost()));
        boolean learn = Boolean.parseBoolean(System.getProperty("align.learn", "" + d.learnTable()));
        return d.withWeights(lexical, length, skip).withLearnTable(learn);
    }
}
