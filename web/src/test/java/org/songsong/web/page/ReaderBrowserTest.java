package org.songsong.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.songsong.core.testing.TestDatabase;
import org.songsong.core.writeside.ArticleImporter;
import org.songsong.web.SeededCollection;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader in a real browser (Debian's chromium, driven through chromium-driver): filter by an
 * official and a category, open an article, switch the language, at desktop and phone widths.
 * Screenshots are kept in web/target/screenshots as build artefacts.
 */
@QuarkusTest
class ReaderBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    ArticleImporter importer;

    @TestHTTPResource("/")
    URL root;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        SeededCollection.ensureEverything(importer);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    private void open(String path) {
        chromium.open(root, path);
    }

    /** Submits the filter form and waits for the page it leads to: a click does not wait for navigation. */
    private void submitFiltersAndWaitFor(String urlPart) {
        WebElement form = browser.findElement(By.cssSelector("form.filters__form"));
        browser.findElement(By.cssSelector(".filters__actions button[type=submit]")).click();
        waitFor(ExpectedConditions.and(detached(form), ExpectedConditions.urlContains(urlPart)));
    }

    /**
     * True once the element's document has been replaced. Chrome sometimes reports a node of the outgoing
     * document as an inspector error rather than a stale reference, so both mean "gone".
     */
    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> detached(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }

    /**
     * Whether the browser renders the element. Selenium's own test takes every child of a closed
     * {@code <details>} for hidden, while the style sheet shows the filters' closed disclosure open on a
     * wide screen; the browser's {@code checkVisibility()} answers for what it draws.
     */
    private boolean rendered(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("return arguments[0].checkVisibility()", element);
    }

    /** A click where the element is drawn, as a reader's pointer would make it (see {@link #rendered}). */
    private void clickAsAReader(WebElement element) {
        assertThat(rendered(element)).as("drawn, so a reader can click it").isTrue();
        new Actions(browser).moveToElement(element).click().perform();
    }

    private List<WebElement> articleLinks() {
        return browser.findElements(By.cssSelector(".article-item__title a"));
    }

    @Test
    void aReaderFiltersByOfficialAndCategoryOpensAnArticleAndSwitchesLanguage() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open("/?lang=en");
        assertThat(browser.getTitle()).isEqualTo("Articles · Song Song");
        assertThat(articleLinks()).hasSize(Math.min(20, SeededCollection.oneEntryPerEvent(
                SeededCollection.slugs("select slug from article")).size()));
        // on a wide screen the facets are open, with no disclosure to open
        assertThat(browser.findElement(By.cssSelector(".filters__fold summary")).isDisplayed()).isFalse();
        screenshot("desktop-1-list");

        clickAsAReader(browser.findElement(By.cssSelector("input[name=official][value=to-lam]")));
        submitFiltersAndWaitFor("official=to-lam");
        long naming = SeededCollection.oneEntryPerEvent(SeededCollection.naming("to-lam")).size();
        assertThat(articleLinks()).hasSize((int) naming);
        screenshot("desktop-2-filtered-by-official");

        clickAsAReader(browser.findElement(By.cssSelector("input[name=category][value=drugs]")));
        submitFiltersAndWaitFor("category=drugs");
        assertThat(browser.getCurrentUrl()).contains("official=to-lam").contains("category=drugs");
        long both = SeededCollection.oneEntryPerEvent(SeededCollection.slugs("select a.slug from article a where exists "
                + "(select 1 from article_official l join official o on o.id = l.official_id where l.article_id = a.id "
                + "and o.slug = 'to-lam') and exists (select 1 from article_category c where c.article_id = a.id "
                + "and c.category_code = 'drugs')")).size();
        assertThat(articleLinks()).hasSize((int) both);
        assertThat(browser.findElements(By.cssSelector(".chip--active"))).hasSize(2);
        screenshot("desktop-3-filtered-by-official-and-category");

        String title = articleLinks().get(0).getText();
        articleLinks().get(0).click();
        waitFor(ExpectedConditions.urlContains("/articles/"));
        assertThat(browser.findElement(By.cssSelector("h1.article__title")).getText()).isEqualTo(title);
        assertThat(browser.findElements(By.cssSelector(".pair p[lang=en]"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-official=to-lam]")).getText()).contains("Tô Lâm");
        screenshot("desktop-4-article");

        browser.findElement(By.cssSelector("a.language-switch")).click();
        waitFor(ExpectedConditions.urlContains("lang=vi"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.cssSelector("h1.article__title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector("#fulltext-heading")).getText()).isEqualTo("Toàn văn");
        screenshot("desktop-5-article-vietnamese-interface");

        // the choice is remembered: the list opens in Vietnamese with the filters reachable again
        open("/?official=to-lam&category=drugs");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.id("filters-heading")).getText()).isEqualTo("Bộ lọc");
        assertThat(articleLinks()).hasSize((int) both);
    }

    @Test
    void onAPhoneTheFiltersFoldAwayAndTheParagraphPairsStack() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/?lang=en&category=gambling");
        WebElement results = browser.findElement(By.cssSelector(".results"));
        assertThat(results.getSize().getWidth()).isLessThanOrEqualTo(390);
        // the first article in the first screen: the facets wait behind their disclosure, no script needed
        int viewport = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return window.innerHeight")).intValue();
        assertThat(articleLinks().get(0).getLocation().getY()).isLessThan(viewport);
        WebElement official = browser.findElement(By.cssSelector("input[name=official]"));
        assertThat(rendered(official)).isFalse();
        assertThat(browser.findElement(By.cssSelector(".filters__fold summary")).getText())
                .isEqualTo("Officials, crimes, outlets and years (1)");
        screenshot("phone-1-list");
        browser.findElement(By.cssSelector(".filters__fold summary")).click();
        assertThat(rendered(official)).isTrue();
        screenshot("phone-1b-filters-open");

        articleLinks().get(0).click();
        waitFor(ExpectedConditions.urlContains("/articles/"));
        WebElement vi = browser.findElement(By.cssSelector(".pair p[lang=vi]"));
        WebElement en = browser.findElement(By.cssSelector(".pair p[lang=en]"));
        assertThat(en.getLocation().getY()).as("English under Vietnamese on a phone").isGreaterThan(vi.getLocation().getY());
        screenshot("phone-2-article");
    }

    @Test
    void aReaderGoesFromACopyToItsEventOnToTheOriginalAndToWhoMetWhomInBothLanguagesOnPhoneAndDesktop() throws IOException {
        List<List<Object>> copy = TestDatabase.rows("""
                select c.slug, o.slug, e.event_id, (select report_count from event where id = e.event_id)
                from article_event e join article c on c.id = e.article_id join article o on o.id = e.copy_of
                order by e.event_id, c.slug limit 1""");
        assertThat(copy).as("the collection's variations are copies of the seeds").isNotEmpty();
        String copySlug = (String) copy.get(0).get(0);
        String originalSlug = (String) copy.get(0).get(1);
        int reports = ((Number) copy.get(0).get(3)).intValue();
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 1000))) {
            browser.manage().window().setSize(size);
            for (String language : List.of("en", "vi")) {
                open("/articles/" + copySlug + "?lang=" + language);
                clickAsAReader(browser.findElement(By.cssSelector("#event-heading a")));
                waitFor(ExpectedConditions.urlContains("/events/" + copy.get(0).get(2)));
                assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
                assertThat(browser.findElements(By.cssSelector("ol.reports > li"))).hasSize(reports);
                long overflow = ((Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
                assertThat(overflow).as("no sideways scrolling at %s in %s", size, language).isLessThanOrEqualTo(0);
                screenshot("event-" + language + "-" + size.getWidth());
                clickAsAReader(browser.findElement(By.cssSelector(".report--copy .report__meta a")));
                waitFor(ExpectedConditions.urlContains("/articles/" + originalSlug));

                open("/network?lang=" + language);
                WebElement picture = browser.findElement(By.cssSelector("svg.network__picture"));
                assertThat(rendered(picture)).isTrue();
                assertThat(picture.getSize().getWidth()).isLessThanOrEqualTo(size.getWidth());
                long sideways = ((Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
                assertThat(sideways).as("the network fits at %s in %s", size, language).isLessThanOrEqualTo(0);
                screenshot("network-" + language + "-" + size.getWidth());
                clickAsAReader(browser.findElement(By.cssSelector("svg.network__picture a[href='/officials/to-lam'] circle")));
                waitFor(ExpectedConditions.urlContains("/officials/to-lam"));
            }
        }
    }

    @Test
    void theFirstTabReachesASkipLinkThatLeadsPastTheFiltersToTheArticles() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open("/?lang=en");
        WebElement skip = browser.findElement(By.cssSelector("a.skip-link"));
        assertThat(rendered(skip) && skip.getLocation().getX() >= 0).as("off screen until focused").isFalse();

        new Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(skip);
        assertThat(skip.getLocation().getX()).as("shown once focused").isGreaterThanOrEqualTo(0);
        assertThat(skip.getText()).isEqualTo("Skip to the content");
        new Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        waitFor(ExpectedConditions.urlContains("#results"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("results");
    }

    @Test
    void aPrintedArticleKeepsBothLanguagesSideBySideAndLeavesTheNavigationOut() {
        browser.manage().window().setSize(new Dimension(700, 1000));
        String slug = TestDatabase.string("select slug from article where source_file = '004_6570346391cedc4e.txt'");
        open("/articles/" + slug + "?lang=en");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
            WebElement vi = browser.findElement(By.cssSelector(".pair p[lang=vi]"));
            WebElement en = browser.findElement(By.cssSelector(".pair p[lang=en]"));
            assertThat(en.getLocation().getY()).as("side by side on paper").isEqualTo(vi.getLocation().getY());
            assertThat(en.getLocation().getX()).isGreaterThan(vi.getLocation().getX());
            assertThat(browser.findElement(By.cssSelector(".cite__text")).isDisplayed()).as("the citation").isTrue();
            assertThat(browser.findElements(By.cssSelector(".related, .event-reports")))
                    .allSatisfy(section -> assertThat(section.isDisplayed()).isFalse());
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theThreeKindsOfEnglishAreLabelledInBothLanguages() throws Exception {
        SeededCollection.fiveSeedsWithEnglishOfEachKind();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        Map<String, String> seeds = Map.of("curated", "004_6570346391cedc4e.txt", "machine", SeededCollection.MACHINE_SEED,
                "generated", SeededCollection.GENERATED_SEED);
        Map<String, List<String>> labels = Map.of("curated", List.of("editors' translation", "biên tập viên dịch"),
                "machine", List.of("machine translation", "dịch máy"), "generated", List.of("generated", "tự động"));
        for (String kind : List.of("curated", "machine", "generated")) {
            String slug = TestDatabase.string("select slug from article where source_file = ?", seeds.get(kind));
            List<String> languages = List.of("en", "vi");
            for (int i = 0; i < languages.size(); i++) {
                open("/articles/" + slug + "?lang=" + languages.get(i));
                assertThat(browser.findElement(By.cssSelector(".provenance")).getAttribute("data-english")).isEqualTo(kind);
                WebElement badge = browser.findElement(By.cssSelector(".summary[lang=en] h2 .badge"));
                assertThat(badge.isDisplayed()).isTrue();
                // the badge is set in capitals by the style sheet; its words are the reader's language's
                assertThat(badge.getText()).isEqualToIgnoringCase(labels.get(kind).get(i));
                int english = browser.findElements(By.cssSelector(".pair p[lang=en]")).size();
                if (kind.equals("generated")) {
                    assertThat(english).isZero();
                } else {
                    assertThat(english).isEqualTo(browser.findElements(By.cssSelector(".pair p[lang=vi]")).size());
                }
                screenshot("desktop-english-" + kind + "-" + languages.get(i));
            }
        }
    }
}
