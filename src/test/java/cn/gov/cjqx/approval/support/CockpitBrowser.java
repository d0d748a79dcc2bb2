package cn.gov.cjqx.approval.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Camunda Cockpit in Debian's headless Chromium (as {@link TasklistBrowser}), in Chinese, as one demo user: a
 * process instance's variables as an operator sees them.
 */
public final class CockpitBrowser implements AutoCloseable {

	private static final By USERNAME = By.cssSelector("input[ng-model=username]");

	/** The user's menu in the header, shown once signed in. */
	private static final By SIGNED_IN = By.cssSelector("li.account");

	private static final String TABLE = "[cam-widget-variables-table]";

	private final WebDriver driver;

	private final String base;

	private final Path screenshots;

	public CockpitBrowser(int port, Path screenshots) {
		this.driver = TasklistBrowser.chromium(1600, 1500, Map.of());
		this.base = "http://localhost:" + port;
		this.screenshots = screenshots;
	}

	/**
	 * Signs in on Cockpit's login page and waits for the signed-in header (the user's menu), typing again if Cockpit
	 * drew its login form anew, empty, while it started (as Tasklist does, see TasklistBrowser.logIn).
	 */
	public CockpitBrowser logIn(String user) {
		driver.get(base + "/camunda/app/cockpit/default/");
		for (int attempt = 1;; attempt++) {
			until(ExpectedConditions.visibilityOfElementLocated(USERNAME), Duration.ofSeconds(60)).sendKeys(user);
			driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(TestHttp.passwordOf(user));
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(SIGNED_IN),
					driver -> loginFormWiped()), Duration.ofSeconds(60));
			if (attempt == 3 || !loginFormWiped() || !pause() || !loginFormWiped()) {
				break;
			}
			System.err.println("CockpitBrowser: the login form of " + user + " was drawn again; typing again (attempt "
					+ (attempt + 1) + ")");
		}
		until(ExpectedConditions.visibilityOfElementLocated(SIGNED_IN), Duration.ofSeconds(60));
		return this;
	}

	/** Whether the login form shows again, empty, after the person signed in. */
	private boolean loginFormWiped() {
		return driver.findElements(USERNAME)
			.stream()
			.anyMatch(field -> field.isDisplayed() && field.getDomProperty("value").isEmpty())
				&& driver.findElements(SIGNED_IN).stream().noneMatch(WebElement::isDisplayed);
	}

	private static boolean pause() {
		try {
			Thread.sleep(2000);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Opens the process instance's 变量 tab and waits until the diagram and the variables are shown and labelled
	 * (scripts/variable-labels.js marks each text it labelled with the engine's value).
	 */
	public CockpitBrowser openVariables(String processInstanceId) {
		driver.get(base + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId
				+ "/runtime?detailsTab=variables-tab");
		until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(TABLE + " tbody td.col-name")),
				Duration.ofSeconds(30));
		until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-element[data-element-id]")),
				Duration.ofSeconds(30));
		until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(TABLE + " tbody td.col-value [data-cjqx-raw]")),
				Duration.ofSeconds(20));
		return this;
	}

	/** A row of the variables table: each cell's text as shown, and the title that holds what the engine holds. */
	public record Variable(String name, String nameTitle, String type, String value, String valueTitle) {
	}

	/** The rows of the variables table by variable name (the engine's, from the title, else the text shown). */
	public Map<String, Variable> variables() {
		@SuppressWarnings("unchecked")
		List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) driver).executeScript("""
				const titled = (cell) => { const e = cell && cell.querySelector('[data-cjqx-raw]'); return e ? e.title : ''; };
				const text = (cell) => cell ? cell.innerText.trim() : '';
				return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr')).map((row) => {
				  const cell = (column) => row.querySelector('td.col-' + column);
				  return [text(cell('name')), titled(cell('name')), text(cell('type')), text(cell('value')), titled(cell('value'))];
				});""", TABLE);
		Map<String, Variable> variables = new LinkedHashMap<>();
		for (List<String> row : rows) {
			Variable variable = new Variable(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4));
			variables.put(variable.nameTitle().isEmpty() ? variable.name() : variable.nameTitle(), variable);
		}
		return variables;
	}

	/**
	 * Waits until the row of the variable (the engine's name) shows this value: a step's name comes from the diagram,
	 * which may be drawn after the table.
	 */
	public CockpitBrowser waitForValue(String variable, String shown) {
		until(driver -> shown.equals(variables().getOrDefault(variable, new Variable("", "", "", "", "")).value()),
				Duration.ofSeconds(10));
		return this;
	}

	/** Folds the diagram away (the ⌃ under it), as an operator does to read the whole variables table. */
	public CockpitBrowser hideDiagram() {
		until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ctn-collapsable=top] > .hide-collapsable")),
				Duration.ofSeconds(10)).click();
		// the class "collapsed" comes at once, the height goes by an animation
		until(driver -> driver.findElement(By.cssSelector("[ctn-collapsable=top]")).getSize().getHeight() == 0,
				Duration.ofSeconds(10));
		return this;
	}

	/** What the variables table shows a person, header and rows. */
	public String variablesTableText() {
		return driver.findElement(By.cssSelector(TABLE + " table")).getText();
	}

	/** What the sidebar shows for the instance's parent (父流程实例), which this instance does not have. */
	public String parentInstance() {
		return driver.findElement(By.cssSelector("dd.super-process-instance-id")).getText().trim();
	}

	public CockpitBrowser screenshot(String name) {
		try {
			Files.createDirectories(screenshots);
			Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** Waits for the condition; when it does not come, fails with a screenshot, the page's text and the console. */
	private <T> T until(ExpectedCondition<T> condition, Duration timeout) {
		try {
			return new WebDriverWait(driver, timeout).until(condition);
		}
		catch (org.openqa.selenium.TimeoutException e) {
			String name = "failure-cockpit-" + System.currentTimeMillis();
			String page;
			String console;
			try {
				screenshot(name);
				page = driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
				console = driver.manage()
					.logs()
					.get(LogType.BROWSER)
					.getAll()
					.stream()
					.map(entry -> entry.getLevel() + " " + entry.getMessage())
					.toList()
					.toString();
			}
			catch (RuntimeException diagnostics) {
				page = console = "(not readable: " + diagnostics + ")";
			}
			throw new IllegalStateException("waited " + timeout.toSeconds() + " s in vain for " + condition + " at "
					+ driver.getCurrentUrl() + "; the page shows: " + page.substring(0, Math.min(page.length(), 1500))
					+ "; the console: " + console + "; saved as " + screenshots.resolve(name) + ".png", e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
