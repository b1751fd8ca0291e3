package org.songsong.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

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
 * Every kind of page, in both languages, at a phone's and a desktop's width, checked inside Debian's
 * chromium (see {@link PageChecks}), and the keyboard paths walked stop by stop. A page kind added to the
 * reader belongs in {@link PageKind}.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    private static final List<Dimension> WIDTHS = List.of(new Dimension(390, 844), new Dimension(1280, 1000));
    private static final String COPY = """
            select c.slug from article_event e join article c on c.id = e.article_id
            where e.copy_of is not null order by c.slug limit 1""";

    /** The kinds of page a reader meets, each with the collection it needs and an address on it. */
    enum PageKind {
        LIST(Collection.EVERYTHING, ".article-list .article-item", () -> "/"),
        FILTERED_LIST(Collection.EVERYTHING, ".chip--active[data-remove=official]", () -> "/?official=to-lam&category=drugs"),
        EVERY_REPORT(Collection.EVERYTHING, ".list-reports", () -> "/?official=to-lam&reports=all"),
        SEARCH(Collection.EVERYTHING, ".chip--active[data-remove=q]", () -> "/?q=ma+t%C3%BAy"),
        SEARCH_WITHOUT_RESULTS(Collection.EVERYTHING, "p.empty", () -> "/?q=zzyzx"),
        ARTICLE_CURATED(Collection.EVERYTHING, ".provenance[data-english=curated]", () -> "/articles/"
                + TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'")),
        ARTICLE_COPY(Collection.EVERYTHING, "#event-heading", () -> "/articles/" + TestDatabase.string(COPY)),
        EVENT(Collection.EVERYTHING, "ol.reports .report--copy", () -> "/events/"
                + TestDatabase.count("select event_id from article_event where copy_of is not null order by event_id limit 1")),
        OFFICIAL(Collection.EVERYTHING, ".timeline__chart", () -> "/officials/to-lam"),
        CATEGORY(Collection.EVERYTHING, ".timeline__chart", () -> "/categories/drugs"),
        TIMELINE(Collection.EVERYTHING, ".timeline__chart", () -> "/timeline"),
        NETWORK(Collection.EVERYTHING, "svg.network__picture", () -> "/network"),
        NOT_FOUND(Collection.EVERYTHING, "h1", () -> "/articles/no-such-article"),
        BAD_REQUEST(Collection.EVERYTHING, "p.error[data-parameter=reports]", () -> "/?reports=sometimes"),
        MALFORMED_ADDRESS(Collection.EVERYTHING, "p.error", () -> "/?q=%ZZ"),
        EVENT_OF_A_VISIT(Collection.FIVE_SEEDS_AND_A_VISIT, "#visit-heading", () -> "/events/" + TestDatabase.count(
                "select min(event_id) from visit_event")),
        ARTICLE_MACHINE_ENGLISH(Collection.ENGLISH_OF_EACH_KIND, ".provenance[data-english=machine]", () -> "/articles/"
                + TestDatabase.string("select slug from article where source_file = ?", SeededCollection.MACHINE_SEED)),
        ARTICLE_GENERATED_ENGLISH(Collection.ENGLISH_OF_EACH_KIND, ".provenance[data-english=generated]", () -> "/articles/"
                + TestDatabase.string("select slug from article where source_file = ?", SeededCollection.GENERATED_SEED));

        final Collection collection;
        /** What only that kind of page shows, so a lookup gone wrong cannot pass for it. */
        final String marker;
        final Supplier<String> path;

        PageKind(Collection collection, String marker, Supplier<String> path) {
            this.collection = collection;
            this.marker = marker;
            this.path = path;
        }
    }

    enum Collection { EVERYTHING, FIVE_SEEDS_AND_A_VISIT, ENGLISH_OF_EACH_KIND }

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
        switch (kind.collection) {
            case EVERYTHING -> SeededCollection.ensureEverything(importer);
            case FIVE_SEEDS_AND_A_VISIT -> SeededCollection.fiveSeedsAndTheNextDayOfAVisit();
            case ENGLISH_OF_EACH_KIND -> SeededCollection.fiveSeedsWithEnglishOfEachKind();
        }
        WebDriver browser = browser();
        String path = kind.path.get();
        assertThat(path).as("the collection holds a page of this kind").doesNotContain("null");
        List<String> violations = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        for (Dimension size : WIDTHS) {
            browser.manage().window().setSize(size);
            for (String language : List.of("vi", "en")) {
                String address = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
                open(browser, address);
                assertThat(browser.getTitle()).as("%s rendered", address).isNotBlank();
                assertThat(browser.findElements(By.cssSelector(kind.marker))).as("%s is a page of its kind", address)
                        .isNotEmpty();
                PageChecks.Findings findings = PageChecks.check(browser, address, size);
                violations.addAll(findings.violations());
                undecided.addAll(findings.undecided());
                // once a kind, where a page has the most stops (a phone's path is walked by its own test)
                if (language.equals("en") && size.getWidth() > 600) {
                    assertThat(walkEveryTabStop(browser)).as("tab stops on %s", address).isPositive();
                }
            }
        }
        assertThat(violations).as("axe-core violations on %s (%s)", kind, path).isEmpty();
        assertThat(undecided).as("checks axe could not decide on %s (%s)", kind, path).isEmpty();
    }

    @Test
    void aKeyboardAloneOpensTheFiltersOnAPhoneChoosesAnOfficialAndAppliesThemWithTheFocusAlwaysVisible() throws IOException {
        SeededCollection.ensureEverything(importer);
        WebDriver browser = openAt(390, 844, "/?lang=en");
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
        WebDriver browser = openAt(1280, 1000, "/timeline?lang=en");
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
        chromium.open(root, path);
    }

    /** The browser in a window of the given size, showing {@code path}. */
    private WebDriver openAt(int width, int height, String path) throws IOException {
        WebDriver browser = browser();
        browser.manage().window().setSize(new Dimension(width, height));
        open(browser, path);
        return browser;
    }

    private static void press(WebDriver browser, CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /**
     * What is wrong with the focus after a press of the tab key, or null: it must move forward in the page's
     * order and be drawn with an outline that stands out from the paper. One script a stop, so walking a long page stays quick.
     */
    private static final String FOCUS_PROBLEM = PageChecks.LUMINANCE + """
            const [before, after] = [arguments[0], document.activeElement];
            const what = after.outerHTML.slice(0, 160);
            if (before !== document.body && before !== after
                && !(before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING)) {
              return 'the focus went back in the page to ' + what;
            }
            const style = getComputedStyle(after);
            if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 'no visible focus on ' + what;
            // the outline against the paper: at least 3:1, as WCAG asks of a focus indicator
            if ((1.05 / (luminance(style.outlineColor) + 0.05)) < 3) return 'a faint focus outline on ' + what;
            if (!after.checkVisibility()) return 'the focus is on something not drawn: ' + what;
            return null;""";

    /** Tabs on and returns the element that has the focus, having checked it (see {@link #FOCUS_PROBLEM}). */
    private static WebElement next(WebDriver browser) {
        WebElement before = browser.switchTo().activeElement();
        press(browser, Keys.TAB);
        assertThat((String) ((JavascriptExecutor) browser).executeScript(FOCUS_PROBLEM, before)).isNull();
        return browser.switchTo().activeElement();
    }

    /** Tabs through the whole page from its top, checking every stop; returns how many there were. */
    private static int walkEveryTabStop(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        WebElement before = browser.switchTo().activeElement();
        for (int stops = 0; stops < 1000; stops++) {
            press(browser, Keys.TAB);
            if ((Boolean) script.executeScript("return document.activeElement === document.body")) {
                return stops;
            }
            assertThat((String) script.executeScript(FOCUS_PROBLEM, before)).isNull();
            before = (WebElement) script.executeScript("return document.activeElement");
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

}
