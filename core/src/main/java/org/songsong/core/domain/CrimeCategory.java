package org.songsong.core.domain;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A kind of crime the reader filters by; the code is fixed and appears in shared links. */
@Entity
public class CrimeCategory extends PanacheEntityBase {

    @Id
    public String code;

    /** Display order. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String labelVi;

    @Column(nullable = false)
    public String labelEn;

    @Column(nullable = false)
    public String descriptionVi;

    @Column(nullable = false)
    public String descriptionEn;

    public static List<CrimeCategory> listInOrder() {
        return listAll(Sort.by("position"));
    }
}
