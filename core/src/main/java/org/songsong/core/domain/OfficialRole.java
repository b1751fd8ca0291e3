package org.songsong.core.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** An office an official held, with the years; an open end means still in office or unknown. */
@Entity
public class OfficialRole extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Official official;

    @Column(nullable = false)
    public String titleVi;

    @Column(nullable = false)
    public String titleEn;

    public Integer fromYear;

    public Integer toYear;
}
