package org.songsong.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every interface string, in English here and in Vietnamese in {@code messages/msg_vi.properties}.
 * Templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message("Song Song")
    String app_name();

    @Message("Vietnamese–Chinese police cooperation, in Vietnamese and English")
    String app_tagline();

    @Message("Articles")
    String nav_articles();

    @Message("Tiếng Việt")
    String switch_language();

    @Message("{count} articles, newest first")
    String index_count(int count);

    @Message("No articles have been imported yet.")
    String index_empty();

    @Message("Date unknown")
    String date_unknown();

    @Message("Outlet unknown")
    String outlet_unknown();

    @Message("Published by")
    String article_outlet();

    @Message("Date")
    String article_date();

    @Message("exact day")
    String precision_day();

    @Message("month only")
    String precision_month();

    @Message("year only")
    String precision_year();

    @Message("Original article")
    String article_source();

    @Message("Imported from")
    String article_file();

    @Message("Full text")
    String article_fulltext();

    @Message("Vietnamese")
    String language_vi();

    @Message("English")
    String language_en();

    @Message("Summary in Vietnamese")
    String summary_vi();

    @Message("Summary in English")
    String summary_en();

    @Message("generated")
    String generated_label();

    @Message("No editor has translated this article yet: its English is a digest generated from the facts the importer extracted, and its Vietnamese summary is made of the article's first sentences.")
    String generated_note();

    @Message("Translated by the editors.")
    String curated_note();

    @Message("No English translation of the full text yet.")
    String no_translation();

    @Message("Photo captions")
    String article_captions();

    @Message("Photo:")
    String article_photo_credit();

    @Message("Headline made from the lede: the source has none.")
    String article_title_derived();

    @Message("Headline written by the editors: the source has none.")
    String article_title_curated();

    @Message("Who and what")
    String article_facets();

    @Message("Officials named")
    String article_officials();

    @Message("Crime categories")
    String article_categories();

    @Message("None named.")
    String article_none();

    @Message("not yet in the knowledge base")
    String official_not_curated();

    @Message("Vietnam")
    String country_VN();

    @Message("China")
    String country_CN();

    @Message("named as")
    String evidence_named_as();

    @Message("Back to all articles")
    String back_to_list();

    @Message("Page not found")
    String error_not_found_title();

    @Message("There is no article or page at {path}.")
    String error_not_found_text(String path);

    @Message("Something went wrong")
    String error_server_title();

    @Message("The page could not be shown. Please try again in a moment.")
    String error_server_text();

    @Message("year from the text")
    String source_text();

    @Message("year from the date marker of the scraped page")
    String source_marker();

    @Message("year from the URL")
    String source_url();

    @Message("year from the page metadata")
    String source_metadata();

    @Message("year from the offices held by the people named")
    String source_roles();

    @Message("year from the event the article names")
    String source_event();
}
