package org.songsong.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A holder of public office named in the articles: a minister, a general, an ambassador, … */
@Entity
public class Official extends PanacheEntity {

    /** The Vietnamese name in lower-case ASCII with hyphens: {@code to-lam}, {@code trieu-khac-chi}. */
    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String nameVi;

    /** "To Lam"; Chinese officials in pinyin, "Zhao Kezhi". */
    @Column(nullable = false)
    public String nameEn;

    /** Chinese characters, only where they are certain. */
    public String nameZh;

    /** ISO 3166 alpha-2 code. */
    @Column(nullable = false, length = 2)
    public String country;

    /** False for a person found by rank or title whom the knowledge base does not know yet. */
    public boolean curated;

    @OneToMany(mappedBy = "official", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<OfficialAlias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "official", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromYear")
    public List<OfficialRole> roles = new ArrayList<>();

    public static Optional<Official> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
