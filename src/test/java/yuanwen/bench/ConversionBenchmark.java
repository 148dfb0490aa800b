package yuanwen.bench;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yuanwen.SharedData;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptConverter;

/**
 * In-process conversion throughput after warm-up, plain ({@code --glossary none}) and steered by the
 * shipped glossary (what {@code convert} does by default), on two texts: OpenCC's benchmark text (the
 * Zuo Zhuan, classical Chinese, where the glossary's modern names are rare) and the seed articles
 * repeated to about the same size (modern prose, where they are frequent). s2t runs on the simplified
 * text, t2s on its s2t conversion, tw2sp on its s2twp conversion, as OpenCC measures them.
 *
 * <p>With {@code -Dyuanwen.baseline=DIR} (the {@code target/classes} of another build, e.g. of the
 * commit before a change) both builds run in the same JVM, their measured rounds interleaved (each
 * going first in every other round) so that both see the same machine load; each build is loaded by
 * its own class loader and called the same way. The output hash shows whether the builds write the
 * same text.
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.mainClass=yuanwen.bench.ConversionBenchmark \
 *     [-Dyuanwen.baseline=/tmp/base/target/classes] [-Dexec.args="s2t t2s"]</pre>
 */
public final class ConversionBenchmark {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 10;
    private static final Path GLOSSARY = Path.of("glossary", "glossary.json");

    private ConversionBenchmark() {
    }

    public static void main(String[] args) throws Throwable {
        String zuozhuan = Files.readString(SharedData.resolve("bench/opencc/zuozhuan.txt"));
        long loadStart = System.nanoTime();
        ScriptConverter s2t = Conversions.standard().get("s2t");
        Conversions.standard().get("t2s");
        System.out.printf(Locale.ROOT, "dictionary load (s2t + t2s): %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        StringBuilder seeds = new StringBuilder();
        while (seeds.length() < zuozhuan.length()) {
            for (int i = 0; i <= 4; i++) {
                // Seed 002 is Taiwan text; every text starts simplified, as the Zuo Zhuan does.
                seeds.append(Conversions.standard().get("tw2sp").convert(Files.readString(SharedData.seed(i))));
            }
        }
        List<Build> builds = new ArrayList<>();
        String baseline = System.getProperty("yuanwen.baseline");
        if (baseline != null) {
            builds.add(new Build("baseline", isolated(Path.of(baseline))));
        }
        builds.add(new Build("this build", ConversionBenchmark.class.getClassLoader()));
        List<String> configs = args.length > 0 ? List.of(args) : List.of("s2t", "t2s", "s2twp", "tw2sp");
        for (String textName : List.of("Zuo Zhuan", "seeds")) {
            String simplified = textName.equals("seeds") ? seeds.toString() : zuozhuan;
            String traditional = s2t.convert(simplified);
            String taiwan = Conversions.standard().get("s2twp").convert(simplified);
            for (String config : configs) {
                String input = config.startsWith("s") ? simplified : config.startsWith("tw") ? taiwan : traditional;
                for (boolean steered : new boolean[] {false, true}) {
                    List<MethodHandle> converters = new ArrayList<>();
                    for (Build build : builds) {
                        converters.add(build.converter(config, steered));
                    }
                    measure(textName + ", " + config + (steered ? " + glossary" : ""), builds, converters, input);
                }
            }
        }
    }

    /** One build's classes: its {@code Conversions} and {@code GlossaryFile}, reached by reflection. */
    private record Build(String name, ClassLoader loader) {

        /** {@code (Object converter, String line, StringBuilder out) void}, bound to the converter. */
        MethodHandle converter(String config, boolean steered) throws ReflectiveOperationException {
            Class<?> conversions = loader.loadClass("yuanwen.script.Conversions");
            Object standard = conversions.getMethod("standard").invoke(null);
            Object converter = conversions.getMethod("get", String.class).invoke(standard, config);
            if (steered) {
                Object glossary = loader.loadClass("yuanwen.glossary.GlossaryFile").getMethod("load", Path.class)
                        .invoke(null, GLOSSARY);
                Object forms = glossary.getClass().getMethod("scriptForms", String.class).invoke(glossary, config);
                converter = converter.getClass().getMethod("withFixedTerms", Map.class).invoke(converter, forms);
            }
            MethodHandle convert = MethodHandles.publicLookup().findVirtual(converter.getClass(), "convert",
                    MethodType.methodType(void.class, String.class, StringBuilder.class));
            return convert.bindTo(converter);
        }
    }

    /** A class loader that takes yuanwen's classes and resources from {@code classes}, the rest from ours. */
    private static ClassLoader isolated(Path classes) throws MalformedURLException {
        if (!Files.isRegularFile(classes.resolve("yuanwen/script/Conversions.class"))) {
            throw new IllegalArgumentException("no compiled yuanwen build at " + classes);
        }
        ClassLoader parent = ConversionBenchmark.class.getClassLoader();
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("yuanwen.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name);
                }
            }

            @Override
            public URL getResource(String name) {
                URL own = findResource(name);
                return own != null ? own : super.getResource(name);
            }
        };
    }

    private static void measure(String label, List<Build> builds, List<MethodHandle> converters, String text)
            throws Throwable {
        List<String> lines = text.lines().toList();
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            for (MethodHandle converter : converters) {
                convertLines(converter, lines, false);
            }
        }
        long[] nanos = new long[converters.size()];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (int k = 0; k < converters.size(); k++) {
                int b = (k + round) % converters.size(); // each build goes first in every other round
                long start = System.nanoTime();
                convertLines(converters.get(b), lines, false);
                nanos[b] += System.nanoTime() - start;
            }
        }
        for (int b = 0; b < converters.size(); b++) {
            double seconds = nanos[b] / 1e9;
            System.out.printf(Locale.ROOT, "%-27s %-10s %6.1f MB/s  (%.2f MB x %d rounds in %.2f s; output %016x)%n",
                    label, builds.get(b).name(), megabytes * MEASURED_ROUNDS / seconds, megabytes, MEASURED_ROUNDS,
                    seconds, convertLines(converters.get(b), lines, true));
        }
    }

    /**
     * Converts every line; with {@code hash}, returns a hash of the output (outside the timed rounds,
     * which only count characters) so that two builds' outputs can be compared.
     */
    private static long convertLines(MethodHandle converter, List<String> lines, boolean hash) throws Throwable {
        StringBuilder out = new StringBuilder(1 << 16);
        long result = hash ? 1 : 0;
        for (String line : lines) {
            out.setLength(0);
            converter.invokeExact(line, out);
            result = hash ? result * 31 + out.toString().hashCode() : result + out.length();
        }
        return result;
    }
}
