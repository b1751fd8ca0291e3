package org.songsong.core.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A photo caption of an article, kept apart from the body, with the photographer's credit if stated. */
@Entity
public class ArticleCaption extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String textVi;

    /** The English of this text: an editor's translation, or null when the article has none. */
    public String textEn;

    public String credit;

    public ArticleCaption() {
    }

    public ArticleCaption(Article article, int position, String textVi, String credit) {
        this.article = article;
        this.position = position;
        this.textVi = textVi;
        this.credit = credit;
    }
}
