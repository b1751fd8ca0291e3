package org.songsong.core.domain;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A news outlet that published articles (VietnamPlus/TTXVN, VOV, …). */
@Entity
public class Outlet extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    public String website;

    public static Optional<Outlet> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
