package org.songsong.core.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** One paragraph of an article's body; position 0 is the lede. */
@Entity
public class ArticleParagraph extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String textVi;

    /** The English of this text: an editor's translation, or null when the article has none. */
    public String textEn;

    public ArticleParagraph() {
    }

    public ArticleParagraph(Article article, int position, String textVi) {
        this.article = article;
        this.position = position;
        this.textVi = textVi;
    }
}
