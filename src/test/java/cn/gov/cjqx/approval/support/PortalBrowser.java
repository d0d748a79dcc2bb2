package cn.gov.cjqx.approval.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The applicants' portal in Debian's headless Chromium, used the way a clerk uses it: fields found by their Chinese
 * labels, files chosen in real file inputs, buttons pressed by their text. Counts the clerk's actions (each field
 * filled, option chosen, file attached, button pressed) for the README.
 */
public final class PortalBrowser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final WebDriver driver;

	private final String base;

	private final Path screenshots;

	private int actions;

	public PortalBrowser(int port, Path screenshots) {
		this(port, screenshots, 1280, 1400);
	}

	public PortalBrowser(int port, Path screenshots, int width, int height) {
		// Chromium on Linux takes the language of its own controls (date fields) from LANGUAGE, not from --lang
		this.driver = TasklistBrowser.chromium(width, height, Map.of("LANGUAGE", "zh_CN"));
		this.base = "http://localhost:" + port;
		this.screenshots = screenshots;
	}

	/** Signs in on the portal's login page; lands on 我的申请. */
	public PortalBrowser logIn(String user) {
		driver.get(base + "/portal");
		type(until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))), user);
		type(driver.findElement(By.id("password")), TestHttp.passwordOf(user));
		press("登录");
		until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[normalize-space()='我的申请']")));
		return this;
	}

	/** Opens a page by its path, as a bookmark or a link from elsewhere would. */
	public PortalBrowser open(String path) {
		driver.get(base + path);
		return this;
	}

	/** Follows a link by its text (a menu entry, a business key). */
	public PortalBrowser follow(String linkText) {
		WebElement link = until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='" + linkText + "'] | //summary[normalize-space()='" + linkText + "']")));
		click(link);
		return this;
	}

	public PortalBrowser fill(String label, String value) {
		return fillIn(driver, label, value);
	}

	/** Fills a field of one row of a list (栏目 1, 管理员 2…). */
	public PortalBrowser fillInRow(String rowTitle, String label, String value) {
		return fillIn(row(rowTitle), label, value);
	}

	/**
	 * Sets a date or date-and-time field (the browser's own picker; typing into it depends on the browser's
	 * language), e.g. "2026-12-15" or "2026-12-03T08:00".
	 */
	public PortalBrowser setDate(String label, String value) {
		WebElement input = field(driver, label);
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
				scrollTo(input), value);
		actions++;
		return this;
	}

	/** The text of the first and the last real option of a drop-down (after 请选择). */
	public String firstOption(String label) {
		return new Select(field(driver, label)).getOptions().get(1).getText();
	}

	public String lastOption(String label) {
		List<WebElement> options = new Select(field(driver, label)).getOptions();
		return options.get(options.size() - 1).getText();
	}

	/** What the field with this label holds now. */
	public String value(String label) {
		return field(driver, label).getAttribute("value");
	}

	public PortalBrowser select(String label, String option) {
		new Select(field(driver, label)).selectByVisibleText(option);
		actions++;
		return this;
	}

	/** Answers a question of radio buttons (是/否, 关停/注销). */
	public PortalBrowser choose(String question, String answer) {
		WebElement option = driver.findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(), '" + question
				+ "')]]//label[normalize-space()='" + answer + "']"));
		click(option);
		return this;
	}

	/** Chooses a file for the material with this title in its file input and waits until it is uploaded. */
	public PortalBrowser attach(String title, Path file) {
		WebElement input = field(driver, title);
		input.sendKeys(file.toAbsolutePath().toString());
		actions++;
		WebElement box = input.findElement(By.xpath("ancestor::*[@data-material]"));
		until(driver -> !box.findElement(By.cssSelector("[data-upload-status]")).getText().startsWith("正在上传")
				&& (box.getAttribute("class").contains("done") || !box.findElements(By.cssSelector(".field-error")).isEmpty()));
		return this;
	}

	/** Presses a button by its text. */
	public PortalBrowser press(String text) {
		click(until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + text + "']"))));
		return this;
	}

	/** Waits until the browser is at an address that contains {@code part} (after a redirect). */
	public PortalBrowser waitForUrl(String part) {
		until(driver -> driver.getCurrentUrl().contains(part));
		return this;
	}

	/** Presses the first button whose text starts so (a message's title in 消息). */
	public PortalBrowser pressStartingWith(String text) {
		click(until(ExpectedConditions.elementToBeClickable(By.xpath("//button[starts-with(normalize-space(),'" + text + "')]"))));
		return this;
	}

	public boolean hasButton(String text) {
		return !driver.findElements(By.xpath("//button[normalize-space()='" + text + "']")).isEmpty();
	}

	/** Presses the form's submit button and waits for the procedure's page (or the form's refusal). */
	public PortalBrowser submit(String text) {
		String form = driver.getCurrentUrl();
		press(text);
		until(driver -> !driver.getCurrentUrl().equals(form) && driver.getCurrentUrl().contains("/portal/procedures/")
				|| driver.findElement(By.id("form-errors")).isDisplayed());
		return this;
	}

	/** Accepts the browser's confirmation dialog (撤回). */
	public PortalBrowser confirm() {
		until(ExpectedConditions.alertIsPresent()).accept();
		return this;
	}

	public PortalBrowser waitForText(String text) {
		until(driver -> text().contains(text));
		return this;
	}

	/** Waits until the procedure's state (办理中, 通过, 已撤回…) reads so. */
	public PortalBrowser waitForState(String state) {
		until(driver -> driver.findElements(By.cssSelector(".facts .state"))
			.stream()
			.anyMatch(element -> element.getText().equals(state)));
		return this;
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String url() {
		return driver.getCurrentUrl();
	}

	/** The messages shown next to the fields, by the field's label. */
	public List<String> fieldErrors() {
		return driver.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText).toList();
	}

	/** Whether the page is wider than the window (a phone would scroll sideways). */
	public boolean horizontalOverflow() {
		return (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
	}

	public int actions() {
		return actions;
	}

	/** Runs axe-core (WebJar) on the page; answers the violations of impact serious or critical, described. */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityProblems() {
		try (InputStream axe = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			((JavascriptExecutor) driver).executeScript(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
				  .filter((v) => v.impact === 'serious' || v.impact === 'critical')
				  .map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).join(', '))));""");
		return (List<String>) result;
	}

	/** Moves through the page with the Tab key; answers the labels of the controls that took the focus. */
	public List<String> tabThrough(int presses) {
		var body = driver.findElement(By.tagName("body"));
		body.click();
		java.util.List<String> reached = new java.util.ArrayList<>();
		for (int i = 0; i < presses; i++) {
			driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
			reached.add(String.valueOf(((JavascriptExecutor) driver).executeScript("""
					const e = document.activeElement;
					const label = e.labels && e.labels[0] ? e.labels[0].innerText : '';
					return (label || e.innerText || e.getAttribute('aria-label') || e.tagName).trim().split('\\n')[0];""")));
		}
		return reached;
	}

	/** The items of the summary at the top of a form (what to correct), as the clerk reads them. */
	public List<String> summary() {
		return driver.findElements(By.cssSelector("#form-errors li")).stream().map(WebElement::getText).toList();
	}

	/** The process diagram once bpmn-js has drawn it: its size, the page's width, and whether the bpmn.io logo shows. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> diagram() {
		until(driver -> !driver.findElements(By.cssSelector("#diagram svg")).isEmpty());
		return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
				const box = document.getElementById('diagram').getBoundingClientRect();
				const logo = document.querySelector('#diagram .bjs-powered-by');
				const mark = logo && logo.getBoundingClientRect();
				return { width: box.width, height: box.height, window: window.innerWidth,
				  logo: !!logo && getComputedStyle(logo).display !== 'none' && getComputedStyle(logo).visibility !== 'hidden'
				    && mark.width > 0 && mark.left >= box.left && mark.right <= box.right && mark.top >= box.top
				    && mark.bottom <= box.bottom };""");
	}

	/**
	 * The control that has the focus: its accessible name (as assistive technology computes it), and whether its focus
	 * shows: an outline of at least 2 px whose colour has a contrast of at least 3:1 (WCAG 1.4.11) against what
	 * surrounds the control.
	 */
	public record Focus(String name, boolean visible, String element, double contrast) {
	}

	public Focus focus() {
		WebElement active = driver.switchTo().activeElement();
		// a visually hidden file input shows its focus on its button, the next element
		@SuppressWarnings("unchecked")
		Map<String, Object> ring = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
				const e = arguments[0];
				const shown = e.type === 'file' && e.nextElementSibling ? e.nextElementSibling : e;
				const s = getComputedStyle(shown);
				const rgba = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
				const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
				  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
				let around = [255, 255, 255];
				for (let n = shown.parentElement; n; n = n.parentElement) {
				  const c = rgba(getComputedStyle(n).backgroundColor);
				  if (c.length === 3 || c[3] > 0) { around = c; break; }
				}
				const [hi, lo] = [lum(rgba(s.outlineColor)), lum(around)].sort((a, b) => b - a);
				return { width: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth), contrast: (hi + 0.05) / (lo + 0.05) };""",
				active);
		double width = ((Number) ring.get("width")).doubleValue();
		double contrast = Math.round(((Number) ring.get("contrast")).doubleValue() * 100) / 100.0;
		return new Focus(active.getAccessibleName().strip(), width >= 2 && contrast >= 3, active.getTagName() + "#"
				+ active.getAttribute("id"), contrast);
	}

	/** Presses keys in the control that has the focus (typing, Space, Enter, arrows); each press counts as an action. */
	public PortalBrowser keys(CharSequence... keys) {
		driver.switchTo().activeElement().sendKeys(keys);
		actions++;
		return this;
	}

	/**
	 * Presses Tab (or Shift+Tab when backwards) until the control with this accessible name has the focus; answers
	 * every control that took the focus on the way, the last one included.
	 */
	public List<Focus> tabTo(String name, boolean backwards) {
		List<Focus> passed = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Focus now = focus();
			if (i > 0 || now.name().equals(name)) {
				passed.add(now);
			}
			if (now.name().equals(name)) {
				return passed;
			}
			keys(backwards ? org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.TAB)
					: org.openqa.selenium.Keys.TAB);
		}
		throw new IllegalStateException("the focus never reached “" + name + "”; it passed " + passed);
	}

	public List<Focus> tabTo(String name) {
		return tabTo(name, false);
	}

	/** Waits until the page's heading reads so (after a key press that follows a link or submits). */
	public PortalBrowser waitForHeading(String heading) {
		until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[contains(normalize-space(), '" + heading + "')]")));
		return this;
	}

	public PortalBrowser screenshot(String name) {
		try {
			Files.createDirectories(screenshots);
			Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** A screenshot of the whole page, however long (for the README). */
	public PortalBrowser fullScreenshot(String name) {
		long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
		var size = driver.manage().window().getSize();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 120, 8000)));
		screenshot(name);
		driver.manage().window().setSize(size);
		return this;
	}

	private PortalBrowser fillIn(SearchContext scope, String label, String value) {
		WebElement input = field(scope, label);
		input.clear();
		type(input, value);
		return this;
	}

	private void type(WebElement input, String value) {
		scrollTo(input).sendKeys(value);
		actions++;
	}

	private void click(WebElement element) {
		scrollTo(element).click();
		actions++;
	}

	private WebElement row(String title) {
		return driver.findElement(By.xpath("//*[@data-row][.//*[@data-row-title][normalize-space()='" + title + "']]"));
	}

	/** The control a label names; "*" of a required field is not part of the name. */
	private static WebElement field(SearchContext scope, String label) {
		WebElement element = scope.findElement(By.xpath(".//label[normalize-space(translate(., '*', ''))='" + label + "']"));
		return scope.findElement(By.xpath(".//*[@id='" + element.getAttribute("for") + "']"));
	}

	private WebElement scrollTo(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		return element;
	}

	private <T> T until(ExpectedCondition<T> condition) {
		try {
			// a page that navigates while the condition looks at it leaves stale elements: look again
			return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(condition);
		}
		catch (org.openqa.selenium.TimeoutException e) {
			String name = "portal-failure-" + System.currentTimeMillis();
			screenshot(name);
			throw new IllegalStateException("waited in vain for " + condition + " at " + driver.getCurrentUrl()
					+ "; the page shows: " + text().replaceAll("\\s+", " ") + "; saved as " + name + ".png", e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
