package org.songsong.web.i18n;

import org.songsong.web.page.Timeline;

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
    String index_count(long count);

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

    @Message("Officials, crimes, outlets and years")
    String filters_choose();

    @Message("Translated by the editors.")
    String curated_note();

    @Message("machine translation")
    String machine_label();

    @Message("editors' translation")
    String curated_label();

    @Message("Machine translation ({engine}, {date}): no editor has checked it, so it may contain errors. Names, offices, agencies and crimes follow the project's glossary.")
    String machine_note(String engine, String date);

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

    @Message("Cambodia")
    String country_KH();

    @Message("Laos")
    String country_LA();

    @Message("South Korea")
    String country_KR();

    @Message("the United States")
    String country_US();

    /** The heading of the trip an event is part of. */
    @Message("Part of a visit")
    String event_visit();

    /** Before the visitor's name, which carries its own language. */
    @Message("The visit of")
    String event_visit_of();

    @Message("to {country}, {days}")
    String event_visit_to(String country, String days);

    /** Marks the event shown among the events of its visit. */
    @Message("this event")
    String event_visit_this();

    @Message("named as")
    String evidence_named_as();

    @Message("Back to all articles")
    String back_to_list();

    @Message("Unknown official: {value}")
    String error_unknown_official(String value);

    @Message("Unknown crime category: {value}")
    String error_unknown_category(String value);

    @Message("Unknown outlet: {value}")
    String error_unknown_outlet(String value);

    @Message("The parameter {parameter} must be a whole number, not {value}")
    String error_not_a_number(String parameter, String value);

    @Message("The parameter {parameter} is out of range: {value}")
    String error_out_of_range(String parameter, String value);

    @Message("The parameter {parameter} is too long or repeated too often")
    String error_too_long(String parameter);

    @Message("This request cannot be answered")
    String error_bad_request_title();

    @Message("Search")
    String search_label();

    @Message("names, places, crimes… in Vietnamese or English")
    String search_placeholder();

    @Message("Timeline")
    String timeline_title();

    @Message("Articles per year: {count} articles in all. Each bar links to its articles; the table after the chart has the same numbers.")
    String timeline_desc(long count);

    /** A bar's name for a screen reader, before its split by series. */
    @Message("{year}: {count} {#if count == 1}article{#else}articles{/if}")
    String timeline_bar(int year, long count);

    @Message("The numbers as a table")
    String timeline_table_link();

    @Message("Articles per year, following the filters of the list. Click a bar for its articles; the same numbers are in the table below the chart.")
    String timeline_intro();

    @Message("Split the bars")
    String timeline_split();

    @Message("by crime category")
    String timeline_by_category();

    @Message("by official")
    String timeline_by_official();

    @Message("Back to the list")
    String timeline_back_to_list();

    @Message("The same numbers as a table")
    String timeline_table();

    @Message("All articles")
    String timeline_all();

    @Message("Atom feed")
    String feed_link();

    @Message("Export CSV")
    String export_csv();

    @Message("Export JSON")
    String export_json();

    @Message("Cite this article")
    String cite_title();

    @Message("Related articles")
    String related_title();

    @Message("Clear the filters")
    String filters_clear();

    @Message("Filters")
    String filters_title();

    @Message("Apply")
    String filters_apply();

    @Message("Officials")
    String filters_officials();

    @Message("Crime categories")
    String filters_categories();

    @Message("Outlets")
    String filters_outlets();

    @Message("Years")
    String filters_years();

    @Message("from")
    String filters_from();

    @Message("to")
    String filters_to();

    @Message("any")
    String filters_any();

    @Message("Filters in force")
    String filters_active();

    @Message("remove")
    String filters_remove();

    @Message("{count} of {total} articles match")
    String list_matches(int count, long total);

    @Message("No article has every word you typed:")
    String search_corrected_typed();

    @Message("these are the articles for the nearest words in the collection:")
    String search_corrected_showing();

    @Message("No article matches these filters.")
    String list_none();

    @Message("Page {page} of {pages}")
    String list_page(int page, int pages);

    @Message("Previous")
    String list_previous();

    @Message("Next")
    String list_next();

    @Message("Pages")
    String list_pagination();

    @Message("Other countries")
    String country_other();

    @Message("Roles")
    String official_roles();

    @Message("Other spellings")
    String official_aliases();

    /** Followed by the official's name, which carries its own language. */
    @Message("Articles naming")
    String official_articles();

    @Message("Named most often alongside")
    String official_companions();

    @Message("in {count} articles")
    String in_articles(long count);

    @Message("Articles on {label}")
    String category_articles(String label);

    @Message("All {count} articles in the list")
    String see_all(long count);

    @Message("present")
    String role_present();

    @Message("Mentioned in paragraphs")
    String mentioned_in();

    @Message("This address is malformed.")
    String error_malformed_request();

    @Message("This address does not accept that kind of request.")
    String error_method_not_allowed();

    @Message("This format cannot be served or accepted here.")
    String error_unsupported_format();

    @Message("Too many searches at once")
    String error_busy_title();

    @Message("More searches are running just now than the reader can take. Please try again in a moment; articles and lists still open.")
    String error_busy_text();

    @Message("Temporarily unavailable")
    String error_unavailable_title();

    @Message("The collection cannot be reached just now. Please try again in a few seconds.")
    String error_unavailable_text();

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

    @Message("published")
    String published_on();

    @Message("year inferred from the other dates in the text")
    String source_context();

    @Message("year from the date in the file's name")
    String source_file_name();

    @Message("year from the date in the name of the page's first photo")
    String source_image();

    @Message("Event")
    String event_label();

    @Message("{reports} reports from {outlets} outlets; {copies} of them copies of another report")
    String event_counts(int reports, int outlets, int copies);

    @Message("Officials")
    String event_people();

    @Message("Crimes")
    String event_crimes();

    @Message("Reports of this event")
    String event_reports();

    @Message("copy of this report ({percent}% the same text)")
    String event_copy(Integer percent);

    @Message("{#if count == 1}The only report of this event so far{#else}One of {count} reports of this event{/if}")
    String article_event(int count);

    @Message("A copy of another report ({percent}% the same text)")
    String article_copy(Integer percent);

    @Message("Met at events")
    String official_met();

    @Message("Official")
    String met_person();

    @Message("Latest event")
    String met_latest();

    @Message("see the event")
    String met_latest_link();

    @Message("{count} reports of this event")
    String list_event_reports(int count);

    @Message("One entry per event: copies and other reports of an event are folded into its first report.")
    String list_folded();

    @Message("Show every report")
    String list_show_all_reports();

    @Message("Every report is listed, copies included.")
    String list_all_reports();

    @Message("One entry per event")
    String list_show_events();

    @Message("{count} events, newest first")
    String index_count_events(long count);

    @Message("{count} of {total} events match")
    String list_matches_events(int count, long total);

    @Message("Only in this report: {count}")
    String event_adds(int count);

    @Message("Nothing that the other reports do not have")
    String event_adds_nothing();

    @Message("Who met whom")
    String network_title();

    @Message("Officials of Vietnam and of other countries named in the same events; the thicker the line, the more events. Each name leads to the official's page.")
    String network_intro();

    @Message("{count} pairs of officials of different countries named in the same events; every pair is in the table below.")
    String network_desc(int count);

    @Message("From year")
    String network_year_from();

    @Message("To year")
    String network_year_to();

    @Message("Crime")
    String network_category();

    @Message("Any crime")
    String network_any_category();

    @Message("Vietnam")
    String network_vietnam();

    @Message("China and other countries")
    String network_other_countries();

    @Message("The same pairs as a table")
    String network_table_link();

    @Message("Pairs of officials named in the same events, most events first")
    String network_table_caption();

    @Message("Events")
    String network_events();

    @Message("Years")
    String network_years();

    @Message("Skip to the content")
    String skip_to_content();
}
