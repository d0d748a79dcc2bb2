package cn.gov.cjqx.approval.bench;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.system.ApiException;

/**
 * Benchmark support, profile "bench" only: deploys the trivial process (start → one user task) and seeds units without
 * an account, each with its own applicant (password "bench") and the six materials an opening needs, and opens group
 * tasks of bureau-office for the task-list measurement.
 */
@Profile("bench")
@RestController
class BenchSupport {

	static final String[] MATERIAL_FIELDS = { "materialRegistrationForm", "materialStaffAndEquipment",
			"materialReviewMechanism", "materialSecurityOperations", "materialMapUsage", "materialNameAndLayout" };

	static final String TRIVIAL = "bench-trivial";

	private final ProcessEngine engine;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	BenchSupport(ProcessEngine engine, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.engine = engine;
		this.identity = engine.getIdentityService();
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Deploys the trivial process with the engine. */
	@Component
	@Profile("bench")
	static class TrivialProcess extends AbstractProcessEnginePlugin {

		@Override
		public void postProcessEngineBuild(ProcessEngine engine) {
			engine.getRepositoryService()
				.createDeployment()
				.name("bench")
				.addClasspathResource("bench/bench-trivial.bpmn")
				.enableDuplicateFiltering(false)
				.deploy();
		}

	}

	/**
	 * Seeds units b<prefix>00001… that hold no account, so that each opening of the load is a unit's first (Art. 13);
	 * answers one line per unit: applicant, unit code and the six material ids. One transaction per 500 units.
	 */
	@PostMapping(path = "/api/bench/seed", produces = "text/plain")
	String seed(@RequestParam int units, @RequestParam String prefix) throws Exception {
		requireAdmin();
		StringBuilder out = new StringBuilder();
		for (int from = 1; from <= units; from += 500) {
			int first = from;
			transactions.executeWithoutResult(status -> seed(first, Math.min(units, first + 499), prefix, out));
		}
		return out.toString();
	}

	private void seed(int first, int last, String prefix, StringBuilder out) {
		byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes();
		String sha = sha256(pdf);
		List<Object[]> materials = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			String code = "b" + prefix + String.format("%05d", i);
			jdbc.update("insert into unit (code, full_name, short_name, kind, classified, public_functions, vertically_managed)"
					+ " values (?, ?, ?, 'PUBLIC_INSTITUTION', false, true, false)", code, "澄江市基准" + code + "中心",
					"基准" + code);
			Long unitId = jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
			String group = Groups.ofUnit(Groups.APPLICANTS, code);
			Group g = identity.newGroup(group);
			g.setName(group);
			g.setType("unit-role");
			identity.saveGroup(g);
			String userId = code + "-a";
			User user = identity.newUser(userId);
			user.setFirstName(userId);
			user.setLastName("bench");
			user.setPassword("bench");
			identity.saveUser(user);
			identity.createMembership(userId, Groups.APPLICANTS);
			identity.createMembership(userId, group);
			out.append(userId).append(' ').append(code);
			for (int m = 0; m < MATERIAL_FIELDS.length; m++) {
				UUID id = UUID.randomUUID();
				materials.add(new Object[] { id, "材料.pdf", "application/pdf", (long) pdf.length, sha, pdf, unitId, userId,
						java.sql.Timestamp.from(Instant.now()) });
				out.append(' ').append(id);
			}
			out.append('\n');
		}
		jdbc.batchUpdate("insert into material (id, file_name, media_type, size_bytes, sha256, content, unit_id, uploaded_by,"
				+ " uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", materials);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Starts the trivial process until exactly {@code total} of its tasks are open (each a group task of bureau-office,
	 * as Tasklist's 本组待办 lists them), on two threads; answers the number of open tasks of the trivial process.
	 */
	@PostMapping(path = "/api/bench/open-tasks", produces = "text/plain")
	String openTasks(@RequestParam int total) throws Exception {
		requireAdmin();
		TaskService tasks = engine.getTaskService();
		long missing = total - tasks.createTaskQuery().processDefinitionKey(TRIVIAL).count();
		if (missing < 0) {
			throw ApiException.badRequest("BENCH_TOO_MANY_TASKS", "total", "已有 " + (total - missing) + " 个待办，多于 " + total);
		}
		ExecutorService starters = Executors.newFixedThreadPool(2);
		AtomicLong left = new AtomicLong(missing);
		List<Future<?>> running = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			running.add(starters.submit(() -> {
				while (left.getAndDecrement() > 0) {
					engine.getRuntimeService().startProcessInstanceByKey(TRIVIAL);
				}
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		starters.shutdown();
		return tasks.createTaskQuery().processDefinitionKey(TRIVIAL).count() + "\n";
	}

	private static void requireAdmin() {
		if (!CurrentUser.get().isAdmin()) {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有管理员（camunda-admin）可以生成基准测试数据");
		}
	}

}
