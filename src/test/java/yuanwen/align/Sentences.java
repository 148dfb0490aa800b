package yuanwen.align;

import java.util.ArrayList;
import java.util.List;
import yuanwen.segment.Sentence;

/** Test sentences from plain strings: index = position, line = position + 1, no times. */
final class Sentences {

    private Sentences() {
    }

    static List<Sentence> of(String... texts) {
        List<Sentence> out = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            out.add(new Sentence(k, texts[k], null, k + 1, k + 1, 0, texts[k].length(), null, null));
        }
        return out;
    }
}
