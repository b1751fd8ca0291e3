package org.songsong.web.catalog;

import org.songsong.core.domain.CrimeCategory;

/** A crime category with its labels and descriptions in both languages. */
public record CategoryProfile(String code, String labelVi, String labelEn, String descriptionVi, String descriptionEn) {

    static CategoryProfile of(CrimeCategory c) {
        return new CategoryProfile(c.code, c.labelVi, c.labelEn, c.descriptionVi, c.descriptionEn);
    }
}
