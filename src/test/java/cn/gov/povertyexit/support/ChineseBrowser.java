package cn.gov.povertyexit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
  private String openTaskId;

  private int openWindows = 1;

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
          // the officials' clock: Tasklist shows times in the browser's zone
          .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
          .build();
      driver = new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs in as this official; whoever was logged in before is logged out first, as with the 退出 menu. */
  public void logIntoTasklist(String userId, String password) {
    if (driver.getCurrentUrl().startsWith(baseUrl)) {
      driver.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '';
          fetch('/camunda/api/admin/auth/user/default/logout', {method: 'POST', credentials: 'same-origin',
              headers: {'X-XSRF-TOKEN': token}}).then(() => done(), () => done());""");
    }
    driver.get(baseUrl + "/camunda/app/tasklist/default/");
    By username = By.cssSelector("input[ng-model='username']");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(username));
    } catch (TimeoutException e) {
      // a Tasklist still bootstrapping the previous session's state: a fresh load shows the login form
      driver.navigate().refresh();
    }
    waitFor(username).sendKeys(userId);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    waitFor(By.cssSelector("[cam-tasklist-filters], .filters"));
  }

  public void openTask(String taskId) {
    openTaskId = taskId;
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    waitFor(By.cssSelector(".fjs-container"));
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

  /** The input, textarea or select of a Camunda Forms field, by the component id the form file gives it. */
  public WebElement field(String componentId) {
    return waitFor(By.cssSelector(".fjs-container [id$='-" + componentId + "']"));
  }

  /** Types into a form field as an official would: the field's text replaced, then on to the next field. */
  public void type(String componentId, String text) {
    WebElement field = field(componentId);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
    // typed over the selection, as a person does: a number field cleared and retyped within form-js' debounce
    // (e.g. 0 over a pre-filled 0) would otherwise be left empty
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    field.sendKeys(text.isEmpty() ? Keys.DELETE.toString() : text, Keys.TAB);
  }

  /** Opens a select field's list and picks the option with this label. */
  public void choose(String componentId, String optionLabel) {
    WebElement display = waitFor(By.cssSelector(".fjs-container [id$='-" + componentId + "-display']"));
    By option = By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + optionLabel + "']");
    // reaching the field with the tab key already opens its list; a click would close it again
    if (driver.findElements(option).stream().noneMatch(WebElement::isDisplayed)) {
      click(display);
    }
    WebElement item = waitFor(option);
    // the list takes the choice on mouse down, before a click's focus change closes it
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(item).click().perform();
  }

  /** Picks the radio option with this label. */
  public void pick(String componentId, String optionLabel) {
    click(waitFor(By.xpath("//label[starts-with(@for,'fjs-form-') and contains(@for,'-" + componentId + "-')"
        + " and normalize-space()='" + optionLabel + "']")));
  }

  /** Ticks the option with this label in a checklist (several boxes under one field). */
  public void tick(String componentId, String optionLabel) {
    WebElement label = waitFor(By.xpath("//label[starts-with(@for,'fjs-form-') and contains(@for,'-" + componentId + "-')"
        + " and normalize-space()='" + optionLabel + "']"));
    WebElement box = driver.findElement(By.id(label.getDomAttribute("for")));
    if (!box.isSelected()) {
      click(label);
    }
  }

  public void check(String componentId) {
    WebElement box = field(componentId);
    if (!box.isSelected()) {
      click(box);
    }
  }

  public void uncheck(String componentId) {
    WebElement box = field(componentId);
    if (box.isSelected()) {
      click(box);
    }
  }

  public String value(String componentId) {
    return field(componentId).getDomProperty("value");
  }

  /** Whether a checkbox of the form is ticked (e.g. pre-filled from the register). */
  public boolean isChecked(String componentId) {
    return field(componentId).isSelected();
  }

  /** The label a select field shows as chosen, e.g. "A级（安全）". */
  public String chosen(String componentId) {
    return waitFor(By.cssSelector(".fjs-container [id$='-" + componentId + "-display']")).getText().trim();
  }

  /** Everything the rendered form shows: labels, read-only values, tables. */
  public String formText() {
    return waitFor(By.cssSelector(".fjs-container")).getText();
  }

  /** Scrolls the form so that this field is at the top of the window, e.g. before a screenshot. */
  public void scrollTo(String componentId) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", field(componentId));
  }

  /**
   * Claims the open task. A claimed task leaves the 本组待办 list, and Tasklist then closes it: it is opened again
   * (now under 我的待办) to be worked on.
   */
  public void claim() {
    String taskId = openTaskId;
    click(waitFor(By.cssSelector("button.claim")));
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.or(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.unclaim")),
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim"))));
    } catch (TimeoutException e) {
      throw seen(e);
    }
    if (driver.findElements(By.cssSelector("button.unclaim")).stream().noneMatch(WebElement::isDisplayed)) {
      openFilter("我的待办");
      openTask(taskId);
      waitFor(By.cssSelector("button.unclaim"));
    }
    waitFor(By.cssSelector(".fjs-container"));
  }

  /**
   * Clicks 完成 once Tasklist enables it; fails, with what the page showed, where the form keeps it disabled.
   * Camunda Forms takes typed text into its state after a short debounce, so the click waits for that first.
   */
  public void complete() {
    pauseForForm();
    By button = By.xpath("//div[contains(@class,'task-card') or contains(@class,'form-container') or @cam-tasklist-task]"
        + "//button[normalize-space()='完成'] | //button[normalize-space()='完成']");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(button).isEnabled());
    } catch (TimeoutException e) {
      throw seen(e);
    }
    // a message from an earlier attempt covers the button: the official closes it first
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .close"))) {
      try {
        if (close.isDisplayed()) {
          close.click();
        }
      } catch (StaleElementReferenceException | ElementNotInteractableException fadedAway) {
        // Tasklist removed the message on its own while the official reached for it
      }
    }
    click(driver.findElement(button));
  }

  /** The messages Tasklist shows at the bottom of the page (refusals, confirmations). */
  public String notifications() {
    return driver.findElements(By.cssSelector(".page-notifications")).stream().map(WebElement::getText)
        .reduce("", (all, text) -> all + text);
  }

  /** 发起流程 → the process by its Chinese name: its start form opens in the dialog. */
  public void openStartForm(String processName) {
    click(waitFor(By.xpath("//a[normalize-space()='发起流程']")));
    WebElement search = waitFor(By.cssSelector(".modal input[type='text'], .modal input[type='search']"));
    search.sendKeys(processName);
    click(waitFor(By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']")));
    waitFor(By.cssSelector(".modal .fjs-container"));
  }

  /** Clicks 发起 in the start dialog and waits for it to close. */
  public void start() {
    pauseForForm();
    By button = By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='发起']");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(button).isEnabled());
      click(driver.findElement(button));
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
    } catch (TimeoutException e) {
      throw seen(e);
    }
  }

  /**
   * Clicks 发起 in the start dialog where the system is expected to refuse the start: waits for the refusal's text
   * and returns the messages shown; the dialog stays open for the official to correct the form.
   */
  public String startRefused(String expectedText) {
    pauseForForm();
    By button = By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='发起']");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(button).isEnabled());
      click(driver.findElement(button));
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> pageText().contains(expectedText));
    } catch (TimeoutException e) {
      throw seen(e);
    }
    return notifications() + driver.findElements(By.cssSelector(".modal")).stream().map(WebElement::getText)
        .reduce("", (all, text) -> all + text);
  }

  /** Selects one of the Tasklist filters on the left, e.g. 本组待办. */
  public void openFilter(String name) {
    click(waitFor(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(),'" + name + "')]")));
  }

  /** The tasks the list in the middle shows: each task's visible text. */
  public List<String> taskList() {
    waitFor(By.cssSelector(".tasks-list"));
    return driver.findElements(By.cssSelector(".tasks-list .task")).stream().map(WebElement::getText).toList();
  }

  private static void pauseForForm() {
    try {
      Thread.sleep(800);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** A link with {@code target="_blank"} opened a tab: carry on in it. */
  public void switchToNewestWindow() {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfWindowsToBe(openWindows + 1));
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    openWindows = handles.size();
    driver.switchTo().window(handles.get(handles.size() - 1));
  }

  /** Back to the first tab (Tasklist), the others closed. */
  public void closeExtraWindows() {
    String first = driver.getWindowHandles().iterator().next();
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(first)) {
        driver.switchTo().window(handle);
        driver.close();
      }
    }
    driver.switchTo().window(first);
    openWindows = 1;
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
