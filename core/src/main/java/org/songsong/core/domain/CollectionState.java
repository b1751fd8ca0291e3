package org.songsong.core.domain;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The one-row version of the whole collection: every write of articles bumps it (once per transaction), so a reader knows in
 * one lookup whether anything changed since a page was served or a count was cached.
 */
@Entity
public class CollectionState extends PanacheEntityBase {

    @Id
    public short id;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public Instant updatedAt;

    /** Called in the transaction that writes an article. */
    public static void bump(Instant when) {
        update("version = version + 1, updatedAt = ?1 where id = 1", when);
    }
}
