package org.songsong.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Every kind of page, in both languages, at a phone's and a desktop's width, checked by axe-core inside
 * Debian's chromium against WCAG 2.0 and 2.1 A and AA and axe's best practices. A page kind added to the
 * reader belongs in {@link PageKind}.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    private static final List<String> RULE_SETS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final List<Dimension> WIDTHS = List.of(new Dimension(390, 844), new Dimension(1280, 1000));
    private static final String COPY = """
            select c.slug from article_event e join article c on c.id = e.article_id
            where e.copy_of is not null order by c.slug limit 1""";

    /** The kinds of page a reader meets, each with the collection it needs and an address on it. */
    enum PageKind {
        LIST(Collection.EVERYTHING, () -> "/"),
        FILTERED_LIST(Collection.EVERYTHING, () -> "/?official=to-lam&category=drugs"),
        EVERY_REPORT(Collection.EVERYTHING, () -> "/?official=to-lam&reports=all"),
        SEARCH(Collection.EVERYTHING, () -> "/?q=ma+t%C3%BAy"),
        SEARCH_WITHOUT_RESULTS(Collection.EVERYTHING, () -> "/?q=zzyzx"),
        ARTICLE_CURATED(Collection.EVERYTHING, () -> "/articles/"
                + TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'")),
        ARTICLE_COPY(Collection.EVERYTHING, () -> "/articles/" + TestDatabase.string(COPY)),
        EVENT(Collection.EVERYTHING, () -> "/events/"
                + TestDatabase.count("select event_id from article_event where copy_of is not null order by event_id limit 1")),
        OFFICIAL(Collection.EVERYTHING, () -> "/officials/to-lam"),
        CATEGORY(Collection.EVERYTHING, () -> "/categories/drugs"),
        TIMELINE(Collection.EVERYTHING, () -> "/timeline"),
        NETWORK(Collection.EVERYTHING, () -> "/network"),
        NOT_FOUND(Collection.EVERYTHING, () -> "/articles/no-such-article"),
        BAD_REQUEST(Collection.EVERYTHING, () -> "/?reports=sometimes"),
        ARTICLE_MACHINE_ENGLISH(Collection.ENGLISH_OF_EACH_KIND, () -> "/articles/"
                + TestDatabase.string("select slug from article where source_file = ?", SeededCollection.MACHINE_SEED)),
        ARTICLE_GENERATED_ENGLISH(Collection.ENGLISH_OF_EACH_KIND, () -> "/articles/"
                + TestDatabase.string("select slug from article where source_file = ?", SeededCollection.GENERATED_SEED));

        final Collection collection;
        final Supplier<String> path;

        PageKind(Collection collection, Supplier<String> path) {
            this.collection = collection;
            this.path = path;
        }
    }

    enum Collection { EVERYTHING, ENGLISH_OF_EACH_KIND }

    private static HeadlessChromium chromium;

    @Inject
    ArticleImporter importer;

    @TestHTTPResource("/")
    URL root;

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageKind.class)
    void everyKindOfPageMeetsWcag21AaInBothLanguagesOnAPhoneAndADesktop(PageKind kind) throws Exception {
        if (kind.collection == Collection.EVERYTHING) {
            SeededCollection.ensureEverything(importer);
        } else {
            SeededCollection.fiveSeedsWithEnglishOfEachKind();
        }
        WebDriver browser = browser();
        String path = kind.path.get();
        List<String> violations = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        for (Dimension size : WIDTHS) {
            browser.manage().window().setSize(size);
            for (String language : List.of("vi", "en")) {
                String address = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
                open(browser, address);
                assertThat(browser.getTitle()).as("%s rendered", address).isNotBlank();
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
                if (language.equals(size.getWidth() < 600 ? "vi" : "en")) {
                    assertThat(walkEveryTabStop(browser)).as("tab stops on %s", address).isPositive();
                }
            }
        }
        assertThat(violations).as("axe-core violations on %s (%s)", kind, path).isEmpty();
        assertThat(undecided).as("checks axe could not decide on %s (%s)", kind, path).isEmpty();
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
        List<String> low = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const luminance = colour => {
                  const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                      .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                };
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

    @Test
    void aKeyboardAloneOpensTheFiltersOnAPhoneChoosesAnOfficialAndAppliesThemWithTheFocusAlwaysVisible() throws IOException {
        SeededCollection.ensureEverything(importer);
        WebDriver browser = browser();
        browser.manage().window().setSize(new Dimension(390, 844));
        open(browser, "/?lang=en");
        WebElement disclosure = tabTo(browser, "summary", 12);
        assertThat(disclosure.getText()).startsWith("Officials, crimes, outlets and years");
        press(browser, Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("details.filters__fold")).getAttribute("open")).isNotNull();
        WebElement official = tabTo(browser, "input[name=official][value=to-lam]", 40);
        press(browser, Keys.SPACE);
        assertThat(official.isSelected()).isTrue();
        tabTo(browser, ".filters__actions button[type=submit]", 200);
        press(browser, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("official=to-lam"));
        assertThat(browser.findElements(By.cssSelector(".chip--active"))).hasSize(1);
    }

    @Test
    void theTimelineChartsBarsAreOneTabStopEachNamedByTheirCountsAndTheTableIsOneLinkAway() throws IOException {
        SeededCollection.ensureEverything(importer);
        WebDriver browser = browser();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open(browser, "/timeline?lang=en");
        List<String> reached = new ArrayList<>();
        WebElement focused = tabTo(browser, ".timeline__bar a", 60);
        while (focused.getAttribute("aria-label") != null) {
            reached.add(focused.getAttribute("aria-label"));
            focused = next(browser);
        }
        List<String> years = browser.findElements(By.cssSelector(".timeline__bar")).stream()
                .map(bar -> bar.getAttribute("data-year") + ": " + bar.getAttribute("data-total") + " article").toList();
        assertThat(reached).as("every bar once, in the order of the years").hasSize(years.size());
        for (int i = 0; i < reached.size(); i++) {
            assertThat(reached.get(i)).startsWith(years.get(i));
        }
        assertThat(focused.getAttribute("class")).as("the table is the next stop after the chart")
                .isEqualTo("timeline__table-link");
        assertThat(browser.findElement(By.cssSelector("#timeline-table")).isDisplayed()).isFalse();
        press(browser, Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("#timeline-table")).isDisplayed())
                .as("the disclosure opens on its way to the table").isTrue();
    }

    private WebDriver browser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start();
        }
        return chromium.driver();
    }

    private void open(WebDriver browser, String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
    }

    private static void press(WebDriver browser, CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /**
     * Tabs on and returns the element that has the focus, having checked that the focus moved forward in the
     * page's order and is drawn where a reader sees it.
     */
    private static WebElement next(WebDriver browser) {
        WebElement before = browser.switchTo().activeElement();
        press(browser, Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        checkFocus(browser, before, focused);
        return focused;
    }

    private static void checkFocus(WebDriver browser, WebElement before, WebElement focused) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        String description = (String) script.executeScript("return arguments[0].outerHTML.slice(0, 160)", focused);
        assertThat((Boolean) script.executeScript("""
                const [before, after] = arguments;
                return before === document.body || before === after
                    || (before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0""", before, focused))
                .as("the focus follows the page's order to %s", description).isTrue();
        assertThat((Boolean) script.executeScript("""
                const style = getComputedStyle(arguments[0]);
                return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2""", focused))
                .as("a visible focus on %s", description).isTrue();
        assertThat((Boolean) script.executeScript("return arguments[0].checkVisibility()", focused))
                .as("the focused %s is drawn", description).isTrue();
    }

    /** Tabs through the whole page from its top, checking every stop; returns how many there were. */
    private static int walkEveryTabStop(WebDriver browser) {
        WebElement body = browser.findElement(By.tagName("body"));
        WebElement before = browser.switchTo().activeElement();
        for (int stops = 0; stops < 1000; stops++) {
            press(browser, Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            if (focused.equals(body)) {
                return stops;
            }
            checkFocus(browser, before, focused);
            before = focused;
        }
        throw new AssertionError("the focus never left the page");
    }

    private static WebElement tabTo(WebDriver browser, String selector, int most) {
        for (int i = 0; i < most; i++) {
            WebElement focused = next(browser);
            if ((Boolean) ((JavascriptExecutor) browser).executeScript("return arguments[0].matches(arguments[1])",
                    focused, selector)) {
                return focused;
            }
        }
        throw new AssertionError("no " + selector + " within " + most + " presses of the tab key");
    }

    /** The rule, what it asks, and each element that breaks it, so a failing build says what to fix. */
    private static String describe(String address, Dimension size, Rule rule) {
        String nodes = rule.getNodes().stream().limit(5).map(AccessibilityBrowserTest::describe)
                .collect(Collectors.joining("\n"));
        return "%s at %dpx: %s (%s): %s%n%s%s".formatted(address, size.getWidth(), rule.getId(), rule.getImpact(),
                rule.getHelp(), nodes, rule.getNodes().size() > 5 ? "\n    … and " + (rule.getNodes().size() - 5) + " more" : "");
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + "  " + node.getHtml().replaceAll("\\s+", " ")
                + "\n      " + String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ");
    }
}
