package org.songsong.web.catalog;

import java.util.Comparator;
import java.util.List;

import org.songsong.core.domain.Official;
import org.songsong.core.domain.OfficialRole;

/** An official as the pages and the API show them: names, aliases and the offices held, earliest first. */
public record OfficialProfile(String slug, String nameVi, String nameEn, String nameZh, String country,
        boolean curated, List<String> aliases, List<Role> roles) {

    public record Role(String titleVi, String titleEn, Integer fromYear, Integer toYear) {
    }

    static OfficialProfile of(Official o, boolean withAliases) {
        return new OfficialProfile(o.slug, o.nameVi, o.nameEn, o.nameZh, o.country, o.curated,
                withAliases ? o.aliases.stream().map(a -> a.alias).sorted().toList() : List.of(),
                o.roles.stream().sorted(Comparator.comparing((OfficialRole r) -> r.fromYear == null ? 0 : r.fromYear))
                        .map(r -> new Role(r.titleVi, r.titleEn, r.fromYear, r.toYear)).toList());
    }
}
