package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page end to end in headless Chromium (Debian's chromium and chromium-driver, which the
 * test command installs): search, facets, case view, similar cases, sentencing chart, charge check
 * and hints. A screenshot is kept under target/ when a step fails.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @Test
  void searchOpenCaseAndSeeAnalysis() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException("chromium and chromium-driver are required (./test.sh installs them): missing "
          + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM));
    }
    Path profile = Files.createTempDirectory("xiezhi-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    try (TestService svc = TestService.start()) {
      WebDriver driver = new ChromeDriver(service, options);
      try {
        run(driver, svc);
      } catch (Throwable t) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "browser-test-failure.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(Path.of("target", "browser-test-failure.html"), driver.getPageSource());
        throw t;
      } finally {
        driver.quit();
      }
    }
  }

  private static void run(WebDriver driver, TestService svc) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(svc.base() + "/#key=" + TestService.JUDGE);
    wait.until(ExpectedConditions.textToBe(By.id("key-status"), "已设置"));
    assertFalse(driver.getCurrentUrl().contains(TestService.JUDGE), "the key leaves the address bar");
    assertTrue(driver.getTitle().contains("獬豸"));

    WebElement query = driver.findElement(By.id("query"));
    query.sendKeys("醉酒驾驶 乙醇含量");
    driver.findElement(By.id("search-btn")).click();
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results li"), 2));
    WebElement first = driver.findElement(By.cssSelector("#results li"));
    assertTrue(first.getText().contains("危险驾驶罪"), first.getText());
    assertFalse(first.findElements(By.tagName("mark")).isEmpty(), "highlights shown");

    WebElement facet = driver.findElement(By.cssSelector("input[data-facet='charges'][value='危险驾驶罪']"));
    facet.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "已筛选：危险驾驶罪"));
    wait.until(d -> d.findElements(By.cssSelector("#results li")).stream().allMatch(li -> li.getText().contains("危险驾驶罪")));

    driver.findElement(By.cssSelector("#results li .result-title")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-view")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-facts"), "乙醇含量"));
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#similar li .explanation"), 0));
    assertTrue(driver.findElement(By.cssSelector("#similar li .explanation")).getText().contains("相似原因"));
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#chart svg circle.point"), 0));
    assertFalse(driver.findElements(By.cssSelector("#chart svg rect.range")).isEmpty(), "statutory range drawn");
    assertFalse(driver.findElements(By.cssSelector("#chart svg line.estimate")).isEmpty(), "estimate drawn");
    // the case's own charge is not refused by the advisor (supported, or weakly with the test root's CAIL-only models)
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#charge-check .verdict:not(.unsupported)"), 0));
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#hints li"), 0));

    query.clear();
    query.sendKeys("被告人持水果刀威胁被害人，当场劫得手机一部及现金八百元。");
    driver.findElement(By.id("analyze-btn")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("prediction"), "抢劫罪"));
    List<WebElement> errors = driver.findElements(By.cssSelector("#error:not([hidden])"));
    assertTrue(errors.isEmpty(), errors.isEmpty() ? "" : errors.get(0).getText());
  }
}
