package yuanwen.script;

import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryFile;

/**
 * How a conversion is run in the OpenCC conformance tests: plain, as {@code convert --glossary none}
 * does, or steered by the glossary shipped in {@code glossary/glossary.json}, as {@code convert} does
 * by default. OpenCC's expectations must hold either way: the glossary may keep its names, never
 * spoil OpenCC's phrases.
 */
enum Steering {
    NO_GLOSSARY,
    SHIPPED_GLOSSARY;

    private static volatile Glossary shipped;

    /** The converter for an OpenCC config name, steered this way. */
    ScriptConverter converter(String config) {
        ScriptConverter plain = Conversions.standard().get(config);
        return this == NO_GLOSSARY ? plain : plain.withFixedTerms(shippedGlossary().scriptForms(plain.name()));
    }

    private static Glossary shippedGlossary() {
        Glossary glossary = shipped;
        if (glossary == null) {
            glossary = GlossaryFile.load(GlossaryFile.DEFAULT);
            shipped = glossary;
        }
        return glossary;
    }
}
