package org.songsong.core.domain;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A crime category an article names, with the phrases that name it and the paragraphs they are in. */
@Entity
public class ArticleCategory extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code")
    public CrimeCategory category;

    /** The phrases as written ("tội phạm ma túy"). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> evidence = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Integer> paragraphs = new ArrayList<>();
}
