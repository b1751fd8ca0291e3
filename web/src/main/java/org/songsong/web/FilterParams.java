package org.songsong.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

/**
 * The filter and paging parameters shared by {@code /}, {@code /api/articles} and the feeds, read as
 * text and checked here, so a bad value is answered with a 400 naming it rather than a framework error.
 */
public class FilterParams {

    private static final int MAX_VALUE_LENGTH = 200;
    private static final int MAX_VALUES = 50;
    private static final int MAX_PAGE = 100_000;

    @QueryParam("official")
    List<String> officials;

    @QueryParam("category")
    List<String> categories;

    @QueryParam("outlet")
    List<String> outlets;

    @QueryParam("yearFrom")
    String yearFrom;

    @QueryParam("yearTo")
    String yearTo;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    /** The filter, with every value checked against what the collection knows. */
    public ArticleFilter filter(ArticleCatalog catalog) {
        Set<String> officialSlugs = values("official", officials);
        Set<String> known = catalog.knownOfficials(officialSlugs);
        for (String slug : officialSlugs) {
            if (!known.contains(slug)) {
                throw new InvalidParameterException("official", slug, InvalidParameterException.Problem.UNKNOWN_OFFICIAL);
            }
        }
        Set<String> categoryCodes = values("category", categories);
        Set<String> knownCategories = catalog.categoryCodes();
        for (String code : categoryCodes) {
            if (!knownCategories.contains(code)) {
                throw new InvalidParameterException("category", code, InvalidParameterException.Problem.UNKNOWN_CATEGORY);
            }
        }
        Set<String> outletCodes = values("outlet", outlets);
        Set<String> knownOutlets = catalog.outletCodes();
        for (String code : outletCodes) {
            if (!knownOutlets.contains(code)) {
                throw new InvalidParameterException("outlet", code, InvalidParameterException.Problem.UNKNOWN_OUTLET);
            }
        }
        Integer from = number("yearFrom", yearFrom, 1900, 2100);
        Integer to = number("yearTo", yearTo, 1900, 2100);
        return new ArticleFilter(officialSlugs, categoryCodes, outletCodes, from, to);
    }

    /** The 1-based page asked for; 1 when absent. */
    public int page() {
        Integer value = number("page", page, 1, MAX_PAGE);
        return value == null ? 1 : value;
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
                throw new InvalidParameterException(parameter, abbreviate(value), InvalidParameterException.Problem.TOO_LONG);
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
            throw new InvalidParameterException(parameter, abbreviate(value), InvalidParameterException.Problem.NOT_A_NUMBER);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new InvalidParameterException(parameter, value, InvalidParameterException.Problem.OUT_OF_RANGE);
        }
        return number;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }
}
