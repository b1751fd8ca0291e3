package org.songsong.core.parse;

/**
 * The date of the event an article reports, with its precision and where each part came from.
 * Parts beyond the precision are null.
 */
public record PublicationDate(int year, Integer month, Integer day, DatePrecision precision,
        DateSource yearSource, DateSource monthSource, DateSource daySource) {

    /** ISO 8601 with the stated precision: {@code 2016-03-21}, {@code 2023-12} or {@code 2016}. */
    public String iso() {
        return switch (precision) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }
}
