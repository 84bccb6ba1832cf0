package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiezhi.corpus.io.Json;

/**
 * The worked cases of docs/sentencing.md as a judge enters them in the workbench (headless
 * Chromium, the workbench service of {@link WorkbenchService}): a theft and an intentional injury
 * (fictional facts), each with a proposed sentence. The page must show the guideline's three steps
 * exactly as {@code POST /api/v1/advise/sentencing} computes them (each step, each adjustment, the
 * recommended range); the sentencing reference is saved as a picture at 1400 and 400 px into
 * docs/screenshots for the worked cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidelineWorkedCasesBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path DOCS_SHOTS = Path.of("..", "docs", "screenshots");
  static final String THEFT = "2023年5月12日，被告人张某在某商场内趁被害人不备，窃取其放在柜台上的手机一部，经价格认定价值人民币6800元。"
      + "张某到案后如实供述犯罪事实，退还全部赃物，并取得被害人谅解。";
  static final String INJURY = "2023年8月3日晚，被告人王某因琐事与赵某发生争执，持木棒击打赵某头部，致赵某头皮裂伤、颅骨骨折。"
      + "经鉴定，赵某的损伤程度为轻伤一级。案发后王某主动到公安机关投案，如实供述犯罪事实，赔偿赵某经济损失人民币30000元并取得谅解。";

  private TestService svc;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException("chromium and chromium-driver are required (./test.sh installs them): missing "
          + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM));
    }
    if (!Files.isDirectory(Path.of("/usr/share/fonts/opentype/noto"))) {
      throw new IllegalStateException("fonts-noto-cjk is required for the page's Chinese (./test.sh installs it)");
    }
    if (!Files.isDirectory(DOCS_SHOTS)) {
      throw new IllegalStateException("the worked cases' pictures go to " + DOCS_SHOTS.toAbsolutePath() + ", which is missing");
    }
    svc = WorkbenchService.start(WorkbenchService.lecard(80));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("xiezhi-chromium"));
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The guideline part of the sentencing reference as the API gives it. */
  private JsonNode apiGuideline(String facts, String charge) throws Exception {
    var r = svc.post("/api/v1/advise/sentencing", TestService.JUDGE,
        Json.mapper().writeValueAsString(java.util.Map.of("facts", facts, "charge", charge)));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode g = Json.mapper().readTree(r.body()).path("guideline");
    assertTrue(g.path("applies").asBoolean(), charge + ": the guideline applies: " + g);
    return g;
  }

  /** Enters the case in the workbench as a judge and waits for its sentencing reference. */
  private WebElement analyse(String facts, String charge, int years, int months) {
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.get("about:blank");
    driver.get(svc.base() + "/#key=" + TestService.JUDGE);
    wait.until(ExpectedConditions.textToBe(By.id("key-status"), "已设置"));
    js("location.hash = arguments[0]", "#/workbench");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wb-facts")));
    driver.findElement(By.id("wb-clear")).click();
    driver.findElement(By.id("wb-facts")).sendKeys(facts);
    driver.findElement(By.id("d0-charges")).sendKeys(charge);
    new Select(driver.findElement(By.id("d0-type"))).selectByVisibleText("有期徒刑");
    driver.findElement(By.id("d0-years")).sendKeys(Integer.toString(years));
    driver.findElement(By.id("d0-months")).sendKeys(Integer.toString(months));
    driver.findElement(By.id("wb-analyse")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wb-results .defendant-advice .guideline")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wb-timing")));
    return driver.findElement(By.cssSelector("#wb-results .defendant-advice"));
  }

  /** Asserts the page shows each of the API's steps, adjustments and the recommended range. */
  private void assertStepsShown(JsonNode g) {
    WebElement box = driver.findElement(By.cssSelector("#wb-results .guideline"));
    String shown = box.getText();
    List<String> steps = new ArrayList<>();
    box.findElements(By.cssSelector("ol.steps li")).forEach(li -> steps.add(li.getText()));
    List<String> expected = new ArrayList<>();
    g.path("steps").forEach(s -> expected.add(s.asText()));
    assertEquals(expected, steps, "every step as the API computes it, in order");
    assertTrue(shown.contains("① 量刑起点") && shown.contains("② 基准刑") && shown.contains("宣告刑建议"), shown);
    for (JsonNode a : g.path("adjustments")) {
      assertTrue(shown.contains("③ 调节：" + a.path("circumstance").asText()), a + " in " + shown);
    }
    assertTrue(shown.contains(g.path("document").asText()), shown);
    JsonNode rec = g.path("recommended");
    assertTrue(shown.contains("建议 " + monthsText(rec.path("months").asInt())), rec + " in " + shown);
  }

  /** The page's own way of writing months (core.js months()). */
  static String monthsText(int m) {
    int y = m / 12;
    int r = m % 12;
    return (y > 0 ? y + "年" : "") + (r > 0 ? r + "个月" : (y > 0 ? "" : "0个月"));
  }

  /** The sentencing reference as a picture at 1400 and at 400 px; asserts no sideways overflow at 400. */
  private void picture(String name) throws IOException {
    // the evidence links show case numbers once the page has read them
    wait.until(d -> d.findElements(By.cssSelector("#wb-results .defendant-advice a.case-id")).isEmpty());
    for (int width : new int[] {1400, 400}) {
      driver.manage().window().setSize(new Dimension(width, 1000));
      long height = ((Number) js("return Math.min(8000, document.documentElement.scrollHeight)")).longValue();
      driver.manage().window().setSize(new Dimension(width, (int) Math.max(800, height)));
      WebElement advice = driver.findElement(By.cssSelector("#wb-results .defendant-advice"));
      js("arguments[0].scrollIntoView()", advice);
      Path f = advice.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(f, DOCS_SHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
      if (width == 400) {
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertTrue(scroll <= client + 1, name + " overflows sideways at 400 px: " + scroll + " > " + client);
      }
    }
  }

  @Test
  void theftWithConfessionRestitutionAndForgivenessShowsTheThreeSteps() throws Exception {
    JsonNode g = apiGuideline(THEFT, "盗窃罪");
    assertEquals(0, g.path("tier").path("index").asInt(), "数额较大");
    WebElement advice = analyse(THEFT, "盗窃罪", 2, 0);
    assertStepsShown(g);
    String text = advice.getText();
    assertTrue(text.contains("刑法第264条"), text);
    assertTrue(text.contains("③ 调节：坦白") && text.contains("③ 调节：退赃退赔"), text);
    assertTrue(driver.findElements(By.cssSelector("#wb-results .hint")).stream()
        .anyMatch(h -> h.getText().contains("量刑指导意见")), "the proposed 2 years lies above the range: a hint says so");
    picture("workbench-guideline-theft");
  }

  @Test
  void injuryWithSurrenderCompensationAndForgivenessShowsTheThreeSteps() throws Exception {
    JsonNode g = apiGuideline(INJURY, "故意伤害罪");
    assertTrue(g.path("tier").path("reason").asText().contains("轻伤一级"), g.path("tier").toString());
    WebElement advice = analyse(INJURY, "故意伤害罪", 1, 0);
    assertStepsShown(g);
    String text = advice.getText();
    assertTrue(text.contains("刑法第234条"), text);
    assertTrue(text.contains("③ 调节：自首"), text);
    assertFalse(text.contains("③ 调节：坦白"), "如实供述 is part of 自首, not counted again: " + text);
    picture("workbench-guideline-injury");
  }
}
