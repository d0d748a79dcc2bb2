package cn.gov.cjqx.approval.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Camunda Tasklist in Debian's headless Chromium (no browser download), in Chinese, as one demo user. Finds
 * Camunda Forms fields by their Chinese labels, the way a person does.
 */
public final class TasklistBrowser implements AutoCloseable {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** The shared task list of the user's groups, in the filter panel. */
	private static final By GROUP_TASKS = By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(),'本组待办')]");

	private static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final String base;

	private final Path screenshots;

	public TasklistBrowser(int port, Path screenshots) {
		this.driver = chromium(1400, 1500, java.util.Map.of());
		this.wait = new WebDriverWait(driver, DEFAULT_WAIT);
		this.base = "http://localhost:" + port;
		this.screenshots = screenshots;
	}

	/**
	 * Debian's headless Chromium asking for Chinese pages, with its console kept for the failure reports; {@code env}
	 * for chromedriver and the browser (LANGUAGE sets the language of the browser's own controls on Linux).
	 */
	static WebDriver chromium(int width, int height, java.util.Map<String, String> env) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=zh-CN", "--window-size=" + width + "," + height);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
		options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File(CHROMEDRIVER))
			.withEnvironment(env)
			.build();
		return new ChromeDriver(service, options);
	}

	public static boolean available() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	/** Signs in on Tasklist's login page, as a person would, typing again if Tasklist wiped the form. */
	public TasklistBrowser logIn(String user) {
		driver.get(base + "/camunda/app/tasklist/default/");
		// on a busy machine Tasklist may draw its login form again while it starts (after its first call, answered 401,
		// once the customScripts have loaded), wiping what was typed: then type again
		for (int attempt = 1;; attempt++) {
			until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys(user);
			driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(TestHttp.passwordOf(user));
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			// the first sign-in of a run loads Tasklist's scripts and counts every filter: give it longer on a busy machine
			until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(GROUP_TASKS),
					driver -> loginFormWiped()), Duration.ofSeconds(60));
			if (attempt == 3 || !loginFormWiped() || !waitFor(Duration.ofSeconds(2)) || !loginFormWiped()) {
				break;
			}
			System.err.println("TasklistBrowser: the login form of " + user + " was drawn again; typing again (attempt "
					+ (attempt + 1) + ")");
		}
		until(ExpectedConditions.visibilityOfElementLocated(GROUP_TASKS), Duration.ofSeconds(60));
		return this;
	}

	private static final By USERNAME = By.cssSelector("input[ng-model=username]");

	/** Whether the login form shows again, empty, after the person signed in. */
	private boolean loginFormWiped() {
		return driver.findElements(USERNAME)
			.stream()
			.anyMatch(field -> field.isDisplayed() && field.getDomProperty("value").isEmpty())
				&& driver.findElements(GROUP_TASKS).isEmpty();
	}

	private static boolean waitFor(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The 消息 link in the header (scripts/messages-link.js), once its unread count has arrived: its text and address. */
	public String messagesLink() {
		WebElement link = until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cjqx-messages-link a")));
		until(driver -> !link.findElement(By.cssSelector(".badge")).getText().isEmpty());
		return link.getText().replaceAll("\\s+", "") + " " + link.getAttribute("href");
	}

	/** Opens the task of this name in 本组待办 and claims it. */
	public TasklistBrowser openGroupTask(String taskName) {
		until(ExpectedConditions.elementToBeClickable(GROUP_TASKS)).click();
		WebElement task = until(ExpectedConditions
			.elementToBeClickable(By.xpath("//li[contains(@class,'task')]//*[normalize-space()='" + taskName + "']")));
		task.click();
		until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
		List<WebElement> claim = driver.findElements(By.cssSelector("button.claim"));
		if (!claim.isEmpty()) {
			claim.get(0).click();
			until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
		}
		return this;
	}

	/** Opens the task of this id (Tasklist's address ?task=…) and claims it when nobody holds it. */
	public TasklistBrowser openTask(String taskId) {
		driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
		until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] li.assignee")));
		List<WebElement> claim = driver.findElements(By.cssSelector("[cam-tasklist-task-meta] button.claim"));
		if (!claim.isEmpty()) {
			claim.get(0).click();
			until(ExpectedConditions.visibilityOfElementLocated(ASSIGNEE));
		}
		return this;
	}

	/**
	 * Opens the 管理组 dialog from the groups in the task's header, returns its rows once the group names are written
	 * beside the ids (scripts/group-names.js), and closes it.
	 */
	public List<String> taskGroups() {
		until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-tasklist-task-meta] .groups a"))).click();
		until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .cjqx-group-name")));
		List<String> rows = driver.findElements(By.cssSelector(".modal .form-group.values .value"))
			.stream()
			.map(row -> row.getText().replaceAll("\\s+", ""))
			.toList();
		screenshot("62-office-task-groups");
		driver.findElement(By.cssSelector(".modal-footer button[ng-click='$dismiss()']")).click();
		until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
		return rows;
	}

	/** The 办理人 field in the task's header, once someone holds the task. */
	private static final By ASSIGNEE = By.cssSelector("[cam-tasklist-task-meta] [cam-widget-inline-field][value='assignee.id']");

	/** The colleague picker under the 办理人 field while it is edited (scripts/colleague-picker.js). */
	private static final By COLLEAGUE_PICKER = By.cssSelector("select.cjqx-colleague-picker");

	/** Starts editing the 办理人 (转办) as a person does and returns the names the colleague picker offers. */
	public List<String> editAssignee() {
		until(ExpectedConditions.elementToBeClickable(ASSIGNEE)).findElement(By.cssSelector(".view-value")).click();
		WebElement picker = until(ExpectedConditions.visibilityOfElementLocated(COLLEAGUE_PICKER));
		return new org.openqa.selenium.support.ui.Select(picker).getOptions()
			.stream()
			.filter(option -> !option.getDomAttribute("value").isEmpty())
			.map(WebElement::getText)
			.toList();
	}

	/** The login id the 办理人 field holds while it is edited. */
	public String assigneeInput() {
		return driver.findElement(By.cssSelector("[cam-tasklist-task-meta] [value='assignee.id'] input[ng-model='formData.editValue']"))
			.getDomProperty("value");
	}

	/** Picks the colleague of this name in the picker of the edited 办理人. */
	public TasklistBrowser pickColleague(String name) {
		new org.openqa.selenium.support.ui.Select(driver.findElement(COLLEAGUE_PICKER)).selectByVisibleText(name);
		return this;
	}

	/**
	 * Confirms the edited 办理人 (✓) and waits until the field is no longer edited (the picker reloads the task after a
	 * handover) and shows a holder again.
	 */
	public TasklistBrowser confirmAssignee() {
		driver.findElement(By.xpath("//span[contains(@class,'cam-widget-inline-field') and contains(@class,'btn-group')]"
				+ "//button[.//span[contains(@class,'glyphicon-ok')]]")).click();
		until(ExpectedConditions.invisibilityOfElementLocated(COLLEAGUE_PICKER));
		until(ExpectedConditions.visibilityOfElementLocated(ASSIGNEE));
		return this;
	}

	/** The line under the task's header for its holder: 交给同事：[选择同事] [转办] [委派] (scripts/colleague-picker.js). */
	private static final By HANDOVER_LINE = By.cssSelector(".cjqx-handover");

	/** The colleagues the holder's 交给同事 line offers, by name. */
	public List<String> handOverLine() {
		WebElement line = until(ExpectedConditions.visibilityOfElementLocated(HANDOVER_LINE));
		return new org.openqa.selenium.support.ui.Select(line.findElement(By.tagName("select"))).getOptions()
			.stream()
			.filter(option -> !option.getDomAttribute("value").isEmpty())
			.map(WebElement::getText)
			.toList();
	}

	/** What the line under the header says to the colleague a step was delegated to. */
	public String handOverNote() {
		return until(ExpectedConditions.visibilityOfElementLocated(HANDOVER_LINE)).getText();
	}

	/**
	 * Picks a colleague by name on the 交给同事 line, presses 转办 or 委派 and waits until the page has loaded again
	 * with the new holder in the header.
	 */
	public TasklistBrowser handOverTo(String name, String action) {
		WebElement line = until(ExpectedConditions.visibilityOfElementLocated(HANDOVER_LINE));
		new org.openqa.selenium.support.ui.Select(line.findElement(By.tagName("select"))).selectByVisibleText(name);
		line.findElement(By.xpath(".//button[normalize-space()='" + action + "']")).click();
		until(ExpectedConditions.stalenessOf(line));
		until(ExpectedConditions.visibilityOfElementLocated(ASSIGNEE));
		return this;
	}

	/** Opens 发起流程 and the start form of the process of this name, as a clerk does. */
	public TasklistBrowser openStartForm(String processName) {
		until(ExpectedConditions.elementToBeClickable(By.xpath("//*[self::a or self::button][normalize-space()='发起流程']")))
			.click();
		until(ExpectedConditions.elementToBeClickable(
				By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']")))
			.click();
		until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
		return this;
	}

	/** Starts the process with the start form as filled in, and waits until Tasklist has closed the dialog. */
	public void start() {
		WebElement start = driver
			.findElement(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='发起']"));
		if (!start.isEnabled()) {
			throw new IllegalStateException("发起 is disabled; fields with errors: " + invalidFields());
		}
		scrollTo(start).click();
		try {
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new IllegalStateException("the process was not started; Tasklist says: " + driver
				.findElements(By.cssSelector(".notifications, .alert"))
				.stream()
				.map(WebElement::getText)
				.toList() + "; invalid fields: " + invalidFields(), e);
		}
	}

	/**
	 * The words in Latin letters that the page shows a person (the visible text, titles and placeholders), except
	 * the allowed ones (product names, business keys, file names) and web addresses: what an approver should not have to
	 * read.
	 */
	public java.util.Set<String> foreignWords(java.util.regex.Pattern allowed) {
		Object shown = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"const texts = [document.body.innerText];"
						+ "document.querySelectorAll('[placeholder],[title]').forEach(e => { if (e.offsetParent !== null) {"
						+ " texts.push(e.getAttribute('placeholder') || ''); texts.push(e.getAttribute('title') || ''); } });"
						+ "return texts.join('\\n');");
		java.util.Set<String> words = new java.util.TreeSet<>();
		// an address the filing gives (访问链接) is data, not words
		String text = String.valueOf(shown).replaceAll("https?://[^\\s）)]+", " ");
		// Latin-1 letters (ä¼˜) are UTF-8 read with the wrong charset
		java.util.regex.Matcher word = java.util.regex.Pattern.compile("[A-Za-z\u00C0-\u00FF][A-Za-z0-9_.@\u00C0-\u00FF-]*")
			.matcher(text);
		while (word.find()) {
			if (!allowed.matcher(word.group()).matches()) {
				words.add(word.group());
			}
		}
		return words;
	}

	/**
	 * The count beside each filter's name, as a person reads it: Tasklist's own for the selected filter,
	 * scripts/filter-counts.js's for the others. Waits until every filter shows one.
	 */
	public java.util.Map<String, String> filterCounts() {
		return until(driver -> {
			java.util.Map<String, String> counts = new java.util.LinkedHashMap<>();
			for (WebElement link : driver.findElements(By.cssSelector(".item.task-filter h4.name a"))) {
				String text = link.getText().replaceAll("\\s+", "");
				java.util.regex.Matcher count = java.util.regex.Pattern.compile("^(.*?)\\(?(\\d+)\\)?$").matcher(text);
				if (!count.matches()) {
					return null;
				}
				counts.put(count.group(1), count.group(2));
			}
			return counts.isEmpty() ? null : counts;
		});
	}

	/** What the first task card in the list writes after its due date (styles/user-styles.css), or "none". */
	public String dueDateMark() {
		WebElement due = until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list .task .due-date")));
		return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return getComputedStyle(arguments[0], '::after').content;", due));
	}

	/** What the first task card in the list writes before its priority number (generated by styles/user-styles.css). */
	public String priorityLabel() {
		WebElement priority = until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list .task .priority")));
		return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return getComputedStyle(arguments[0], '::before').content;", priority));
	}

	public String formText() {
		return driver.findElement(By.cssSelector(".fjs-container")).getText();
	}

	/** A link of the open form: its text, address and where it opens. */
	public record FormLink(String text, String href, String target, String rel) {
	}

	public List<FormLink> formLinks() {
		return driver.findElements(By.cssSelector(".fjs-container a[href]"))
			.stream()
			.map(a -> new FormLink(a.getText(), a.getDomAttribute("href"), a.getDomAttribute("target"),
					a.getDomAttribute("rel")))
			.toList();
	}

	/** Scrolls the form until the first element showing {@code text} is at the top. */
	public TasklistBrowser scrollTo(String text) {
		WebElement element = driver.findElement(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(text(),'"
				+ text + "')]"));
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", element);
		return this;
	}

	/** Ticks a radio button or a checkbox by its label. */
	public TasklistBrowser choose(String label) {
		WebElement option = driver.findElement(
				By.xpath(labelXpath(label)));
		scrollTo(option).click();
		return this;
	}

	/** Types into the text field or text area whose label is this. */
	public TasklistBrowser fill(String label, String value) {
		WebElement labelElement = driver
			.findElement(By.xpath(labelXpath(label)));
		WebElement field = driver.findElement(By.id(labelElement.getAttribute("for")));
		scrollTo(field).clear();
		field.sendKeys(value);
		return this;
	}

	/**
	 * Types into the field of this label in one row (0 for the first) of a dynamic list (栏目设置, 管理员), where each row
	 * repeats the same labels.
	 */
	public TasklistBrowser fillRow(String label, int row, String value) {
		List<WebElement> labels = driver.findElements(By.xpath(labelXpath(label)));
		if (labels.size() <= row) {
			throw new IllegalStateException("no row " + row + " with the field " + label + " (" + labels.size() + " rows)");
		}
		WebElement field = driver.findElement(By.id(labels.get(row).getAttribute("for")));
		scrollTo(field).click();
		field.sendKeys(value);
		return this;
	}

	/** Picks the option shown as this text in the drop-down (select) field of this label. */
	public TasklistBrowser select(String label, String option) {
		WebElement labelElement = driver.findElement(By.xpath(labelXpath(label)));
		WebElement group = driver.findElement(By.id(labelElement.getAttribute("for")))
			.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')][1]"));
		By item = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']");
		scrollTo(group).click();
		try {
			new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.elementToBeClickable(item));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			// seen once in a few runs: the hidden input focused but the list shut; start again from no focus
			((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
			group.click();
		}
		wait.until(ExpectedConditions.elementToBeClickable(item)).click();
		return this;
	}

	/** Types into a text field and takes it out again, as a person who changes their mind, then goes
	 * back to the field before (Shift+Tab; a Tab could land in a drop-down and open it). */
	public TasklistBrowser typeAndErase(String label) {
		return typeAndErase(label, 0);
	}

	/** {@link #typeAndErase(String)} in one row (0 for the first) of a dynamic list. */
	public TasklistBrowser typeAndErase(String label, int row) {
		WebElement field = driver.findElement(By.id(driver.findElements(By.xpath(labelXpath(label))).get(row).getAttribute("for")));
		scrollTo(field).click();
		field.sendKeys("x");
		field.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
		field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.TAB));
		return this;
	}

	/** Presses the add button under the dynamic list whose label starts with this text. */
	public TasklistBrowser addRow(String listLabel) {
		scrollTo(driver.findElement(By.xpath(listXpath(listLabel) + "//button[contains(@class,'fjs-repeat-render-add')]"))).click();
		return this;
	}

	/** Presses the × of a row (0 for the first) of the dynamic list, found by its Chinese name 删除第 n 项. */
	public TasklistBrowser removeRow(String listLabel, int row) {
		scrollTo(driver.findElement(By.xpath(listXpath(listLabel) + "//button[@aria-label='删除第 " + (row + 1) + " 项']")))
			.click();
		return this;
	}

	/** The nearest element around the dynamic list's label that holds its add button. */
	private static String listXpath(String listLabel) {
		return "(//*[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(),'" + listLabel
				+ "')])[1]/ancestor::*[.//button[contains(@class,'fjs-repeat-render-add')]][1]";
	}

	/** The messages form-js shows under fields that do not validate. */
	public List<String> errorMessages() {
		return driver.findElements(By.cssSelector(".fjs-form-field-error"))
			.stream()
			.map(WebElement::getText)
			.filter(text -> !text.isBlank())
			.toList();
	}

	/** Whether 发起 of the start form's dialog can be pressed. */
	public boolean startEnabled() {
		return driver.findElement(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='发起']"))
			.isEnabled();
	}

	/** Opens the date picker of this date field, as a person does, and returns what it shows (month, weekdays). */
	public String openDatePicker(String label) {
		WebElement labelElement = driver.findElement(By.xpath(labelXpath(label)));
		WebElement field = driver.findElement(By.id(labelElement.getAttribute("for")));
		scrollTo(field).click();
		return String.valueOf(((JavascriptExecutor) driver).executeScript("""
				const calendar = arguments[0]._flatpickr.calendarContainer;
				const month = calendar.querySelector('.flatpickr-monthDropdown-months');
				return (month ? month.options[month.selectedIndex].text + ' ' : '') + calendar.innerText;""", field));
	}

	/** The placeholder of the input of this label (e.g. a date field's). */
	public String placeholder(String label) {
		WebElement labelElement = driver.findElement(By.xpath(labelXpath(label)));
		return driver.findElement(By.id(labelElement.getAttribute("for"))).getAttribute("placeholder");
	}

	/** Sets a date field through its date picker (typing into the picker depends on the browser's locale). */
	public TasklistBrowser pickDate(String label, java.time.LocalDate date) {
		WebElement labelElement = driver
			.findElement(By.xpath(labelXpath(label)));
		WebElement field = driver.findElement(By.id(labelElement.getAttribute("for")));
		((JavascriptExecutor) driver).executeScript("arguments[0]._flatpickr.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]), true);",
				scrollTo(field), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
		driver.findElement(By.tagName("body")).click();
		return this;
	}

	public TasklistBrowser screenshot(String name) {
		try {
			Files.createDirectories(screenshots);
			Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** Completes the open task and waits until Tasklist has taken it away. */
	public void complete() {
		WebElement complete = driver.findElement(By.cssSelector("button[ng-click='complete()']"));
		if (!complete.isEnabled()) {
			throw new IllegalStateException("完成 is disabled; fields with errors: " + invalidFields());
		}
		scrollTo(complete).click();
		try {
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new IllegalStateException("the task was not completed; Tasklist says: " + driver
				.findElements(By.cssSelector(".notifications, .alert"))
				.stream()
				.map(WebElement::getText)
				.toList() + "; invalid fields: " + invalidFields(), e);
		}
	}

	/** What the notice after 完成 says (scripts/next-step.js): the next step and who holds it, or the outcome. */
	public String nextStep() {
		return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cjqx-next-step .cjqx-next-step-text")))
			.getText();
	}

	/** A form field's label; required fields carry a "*" after the text. */
	private static String labelXpath(String label) {
		return "//label[contains(@class,'fjs-form-field-label')][normalize-space()='" + label + "' or normalize-space()='"
				+ label + "*']";
	}

	/** The labels and messages of the form's fields that do not validate. */
	public String invalidFields() {
		return String.valueOf(((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll('.fjs-has-errors, [aria-invalid=true]'))
				  .map(e => (e.closest('.fjs-form-field') || e).innerText.replace(/\\s+/g, ' ').slice(0, 120)).join(' | ');"""));
	}

	/**
	 * Waits for the condition; when it does not come, saves a screenshot and the page (target/screenshots/failure-*)
	 * and fails with what the page shows and what the browser's console said, so a failure in CI can be read from
	 * its log.
	 */
	private <T> T until(ExpectedCondition<T> condition) {
		return until(condition, DEFAULT_WAIT);
	}

	private <T> T until(ExpectedCondition<T> condition, Duration timeout) {
		try {
			return new WebDriverWait(driver, timeout).until(condition);
		}
		catch (org.openqa.selenium.TimeoutException e) {
			String name = "failure-" + System.currentTimeMillis();
			String page;
			String console;
			try {
				screenshot(name);
				Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
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
			catch (RuntimeException | IOException diagnostics) {
				page = console = "(not readable: " + diagnostics + ")";
			}
			throw new IllegalStateException("waited " + timeout.toSeconds() + " s in vain for " + condition + " at " + driver.getCurrentUrl()
					+ "; the page shows: " + page.substring(0, Math.min(page.length(), 1500)) + "; the console: "
					+ console + "; saved as " + screenshots.resolve(name) + ".png/.html", e);
		}
	}

	private WebElement scrollTo(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		return element;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
