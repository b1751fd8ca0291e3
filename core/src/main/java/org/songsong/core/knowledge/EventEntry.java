package org.songsong.core.knowledge;

/**
 * A dated event of a recurring series ("the 5th ministerial conference on crime prevention"), so an
 * article naming it can be dated and the reader can show it. {@code date} is ISO with the precision known.
 */
public record EventEntry(String id, String series, Integer number, String nameVi, String nameEn, String date,
        String placeVi, String placeEn, String note) {

    public int year() {
        return Integer.parseInt(date.substring(0, 4));
    }

    public Integer month() {
        return date.length() >= 7 ? Integer.valueOf(date.substring(5, 7)) : null;
    }

    public Integer day() {
        return date.length() >= 10 ? Integer.valueOf(date.substring(8, 10)) : null;
    }
}
