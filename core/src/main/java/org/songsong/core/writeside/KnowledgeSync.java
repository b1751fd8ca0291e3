package org.songsong.core.writeside;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.songsong.core.domain.CrimeCategory;
import org.songsong.core.domain.Official;
import org.songsong.core.domain.OfficialAlias;
import org.songsong.core.domain.OfficialRole;
import org.songsong.core.knowledge.CategoryEntry;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.OfficialEntry;

/**
 * Brings the database's officials and crime-category labels in line with the knowledge base. Officials
 * are matched by slug, so a person first recorded as not curated becomes curated once the knowledge
 * base knows them, keeping every link to articles.
 */
final class KnowledgeSync {

    private KnowledgeSync() {
    }

    static void sync(KnowledgeBase knowledge) {
        Map<String, CrimeCategory> categories = new HashMap<>();
        CrimeCategory.<CrimeCategory>listAll().forEach(c -> categories.put(c.code, c));
        for (CategoryEntry entry : knowledge.categories()) {
            CrimeCategory category = categories.get(entry.code());
            if (category == null) {
                throw new IllegalStateException("the knowledge base names the crime category '" + entry.code()
                        + "', which the schema does not have: category codes are fixed by a migration");
            }
            category.labelVi = entry.labelVi();
            category.labelEn = entry.labelEn();
            category.descriptionVi = entry.descriptionVi();
            category.descriptionEn = entry.descriptionEn();
        }
        for (OfficialEntry entry : knowledge.officials()) {
            Official official = Official.findBySlug(entry.slug()).orElseGet(Official::new);
            official.slug = entry.slug();
            official.nameVi = entry.nameVi();
            official.nameEn = entry.nameEn();
            official.nameZh = entry.nameZh();
            official.country = entry.country();
            official.curated = true;
            syncAliases(official, entry.aliases());
            syncRoles(official, entry.roles());
            official.persist();
        }
    }

    private static void syncAliases(Official official, List<String> aliases) {
        official.aliases.removeIf(a -> !aliases.contains(a.alias));
        for (String alias : aliases) {
            if (official.aliases.stream().noneMatch(a -> a.alias.equals(alias))) {
                OfficialAlias row = new OfficialAlias();
                row.official = official;
                row.alias = alias;
                official.aliases.add(row);
            }
        }
    }

    /** Roles have no natural key: rows are rewritten in place, position by position. */
    private static void syncRoles(Official official, List<OfficialEntry.Role> roles) {
        List<OfficialRole> rows = official.roles;
        for (int i = 0; i < roles.size(); i++) {
            OfficialRole row = i < rows.size() ? rows.get(i) : new OfficialRole();
            OfficialEntry.Role role = roles.get(i);
            row.official = official;
            row.titleVi = role.titleVi();
            row.titleEn = role.titleEn();
            row.fromYear = role.from();
            row.toYear = role.to();
            if (i >= rows.size()) {
                rows.add(row);
            }
        }
        while (rows.size() > roles.size()) {
            rows.remove(rows.size() - 1);
        }
    }
}
