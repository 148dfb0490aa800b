package yuanwen.glossary;

/**
 * One occurrence of a glossary entry in a text.
 *
 * @param entryId the glossary entry's id, e.g. {@code person.jeff-bezos}
 * @param form    the glossary form that matched, as the glossary writes it (e.g. 贝佐斯 or Bezos)
 * @param start   character offset of the occurrence in the searched text
 * @param end     offset just past it
 */
public record TermMatch(String entryId, String form, int start, int end) {
}
