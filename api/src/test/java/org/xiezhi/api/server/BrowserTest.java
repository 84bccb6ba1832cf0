package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.model.CaseRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench end to end in headless Chromium (Debian's chromium, chromium-driver and
 * fonts-noto-cjk, which the test command installs), over an index of the demo judgments and the
 * first LeCaRD judgments with the advisor module: each workflow as a judge, a prosecutor or a
 * supervisor walks it, asserting what the page shows. Screenshots of each view at 1400 and 400 px
 * go to target/screenshots; a failing step leaves its screenshot and page source under target/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  static final int LECARD = 240;
  private List<CaseRecord> lecard;

  private TestService svc;
  private ChromeDriver driver;
  private WebDriverWait wait;
  private Path downloads;

  @BeforeAll
  void start() throws IOException {
    downloads = Files.createTempDirectory("xiezhi-downloads");
    driver = OwnSentenceSweep.chromium(downloads);
    lecard = WorkbenchService.lecard(LECARD);
    svc = WorkbenchService.start(lecard);
    wait = OwnSentenceSweep.waitFor(driver);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (svc != null) {
      svc.close();
    }
  }

  @BeforeEach
  void openPage() {
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.get("about:blank");
    driver.get(svc.base() + "/#key=" + TestService.JUDGE);
    wait.until(ExpectedConditions.textToBe(By.id("key-status"), "已设置"));
  }

  @AfterEach
  void keepFailure(TestInfo info) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", "browser-last-" + info.getTestMethod().orElseThrow().getName() + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void go(String hash) {
    js("location.hash = arguments[0]", hash);
  }

  /** Screenshots of the page as it is at 1400 and at 400 px, the whole page high; asserts no sideways overflow at 400. */
  private void shots(String name) throws IOException {
    assertChinese(name);
    for (int width : new int[] {1400, 400}) {
      driver.manage().window().setSize(new Dimension(width, 1000));
      long height = ((Number) js("return Math.min(6000, document.documentElement.scrollHeight)")).longValue();
      driver.manage().window().setSize(new Dimension(width, (int) Math.max(800, height)));
      Path f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(f, SHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
      if (width == 400) {
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertTrue(scroll <= client + 1, name + " overflows sideways at 400 px: " + scroll + " > " + client);
      }
    }
    driver.manage().window().setSize(new Dimension(1400, 1000));
  }

  /** Words a user may read in Latin letters: abbreviations of formats and units, and loanwords of judgments. */
  private static final java.util.Set<String> LATIN = java.util.Set.of("API", "DOCX", "PDF", "CSV", "JSON", "HTML", "mg", "ml", "KTV");

  /**
   * Asserts that the text a user reads on the page (visible text only) holds no English words; text
   * that is not the page's own words (.source-text: the judgments', the user's file name;
   * quotations), identifiers (case ids, model versions) and format keys ({@code code}) are left out.
   */
  private void assertChinese(String view) {
    @SuppressWarnings("unchecked")
    List<String> words = (List<String>) js("const quoted = [...document.querySelectorAll('.source-text, q, code, .case-id')];"
        + " const was = quoted.map(e => e.style.display); quoted.forEach(e => { e.style.display = 'none'; });"
        + " const t = document.body.innerText; quoted.forEach((e, i) => { e.style.display = was[i]; }); const out = [];"
        + " for (const m of t.matchAll(/[A-Za-z][A-Za-z_]{2,}/g)) { out.push(m[0] + ' ‹' + t.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12).replace(/\\s+/g, ' ') + '›'); }"
        + " return out;");
    List<String> english = words.stream().filter(w -> !LATIN.contains(w.substring(0, w.indexOf(' ')))).distinct().toList();
    assertTrue(english.isEmpty(), view + " shows English a user reads: " + english);
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  @Test
  void keyLeavesTheAddressBarAndThePageSpeaksChinese() {
    assertFalse(driver.getCurrentUrl().contains(TestService.JUDGE), "the key leaves the address bar");
    assertTrue(driver.getTitle().contains("獬豸"));
    assertEquals("案情事实", driver.findElement(By.cssSelector("label[for=wb-facts]")).getText());
    for (WebElement input : driver.findElements(By.cssSelector("#view-workbench input, #view-workbench textarea, #view-workbench select"))) {
      String id = input.getAttribute("id");
      boolean labelled = !driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty() || input.getAttribute("aria-label") != null;
      assertTrue(labelled, "input " + id + " has a label");
    }
  }

  @Test
  void drunkDrivingJudgmentCheckedWithItsOwnDetentionShowsNoError() throws IOException {
    go("#/search?q=" + "醉酒驾驶 乙醇含量");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#s-results li"), 2));
    driver.findElement(By.cssSelector("input[data-facet='charge'][value='危险驾驶罪']")).click();
    wait.until(ExpectedConditions.urlContains("charge="));
    wait.until(d -> d.findElements(By.cssSelector("#s-results li")).stream().allMatch(li -> li.getText().contains("危险驾驶罪")));
    WebElement first = driver.findElement(By.cssSelector("#s-results li"));
    assertTrue(first.getText().contains("判处："), first.getText());
    assertFalse(driver.findElement(By.cssSelector("#s-results li .card-title a")).getAttribute("href").isEmpty(), "titles are links, reachable by keyboard");
    first.findElement(By.cssSelector(".card-title a")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-facts"), "乙醇含量"));
    assertTrue(text("#c-body").contains("判决结果"), "sections shown");
    assertTrue(text("#c-body .defendants").contains("拘役"), text("#c-body .defendants"));
    shots("case");
    driver.findElement(By.id("c-check")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wb-results .defendant-advice .recommendation")));
    assertEquals("拘役", new Select(driver.findElement(By.id("d0-type"))).getFirstSelectedOption().getText());
    String advice = text("#wb-results .defendant-advice");
    assertTrue(advice.contains("拟判/已判 拘役"), advice);
    assertTrue(advice.contains("综合建议"), advice);
    assertTrue(advice.contains("刑法第133条之一"), advice);
    List<WebElement> errors = driver.findElements(By.cssSelector("#wb-results .hint.error"));
    assertTrue(errors.isEmpty(), "a lawful decided sentence shows no error: " + (errors.isEmpty() ? "" : errors.get(0).getText()));
    assertTrue(text("#wb-results").contains("罪名核查"));
    assertFalse(driver.findElements(By.cssSelector("#wb-results tr.proposed")).isEmpty(), "the decided charge is among the candidates");
    assertFalse(driver.findElements(By.cssSelector("#wb-similar li .explanation")).isEmpty(), "similar cases with reasons");
    assertFalse(text("#wb-similar").contains("综合得分"), "reasons in legal terms, not scores");
    // the ranker that ordered the list, named with its model's version
    assertTrue(text("#wb-similar .notice").matches("(?s).*排序模型 similar-ranker@[0-9a-f]{12}.*"), text("#wb-similar .notice"));
    shots("workbench");
    driver.findElements(By.cssSelector("#wb-results a.article-link")).stream()
        .filter(a -> a.getText().equals("刑法第133条之一")).findFirst().orElseThrow().click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-body"), "刑法第133条之一"));
  }

  @Test
  void chargeIsNeverTakenSilentlyFromThePrediction() throws IOException {
    // a prosecutor enters a key through the header form
    driver.findElement(By.id("api-key")).sendKeys(TestService.PROSECUTOR);
    driver.findElement(By.id("save-key")).click();
    assertEquals(TestService.PROSECUTOR, js("return sessionStorage.getItem('xiezhi.key')"));
    go("#/workbench");
    driver.findElement(By.id("wb-clear")).click();
    driver.findElement(By.id("wb-facts")).sendKeys(HandlersTest.THEFT);
    @SuppressWarnings("unchecked")
    List<Object> during = (List<Object>) js("const b = document.getElementById('wb-analyse'); b.click();"
        + " return [b.disabled, document.getElementById('wb-results').getAttribute('aria-busy'), document.getElementById('wb-results').textContent]");
    assertEquals(Boolean.TRUE, during.get(0), "the button is disabled while the analysis runs");
    assertEquals("true", during.get(1));
    assertTrue(String.valueOf(during.get(2)).contains("正在分析"), String.valueOf(during.get(2)));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wb-candidates .adopt")));
    assertTrue(driver.findElement(By.id("wb-analyse")).isEnabled());
    assertTrue(driver.findElements(By.cssSelector(".defendant-advice")).isEmpty(), "no sentencing before the user confirms a charge");
    assertTrue(text("#wb-candidates").contains("不会自动采用"));
    // the evidence names its cases by case number once read, the id only on hover
    wait.until(d -> !d.findElements(By.cssSelector("#wb-candidates a.case-link")).isEmpty()
        && d.findElements(By.cssSelector("#wb-candidates a.case-id")).isEmpty());
    for (WebElement a : driver.findElements(By.cssSelector("#wb-candidates a.case-link"))) {
      assertTrue(!a.getText().isBlank() && !a.getText().equals(a.getAttribute("title")), a.getText() + " / " + a.getAttribute("title"));
    }
    shots("workbench-candidates");
    WebElement adopt = driver.findElements(By.cssSelector("#wb-candidates .adopt")).stream()
        .filter(b -> b.getText().contains("盗窃罪")).findFirst().orElseThrow();
    adopt.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".defendant-advice .recommendation")));
    assertEquals("盗窃罪", driver.findElement(By.id("d0-charges")).getAttribute("value"));
    assertTrue(text(".defendant-advice").contains("刑法第264条"), text(".defendant-advice"));
  }

  @Test
  void errorsAreChineseAndReplaceStaleResults() {
    go("#/search?q=" + "盗窃 电动自行车");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#s-results li"), 0));
    go("#/search?q=" + "盗".repeat(2500));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("s-error")));
    String err = text("#s-error");
    assertTrue(err.contains("检索词") && err.contains("2500"), err);
    assertFalse(err.matches(".*[a-z]{4,}.*"), "no developer English: " + err);
    assertTrue(driver.findElements(By.cssSelector("#s-results li")).isEmpty(), "old results are gone");
    go("#/workbench");
    driver.findElement(By.id("wb-clear")).click();
    driver.findElement(By.id("wb-facts")).sendKeys(HandlersTest.DRUNK);
    driver.findElement(By.id("d0-charges")).sendKeys("危险驾驶罪");
    new Select(driver.findElement(By.id("d0-type"))).selectByVisibleText("有期徒刑");
    driver.findElement(By.id("wb-analyse")).click();
    assertTrue(text("#wb-error").contains("需要填写刑期"), text("#wb-error"));
  }

  @Test
  void searchPagesSortsAndFacetsCountTheHitSet() throws IOException {
    go("#/search?q=" + "被告人");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#s-results li"), 10));
    String summary = text("#s-summary");
    assertTrue(summary.matches("共找到 \\d+ 件.*第 1/\\d+ 页"), summary);
    long listed = ((Number) js("return document.querySelectorAll('#s-results li').length")).longValue();
    assertEquals(10, listed);
    @SuppressWarnings("unchecked")
    List<Long> counts = (List<Long>) js("return [...document.querySelectorAll('[data-facet=year] .count')].map(e => Number(e.textContent.replace(/[()]/g,'')))");
    int hitSet = Integer.parseInt(summary.replaceAll(".*相关度最高的 (\\d+) 件.*", "$1").replaceAll("共找到 (\\d+) 件.*", "$1"));
    assertEquals(hitSet, counts.stream().mapToLong(Long::longValue).sum(), "year facet counts add up to the hit set");
    driver.findElement(By.cssSelector("#s-pages a:not(.current)")).click();
    wait.until(ExpectedConditions.urlContains("page=2"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-summary"), "第 2/"));
    new Select(driver.findElement(By.id("s-sort"))).selectByValue("date");
    wait.until(ExpectedConditions.urlContains("sort=date"));
    driver.navigate().back();
    wait.until(d -> !d.getCurrentUrl().contains("sort=date"));
    driver.navigate().forward();
    wait.until(ExpectedConditions.urlContains("sort=date"));
    // the server's page for the address now (not the one before it) is on screen
    wait.until(d -> Boolean.TRUE.equals(js("return document.getElementById('s-results').dataset.hash === location.hash")));
    WebElement level = driver.findElement(By.cssSelector("[data-facet=level] input"));
    String count = driver.findElement(By.cssSelector("[data-facet=level] .count")).getText().replaceAll("[()]", "");
    level.click();
    wait.until(ExpectedConditions.urlContains("level="));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-summary"), "筛选后 " + count + " 件"));
    assertTrue(driver.getCurrentUrl().contains("sort=date"), driver.getCurrentUrl());
    @SuppressWarnings("unchecked")
    List<String> shown = (List<String>) js("return [...document.querySelectorAll('#s-results li .meta')].map(e => (e.textContent.match(/\\d{4}-\\d{2}-\\d{2}/) || [''])[0])");
    List<String> dates = shown.stream().filter(x -> !x.isEmpty()).toList();
    assertTrue(dates.size() > 1, "dated hits: " + dates);
    List<String> newestFirst = new java.util.ArrayList<>(dates);
    newestFirst.sort(java.util.Comparator.reverseOrder());
    assertEquals(newestFirst, dates, "the server sorted the page by date, newest first");
    shots("search");
    go("#/search?q=" + "醉酒驾驶");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#s-results .badge.demo")));
    assertEquals("示例", text("#s-results .badge.demo"));
  }

  @Test
  void statutePanelFindsAnArticleByAnyNumberForm() throws IOException {
    for (String q : List.of("刑法第264条", "264", "第二百六十四条")) {
      go("#/statute/" + q);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-label"), "刑法第264条"));
      assertTrue(text("#t-body").contains("盗窃公私财物"), text("#t-body"));
    }
    go("#/statute/" + "刑法第133条之一");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-label"), "刑法第133条之一"));
    assertTrue(text("#t-body").contains("醉酒驾驶机动车"), text("#t-body"));
    go("#/statute/" + "盗窃 数额较大");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-body"), "条文检索"));
    assertTrue(text("#t-body").contains("刑法第264条"), "a text query searches the statutes: " + text("#t-body"));
    shots("statute");
  }

  @Test
  void reportListsTheChosenCasesAndPrintsWithoutTheKey() throws Exception {
    js("sessionStorage.removeItem('xiezhi.selected')");
    go("#/search?q=" + "醉酒驾驶 乙醇含量");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#s-results li"), 2));
    driver.findElements(By.cssSelector("#s-results input.select")).get(0).click();
    driver.findElements(By.cssSelector("#s-results input.select")).get(1).click();
    assertEquals("已选 2 件纳入报告", text("#s-selected"));
    driver.findElement(By.id("s-report")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#r-doc .report-case"), 2));
    driver.findElement(By.id("r-who")).sendKeys("刑一庭 王法官");
    driver.findElement(By.id("r-note-0")).sendKeys("同为醉酒驾驶机动车，血液酒精含量相近");
    go("#/report?again");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("r-doc"), "刑一庭 王法官"));
    String doc = text("#r-doc");
    assertTrue(doc.contains("醉酒驾驶 乙醇含量") && doc.contains("模型版本") && doc.contains("检索时间"), doc);
    assertEquals("同为醉酒驾驶机动车，血液酒精含量相近", driver.findElement(By.id("r-note-0")).getAttribute("value"));
    shots("report");
    driver.findElement(By.id("r-download")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("r-status"), "已下载"));
    Path docx = wait.until(d -> {
      try (var files = Files.list(downloads)) {
        return files.filter(p -> p.getFileName().toString().endsWith(".docx")).findFirst().orElse(null);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertTrue(docx.getFileName().toString().startsWith("类案检索报告-"), docx.toString());
    String word = SimilarCaseReportTest.text(Files.readAllBytes(docx));
    for (String expected : new String[] {"类案检索报告", "刑一庭 王法官", "醉酒驾驶 乙醇含量", "检索到的类案（2 件）",
        "同为醉酒驾驶机动车，血液酒精含量相近", "模型版本", "危险驾驶罪"}) {
      assertTrue(word.contains(expected), "the downloaded report holds '" + expected + "':\n" + word);
    }
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertFalse(driver.findElement(By.id("api-key")).isDisplayed(), "the key field is not printed");
      assertFalse(driver.findElement(By.id("r-print")).isDisplayed());
      assertTrue(text("#r-doc").contains("类案检索报告"));
      Path f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(f, SHOTS.resolve("report-print-1400.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void supervisorRanksABatchAndOpensItsCases() throws IOException {
    go("#/supervise");
    Path batch = Files.createTempFile("batch", ".jsonl");
    Files.writeString(batch, "{\"id\":\"p1\",\"fact\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"sentence\":{\"type\":\"有期徒刑\",\"months\":30}}\n"
        + "{\"id\":\"p2\",\"fact\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"sentence\":{\"type\":\"拘役\",\"months\":3,\"fineYuan\":5000}}\n");
    driver.findElement(By.id("v-file")).sendKeys(batch.toAbsolutePath().toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-progress"), "共核查 2 件"));
    assertEquals(batch.getFileName().toString(), text("#v-file-name"), "the chosen file is named beside the Chinese file button");
    List<WebElement> rows = driver.findElements(By.cssSelector("#v-table tbody tr"));
    assertEquals(2, rows.size());
    assertTrue(rows.get(0).getText().contains("有期徒刑2年6个月"), "the 30-month term for drunk driving ranks first: " + rows.get(0).getText());
    assertTrue(rows.get(0).getAttribute("class").contains("row-error"), rows.get(0).getText());
    driver.findElement(By.id("v-query")).sendKeys("醉酒驾驶");
    driver.findElement(By.id("v-limit")).clear();
    driver.findElement(By.id("v-limit")).sendKeys("10");
    driver.findElement(By.id("v-slice")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("v-progress"), "共核查 2 件")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-progress"), "共核查"));
    assertFalse(driver.findElements(By.cssSelector("#v-charts svg rect.bar")).isEmpty(), "charts drawn");
    assertTrue(driver.findElements(By.cssSelector("#v-table tbody tr")).size() > 3);
    shots("supervise");
    driver.findElement(By.cssSelector("#v-table tbody a.case-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("c-facts")));
    driver.findElement(By.id("c-back")).click();
    wait.until(ExpectedConditions.urlContains("#/supervise"));
  }

  /**
   * Real LeCaRD judgments opened in the page and checked with their own decided sentence (case view,
   * 以本案判决核查): an error-severity hint on at most 3 % of 200; prints the rate and the page's
   * click-to-analysis times.
   */
  @Test
  void realJudgmentsWithTheirOwnSentencesRarelyDrawAnError() {
    List<String> ids = OwnSentenceSweep.checkable(lecard, 200);
    assertEquals(200, ids.size(), "200 LeCaRD judgments with facts, charges and a decided sentence");
    OwnSentenceSweep.Figures f = OwnSentenceSweep.run(driver, wait, ids);
    System.out.println(f.describe(42 + lecard.size()));
    assertTrue(f.withError() <= ids.size() * 3 / 100, f.withError() + " of " + ids.size() + " judgments drew an error hint: " + f.codes());
  }
}
