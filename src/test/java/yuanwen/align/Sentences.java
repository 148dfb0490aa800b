package yuanwen.align;

import java.util.ArrayList;
import java.util.List;
import yuanwen.read.SourceSpan;
import yuanwen.segment.Sentence;

/** Test sentences from plain strings: index = position, line = position + 1, no times. */
final class Sentences {

    private Sentences() {
    }

    static List<Sentence> of(String... texts) {
        List<Sentence> out = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            out.add(Sentence.untimed(k, texts[k], SourceSpan.ofLine(k + 1, 0, texts[k].length())));
        }
        return out;
    }
}
