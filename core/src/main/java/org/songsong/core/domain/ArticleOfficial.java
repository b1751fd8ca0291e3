package org.songsong.core.domain;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An official named in an article, with the title the article gives them and where they appear. */
@Entity
public class ArticleOfficial extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Official official;

    /** As written: "Thứ trưởng Bộ Công an Trung Quốc". */
    public String roleAsWritten;

    /** Positions of the paragraphs that mention the person. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Integer> paragraphs = new ArrayList<>();
}
