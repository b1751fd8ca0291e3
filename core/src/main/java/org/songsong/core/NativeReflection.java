package org.songsong.core;

import org.songsong.core.english.CuratedEnglish;
import org.songsong.core.writeside.ArticleReport;
import org.songsong.core.writeside.EventStore;
import org.songsong.core.writeside.FileOutcome;
import org.songsong.core.writeside.ImportStatus;
import org.songsong.core.knowledge.CategoryEntry;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.EventEntry;
import org.songsong.core.knowledge.EventSeries;
import org.songsong.core.knowledge.OfficialEntry;
import org.songsong.core.knowledge.OutletCatalog;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The classes Jackson reads from the knowledge base, the glossary and translation files, or writes into the import
 * report: a native image keeps their constructors and accessors only if they are named here.
 */
@RegisterForReflection(targets = {
    OutletCatalog.OutletInfo.class, OfficialEntry.class, OfficialEntry.Role.class, OfficialEntry.Rank.class,
    EventEntry.class, EventSeries.class, CategoryEntry.class, DigestVocabulary.class,
    DigestVocabulary.EventKind.class, DigestVocabulary.Action.class, DigestVocabulary.Place.class, DigestVocabulary.Role.class,
    DigestVocabulary.Figure.class, CuratedEnglish.class, CuratedEnglish.Pair.class, FileOutcome.class,
    ArticleReport.class, ArticleReport.CaptionReport.class, ArticleReport.OfficialReport.class, ImportStatus.class,
    EventStore.Regrouped.class },
    classNames = {
        "org.songsong.core.knowledge.OutletCatalog$OutletFile",
        "org.songsong.core.knowledge.KnowledgeBase$OfficialFile",
        "org.songsong.core.knowledge.KnowledgeBase$EventFile",
        "org.songsong.core.knowledge.KnowledgeBase$CategoryFile",
        "org.songsong.core.translation.Glossary$GlossaryFile",
        "org.songsong.core.translation.Glossary$Entry" })
public final class NativeReflection {

    private NativeReflection() {
    }
}
