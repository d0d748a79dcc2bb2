import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's load: N concurrent clients for S seconds, each sending its next request as soon as the previous
 * one answered. Kinds: "openings" (POST /api/new-media/openings, each for the next seeded unit, which holds no account
 * yet, as that unit's applicant; a run that uses up the seeded units counts errors) and "trivial"
 * (POST /engine-rest/process-definition/key/bench-trivial/start as the demo applicant).
 * Prints one line: kind, requests, errors, starts per second, p50/p95/p99 latency in ms.
 *
 *   java bench/LoadClient.java <base-url> <openings|trivial> <clients> <seconds> [seed-file] [first-seed-line]
 *
 * Kind "tasklist" sends one request at a time instead: the first page (15, newest first) of bureau-office's group
 * tasks, 300 times to warm up and then {@code repetitions} times. Way "filter" asks as Tasklist does: the user's filter
 * 本组待办 (POST /engine-rest/filter/{id}/list, HAL, which adds the count and the embedded process definitions);
 * way "query" spells the query out (POST /engine-rest/task with candidateGroup bureau-office), so that an office user
 * and the admin (whom Camunda does not check) send the same query.
 *
 *   java bench/LoadClient.java <base-url> tasklist <user> <password> <repetitions> <filter|query>
 */
public class LoadClient {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String kind = args[1];
		if (kind.equals("tasklist")) {
			taskList(base, args[2], args[3], Integer.parseInt(args[4]), args[5]);
			return;
		}
		int clients = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		List<String> seeds = args.length > 4 ? Files.readAllLines(Path.of(args[4])) : List.of();
		AtomicInteger nextSeed = new AtomicInteger(args.length > 5 ? Integer.parseInt(args[5]) : 0);
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		ExecutorService workers = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			workers.submit(() -> {
				while (System.nanoTime() < end) {
					HttpRequest request;
					if (kind.equals("openings")) {
						int n = nextSeed.getAndIncrement();
						if (n >= seeds.size()) {
							errors.incrementAndGet();
							System.err.println("all " + seeds.size() + " seeded units have filed; seed more (UNITS)");
							return null;
						}
						request = opening(base, seeds.get(n).split(" "));
					}
					else {
						// no business key: the server makes those (README, Trust boundary), a caller's is refused
						request = post(base + "/engine-rest/process-definition/key/bench-trivial/start", "applicant", "demo",
								"{}");
					}
					long start = System.nanoTime();
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() / 100 != 2) {
							if (errors.incrementAndGet() <= 3) {
								System.err.println(response.statusCode() + " " + response.body());
							}
						}
					}
					catch (Exception e) {
						errors.incrementAndGet();
					}
					latencies.add(System.nanoTime() - start);
				}
				return null;
			});
		}
		workers.shutdown();
		workers.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("kind=%s requests=%d errors=%d rate=%.1f p50=%.1f p95=%.1f p99=%.1f next_seed=%d%n", kind,
				sorted.size(), errors.get(), sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95),
				ms(sorted, 0.99), nextSeed.get());
		System.exit(0);
	}

	/** The opening of a seeded unit (its first account), as the unit's applicant. */
	static HttpRequest opening(String base, String[] seed) {
		String user = seed[0];
		String code = seed[1];
		String json = """
				{"unitCode":"%s","accountName":"基准%s发布","platform":"WECHAT_SUBSCRIPTION","certified":true,
				 "certificationSubject":"澄江市基准%s中心","supervisingUnitName":"澄江市气象局办公室","newsServiceLicensed":false,
				 "hostLeader":"王强 副主任","hostContact":"0877-6911010","undertakingUnitName":"综合科","undertakingEntrusted":false,
				 "introduction":"发布天气预报。","accessUrl":"https://mp.weixin.qq.com/s/bench",
				 "columns":[{"level1":"信息发布","level2":"天气预报"},{"level1":"互动交流","level2":"留言咨询"}],
				 "administrators":[{"name":"李华","unitAndPost":"综合科 科员","mobile":"13800002222"}],
				 "eventOrSpecialProject":false,"providesNewsOrAudiovisual":false,"mapsUsed":false,
				 "materialRegistrationForm":"%s","materialStaffAndEquipment":"%s","materialReviewMechanism":"%s",
				 "materialSecurityOperations":"%s","materialMapUsage":"%s","materialNameAndLayout":"%s"}"""
			.formatted(code, code, code, seed[2], seed[3], seed[4], seed[5], seed[6], seed[7]);
		return post(base + "/api/new-media/openings", user, "bench", json);
	}

	/**
	 * Requests sent before the measured ones: one request after another, the JIT needs a few hundred before this path
	 * runs compiled (20 left the first measured ones 10–15 % slower).
	 */
	static final int WARM_UP_REQUESTS = 300;

	static void taskList(String base, String user, String password, int repetitions, String way) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String sorting = "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]";
		HttpRequest request;
		if (way.equals("query")) {
			request = post(base + "/engine-rest/task?firstResult=0&maxResults=15", user, password,
					"{\"candidateGroup\":\"bureau-office\"," + sorting + "}");
		}
		else {
			HttpResponse<String> filters = http.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/filter?name="
					+ java.net.URLEncoder.encode("本组待办", StandardCharsets.UTF_8)))
				.header("Authorization", basic(user, password))
				.build(), HttpResponse.BodyHandlers.ofString());
			String id = filters.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
			request = HttpRequest.newBuilder(post(base + "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15",
					user, password, "{" + sorting + "}"), (name, value) -> true)
				.header("Accept", "application/hal+json")
				.build();
		}
		List<Long> latencies = new ArrayList<>();
		long errors = 0;
		int rows = 0;
		for (int i = -WARM_UP_REQUESTS; i < repetitions; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				if (++errors <= 3) {
					System.err.println(response.statusCode() + " " + response.body());
				}
			}
			// the query answers the page's tasks; the HAL filter list also counts all visible tasks
			rows = way.equals("query") ? response.body().split("\"id\":").length - 1
					: Integer.parseInt(response.body().replaceAll("(?s).*\"count\":(\\d+).*", "$1"));
			if (i >= 0) {
				latencies.add(took);
			}
		}
		Collections.sort(latencies);
		System.out.printf("kind=tasklist user=%s way=%s requests=%d errors=%d %s=%d p50=%.1f p95=%.1f p99=%.1f%n", user,
				way, latencies.size(), errors, way.equals("query") ? "rows" : "count", rows, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static HttpRequest post(String url, String user, String password, String json) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", basic(user, password))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	static double ms(List<Long> sorted, double quantile) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * quantile)) / 1e6;
	}

}
