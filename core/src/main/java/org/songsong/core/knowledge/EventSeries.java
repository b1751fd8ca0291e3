package org.songsong.core.knowledge;

/** A recurring mechanism, and the pattern by which an article names one of its numbered sessions. */
public record EventSeries(String id, String nameVi, String nameEn, String pattern) {
}
