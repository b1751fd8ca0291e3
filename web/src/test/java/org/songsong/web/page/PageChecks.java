package org.songsong.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The checks every page of the reader must pass in the browser: axe-core against WCAG 2.0 and 2.1 A and AA
 * and axe's best practices, and two things axe cannot decide (the contrast of text in SVG pictures, and
 * passages spoken in the wrong voice).
 */
public final class PageChecks {

    /** WCAG's relative luminance of a CSS colour ("rgb(27, 31, 36)"), as a script's first line. */
    static final String LUMINANCE = """
            const luminance = colour => {
              const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                  .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            """;

    private static final List<String> RULE_SETS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** What failed, and what axe could not decide; each entry names the address, the rule and the elements. */
    public record Findings(List<String> violations, List<String> undecided) {
    }

    private PageChecks() {
    }

    /** Checks the page the browser shows, opened at {@code address} in a window of {@code size}. */
    public static Findings check(WebDriver browser, String address, Dimension size) {
        List<String> violations = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        Results results = new AxeBuilder().withTags(RULE_SETS).analyze(browser);
        assertThat(results.isErrored()).as("axe ran on %s: %s", address, results.getErrorMessage()).isFalse();
        for (Rule rule : results.getViolations()) {
            violations.add(describe(address, size, rule));
        }
        for (Rule rule : results.getIncomplete()) {
            // axe cannot tell the background of text drawn in a picture; that text is measured below
            if (!rule.getId().equals("color-contrast") || !rule.getNodes().stream()
                    .allMatch(node -> node.getHtml().startsWith("<text"))) {
                undecided.add(describe(address, size, rule));
            }
        }
        violations.addAll(lowContrastTextInPictures(browser, address, size));
        violations.addAll(passagesInTheOtherLanguage(browser, address, size));
        return new Findings(violations, undecided);
    }

    /**
     * Text a screen reader would speak in the wrong voice: Vietnamese (most of its words marked with
     * Vietnamese diacritics) where the page says English, or English (unmarked words, among them English
     * function words) where it says Vietnamese. Names count: a Vietnamese name in an English page is read
     * in Vietnamese when it carries its {@code lang}.
     */
    private static List<String> passagesInTheOtherLanguage(WebDriver browser, String address, Dimension size) {
        @SuppressWarnings("unchecked")
        List<String> wrong = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const marked = word => /[\\u0300-\\u036f]/.test(word.normalize('NFD')) || /[đĐ]/.test(word);
                const english = new Set(['the', 'of', 'and', 'in', 'to', 'a', 'with', 'for', 'on', 'is', 'was', 'at',
                    'by', 'from', 'that', 'as', 'an', 'his', 'their', 'were', 'has', 'have']);
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const found = [];
                for (let node; (node = walker.nextNode()); ) {
                  const element = node.parentElement;
                  if (!element || element.closest('script, style') || !element.checkVisibility()) continue;
                  const language = (element.closest('[lang]')?.getAttribute('lang') || '').slice(0, 2);
                  const words = node.textContent.trim().split(/\\s+/).filter(word => /\\p{L}/u.test(word));
                  const vietnamese = words.filter(marked).length;
                  if (language === 'en' && words.length >= 2 && vietnamese * 2 >= words.length
                      || language === 'vi' && words.length >= 4 && vietnamese === 0
                         && words.filter(word => english.has(word.toLowerCase())).length >= 2) {
                    found.push('"' + node.textContent.trim().slice(0, 80) + '" in ' + language + ' at '
                        + element.outerHTML.slice(0, 100));
                  }
                }
                return found;""");
        return wrong.stream().map(text -> "%s at %dpx: a passage without its lang: %s".formatted(address, size.getWidth(), text))
                .toList();
    }

    /** WCAG's contrast ratio of the text in the page's pictures (SVG) against what lies behind it: 4.5:1 at least. */
    private static List<String> lowContrastTextInPictures(WebDriver browser, String address, Dimension size) {
        @SuppressWarnings("unchecked")
        List<String> low = (List<String>) ((JavascriptExecutor) browser).executeScript(LUMINANCE + """
                const behind = element => {
                  for (let e = element; e; e = e.parentElement) {
                    const colour = getComputedStyle(e).backgroundColor;
                    if (colour && colour !== 'transparent' && !/^rgba\\(.*, 0\\)$/.test(colour)) return colour;
                  }
                  return 'rgb(255, 255, 255)';
                };
                return [...document.querySelectorAll('svg text')].filter(t => t.getClientRects().length > 0).map(t => {
                  const a = luminance(getComputedStyle(t).fill), b = luminance(behind(t));
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  return ratio < 4.5 ? t.textContent + ': ' + getComputedStyle(t).fill + ' on ' + behind(t)
                      + ' is ' + ratio.toFixed(2) + ':1' : null;
                }).filter(x => x);""");
        return low.stream().map(text -> "%s at %dpx: text in a picture under 4.5:1: %s".formatted(address, size.getWidth(), text))
                .toList();
    }

    /** The rule, what it asks, and each element that breaks it, so a failing build says what to fix. */
    private static String describe(String address, Dimension size, Rule rule) {
        String nodes = rule.getNodes().stream().limit(5).map(PageChecks::describe)
                .collect(Collectors.joining("\n"));
        return "%s at %dpx: %s (%s): %s%n%s%s".formatted(address, size.getWidth(), rule.getId(), rule.getImpact(),
                rule.getHelp(), nodes, rule.getNodes().size() > 5 ? "\n    … and " + (rule.getNodes().size() - 5) + " more" : "");
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + "  " + node.getHtml().replaceAll("\\s+", " ")
                + "\n      " + String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ");
    }
}
