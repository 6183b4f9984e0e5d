package cn.gov.povertyexit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with Chinese as the browser's first language, driving the real Camunda webapps.
 * Uses the system's chromedriver: nothing is downloaded.
 */
public class ChineseBrowser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final String baseUrl;

  public ChineseBrowser(int port) {
    this.baseUrl = "http://localhost:" + port;
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1440,900", "--lang=zh-CN",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
          .build();
      driver = new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void logIntoTasklist(String userId, String password) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/");
    waitFor(By.cssSelector("input[ng-model='username']")).sendKeys(userId);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    waitFor(By.cssSelector("[cam-tasklist-filters], .filters"));
  }

  public void openTask(String taskId) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  public WebElement waitFor(By locator) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      throw seen(e);
    }
  }

  public void waitForText(By locator, String text) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    } catch (TimeoutException e) {
      throw seen(e);
    }
  }

  /** What the page showed when a wait ran out: a screenshot and the visible text in the failure. */
  private AssertionError seen(TimeoutException timeout) {
    Path file = screenshot("timeout-" + System.currentTimeMillis());
    return new AssertionError(timeout.getMessage().lines().findFirst().orElse("") + "\nscreenshot: " + file
        + "\npage text:\n" + pageText(), timeout);
  }

  /** Clicks an element after scrolling it to the middle of the window, clear of Tasklist's fixed footer. */
  public void click(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Saves a screenshot under target/screenshots for a person to look at. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
