package org.songsong.web.http;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.songsong.web.catalog.ArticleFilter;
import org.songsong.web.catalog.ReferenceCatalog;
import org.songsong.web.error.InvalidParameterException;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filter and paging parameters shared by {@code /}, {@code /api/articles} and the feeds, read as
 * text and checked here, so a bad value is answered with a 400 naming it rather than a framework error.
 */
public class FilterParams {

    private static final int MAX_VALUE_LENGTH = 200;
    private static final int MAX_VALUES = 50;
    private static final int MAX_PAGE = 100_000;
    private static final int MAX_QUERY_LENGTH = 300;

    @QueryParam("official")
    @Parameter(description = "An official's slug (the Vietnamese name in lower-case ASCII with hyphens, e.g. to-lam); "
            + "repeat to match articles naming any of them")
    List<String> officials;

    @QueryParam("category")
    @Parameter(description = "A crime category's code (drugs, human-trafficking, high-tech-crime, cybercrime, "
            + "telecom-fraud, fugitives, terrorism, counterfeit-money, illegal-migration, gambling, economic-crime, "
            + "smuggling, weapons-explosives, organized-crime, money-laundering); repeat to match any of them")
    List<String> categories;

    @QueryParam("outlet")
    @Parameter(description = "An outlet's code (vov, vietnamplus, …); repeatable")
    List<String> outlets;

    @QueryParam("yearFrom")
    @Parameter(description = "Only articles from this year on (inclusive)")
    String yearFrom;

    @QueryParam("yearTo")
    @Parameter(description = "Only articles up to this year (inclusive)")
    String yearTo;

    @QueryParam("q")
    @Parameter(description = "Search words, in Vietnamese or English, with or without diacritics; results are then "
            + "ranked by relevance, words next to each other as typed first")
    String q;

    @QueryParam("reports")
    @Parameter(description = "\"all\" lists every report of an event, copies included; by default an event is one "
            + "entry (its first original report) and copies count for nothing")
    String reports;

    @QueryParam("page")
    @Parameter(description = "The page, from 1; an export given a page holds that page only")
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 100 (the API and exports of one page; default 20)")
    String size;

    /** The filter, with every value checked against what the collection knows. */
    public ArticleFilter filter(ReferenceCatalog catalog) {
        Set<String> officialSlugs = values("official", officials);
        Set<String> known = catalog.knownOfficials(officialSlugs);
        for (String slug : officialSlugs) {
            if (!known.contains(slug)) {
                throw new InvalidParameterException("official", slug, InvalidParameterException.Problem.UNKNOWN_OFFICIAL);
            }
        }
        Set<String> categoryCodes = values("category", categories);
        Set<String> knownCategories = categoryCodes.isEmpty() ? Set.of() : catalog.categoryCodes();
        for (String code : categoryCodes) {
            if (!knownCategories.contains(code)) {
                throw new InvalidParameterException("category", code, InvalidParameterException.Problem.UNKNOWN_CATEGORY);
            }
        }
        Set<String> outletCodes = values("outlet", outlets);
        Set<String> knownOutlets = outletCodes.isEmpty() ? Set.of() : catalog.outletCodes();
        for (String code : outletCodes) {
            if (!knownOutlets.contains(code)) {
                throw new InvalidParameterException("outlet", code, InvalidParameterException.Problem.UNKNOWN_OUTLET);
            }
        }
        Integer from = number("yearFrom", yearFrom, 1900, 2100);
        Integer to = number("yearTo", yearTo, 1900, 2100);
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", q, InvalidParameterException.Problem.TOO_LONG);
        }
        if (reports != null && !reports.equals("all") && !reports.equals("events")) {
            throw new InvalidParameterException("reports", reports, InvalidParameterException.Problem.OUT_OF_RANGE);
        }
        return new ArticleFilter(officialSlugs, categoryCodes, outletCodes, from, to, q).withAllReports("all".equals(reports));
    }

    /** The 1-based page asked for; 1 when absent. */
    public int page() {
        Integer value = number("page", page, 1, MAX_PAGE);
        return value == null ? 1 : value;
    }

    /** Whether a page was asked for at all (an export then holds that page only). */
    public boolean pageAsked() {
        return page != null && !page.isBlank();
    }

    /** The page size asked for, up to {@code max}; {@code fallback} when absent. */
    public int size(int fallback, int max) {
        Integer value = number("size", size, 1, max);
        return value == null ? fallback : value;
    }

    private static Set<String> values(String parameter, List<String> raw) {
        Set<String> values = new HashSet<>();
        if (raw == null) {
            return values;
        }
        for (String value : raw) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (value.length() > MAX_VALUE_LENGTH || values.size() >= MAX_VALUES) {
                throw new InvalidParameterException(parameter, value, InvalidParameterException.Problem.TOO_LONG);
            }
            values.add(value.trim());
        }
        return values;
    }

    private static Integer number(String parameter, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (value.length() > 9 || !value.matches("-?\\d+")) {
            throw new InvalidParameterException(parameter, value, InvalidParameterException.Problem.NOT_A_NUMBER);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new InvalidParameterException(parameter, value, InvalidParameterException.Problem.OUT_OF_RANGE);
        }
        return number;
    }
}
