package org.songsong.core.parse;

/** How much of a date is known. A day is never invented: an article that states none has MONTH or YEAR. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
