package org.xiezhi.api.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * Real judgments opened in the workbench's case view and checked with their own decided sentence
 * (以本案判决核查), as a judge would: counts the judgments that draw an error-severity or a warning
 * hint and reads the page's own click-to-full-analysis times. Also opens headless Chromium the way
 * the browser tests need it (Debian's chromium and chromium-driver, fonts-noto-cjk).
 */
final class OwnSentenceSweep {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private OwnSentenceSweep() {}

  /** What the sweep saw: judgments with an error or a warning hint, error codes, analysis times in ms (sorted). */
  record Figures(int judgments, int withError, int withWarning, Map<String, Integer> codes, List<Double> ms) {
    double percentile(double p) {
      return ms.get(Math.min(ms.size() - 1, (int) (ms.size() * p)));
    }

    String describe(long indexSize) {
      return String.format(Locale.ROOT, "false alarms: %d of %d real judgments drew an error hint (%.1f %%), %d a warning; codes %s%n"
          + "click to full analysis in the browser: p50 %.0f ms, p90 %.0f ms over %d analyses (index of %d cases)",
          withError, judgments, 100.0 * withError / judgments, withWarning, codes, percentile(0.5), percentile(0.9), ms.size(), indexSize);
    }
  }

  /** The judgments of {@code cases} that can be checked: facts, a charge and the first defendant's decided sentence. */
  static List<String> checkable(List<CaseRecord> cases, int n) {
    return cases.stream()
        .filter(c -> c.facts() != null && !c.facts().isBlank() && !c.defendants().isEmpty() && c.defendants().get(0).sentence() != null
            && !(c.defendants().get(0).charges().isEmpty() && c.charges().isEmpty()))
        .map(CaseRecord::id).limit(n).toList();
  }

  /** Headless Chromium at 1400 × 1000, Chinese locale; fails when the browser, its driver or the CJK fonts are missing. */
  static ChromeDriver chromium(Path downloads) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException("chromium and chromium-driver are required (./test.sh installs them): missing "
          + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM));
    }
    if (!Files.isDirectory(Path.of("/usr/share/fonts/opentype/noto"))) {
      throw new IllegalStateException("fonts-noto-cjk is required for the page's Chinese (./test.sh installs it)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("xiezhi-chromium"));
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false));
    ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    return driver;
  }

  /** Opens each judgment, checks it with its own sentence and reads the hints; the page must be open with a key. */
  static Figures run(ChromeDriver driver, WebDriverWait wait, List<String> ids) {
    JavascriptExecutor js = driver;
    int withError = 0;
    int withWarning = 0;
    Map<String, Integer> codes = new java.util.TreeMap<>();
    js.executeScript("window.xiezhi.timings.length = 0");
    for (String id : ids) {
      js.executeScript("location.hash = arguments[0]", "#/case/" + id);
      wait.until(d -> d.findElement(By.id("c-check")).isEnabled() && d.findElement(By.id("c-title")).getText().length() > 0
          && d.findElements(By.cssSelector("#c-body .case-meta")).size() == 1);
      js.executeScript("document.getElementById('wb-results').replaceChildren()");
      driver.findElement(By.id("c-check")).click();
      wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("wb-timing")),
          ExpectedConditions.visibilityOfElementLocated(By.id("wb-error"))));
      if (!driver.findElements(By.cssSelector("#wb-error:not([hidden])")).isEmpty()) {
        throw new AssertionError(id + ": " + driver.findElement(By.id("wb-error")).getText());
      }
      List<WebElement> errors = driver.findElements(By.cssSelector("#wb-results .hint.error"));
      if (!errors.isEmpty()) {
        withError++;
        errors.forEach(e -> codes.merge(e.getAttribute("data-code"), 1, Integer::sum));
        System.out.println("error hint on " + id + ": " + errors.get(0).getText().replace('\n', ' '));
      }
      if (!driver.findElements(By.cssSelector("#wb-results .hint.warning")).isEmpty()) {
        withWarning++;
      }
    }
    @SuppressWarnings("unchecked")
    List<Number> ms = (List<Number>) js.executeScript("return window.xiezhi.timings.slice().sort((a, b) => a - b)");
    return new Figures(ids.size(), withError, withWarning, codes, ms.stream().map(Number::doubleValue).toList());
  }

  static WebDriverWait waitFor(ChromeDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }
}
