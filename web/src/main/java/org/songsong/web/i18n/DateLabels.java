package org.songsong.web.i18n;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.songsong.core.parse.DatePrecision;
import org.songsong.core.parse.PublicationDate;

/** Dates as readers write them, never more precise than what is known. */
public final class DateLabels {

    private DateLabels() {
    }

    public static String format(PublicationDate date, ReaderLanguage language) {
        if (date == null) {
            return null;
        }
        return switch (date.precision()) {
            case DAY -> language == ReaderLanguage.VI
                    ? date.day() + "/" + date.month() + "/" + date.year()
                    : date.day() + " " + monthName(date.month()) + " " + date.year();
            case MONTH -> language == ReaderLanguage.VI
                    ? "tháng " + date.month() + "/" + date.year()
                    : monthName(date.month()) + " " + date.year();
            case YEAR -> String.valueOf(date.year());
        };
    }

    public static String format(LocalDate day, ReaderLanguage language) {
        return format(new PublicationDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), DatePrecision.DAY,
                null, null, null), language);
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
