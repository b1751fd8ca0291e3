package org.songsong.core.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** Another spelling of an official's name found in articles ("Quách Thành Côn" for "Quách Thanh Côn"). */
@Entity
public class OfficialAlias extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Official official;

    @Column(nullable = false)
    public String alias;
}
