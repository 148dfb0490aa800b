package yuanwen.segment;

/** What a number in running text measures; mentions only agree within compatible kinds. */
public enum NumberKind {
    /** A plain quantity, possibly of people ({@code unit} "people"). */
    COUNT,
    /** An amount of money; the unit is an ISO currency code. */
    MONEY,
    /** A percentage; the value is in percent (5% is 5.0). */
    PERCENT,
    /** A factor such as 10x or 十倍. */
    MULTIPLE,
    /** A calendar year (1992); unit "decade" for the 1990s / 90年代. */
    YEAR,
    /** A length of time; the unit is year, month, week, day, hour, minute or second. */
    DURATION,
    /** A rank such as 第三 / third. */
    ORDINAL,
    /** A month and day without a year, valued month * 100 + day (12月3日 is 1203). */
    DATE
}
