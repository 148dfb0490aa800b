package yuanwen.align;

public final class CedictPeek {
    public static void main(String[] args) {
        CedictDictionary d = CedictDictionary.standard();
        EnglishWords w = new EnglishWords();
        for (String a : args) {
            if (a.matches("[a-zA-Z-]+")) {
                System.out.println(a + " -> stem " + w.stemOrNull(a.toLowerCase()) + " id " + d.stemId(String.valueOf(w.stemOrNull(a.toLowerCase()))));
                continue;
            }
            int[] t = d.translations(a);
            StringBuilder sb = new StringBuilder(a + " ->");
            if (t == null) sb.append(" (not a headword)");
            else for (int id : t) sb.append(' ').append(d.stem(id));
            System.out.println(sb);
        }
    }
}
