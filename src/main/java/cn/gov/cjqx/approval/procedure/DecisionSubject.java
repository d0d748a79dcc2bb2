package cn.gov.cjqx.approval.procedure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a unit's decision covers: the fields of a request whose change makes the decision void. When the decision is
 * taken, the procedure keeps a fingerprint of each of these fields ({@link #fingerprints}, a short hash per field, small
 * enough for a process variable and naming no content); after a correction, {@link #changed} says which of them
 * differ, so the unit decides again only when what it decided on changed.
 *
 * @param labels the request's fields (its JSON properties) with their Chinese labels, in the order they are shown
 */
public record DecisionSubject(Map<String, String> labels) {

	private static final ObjectMapper JSON = new ObjectMapper();

	public DecisionSubject {
		labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
	}

	/** From pairs of field name and label: {@code of("accountName", "账号名称", "platform", "发布平台")}. */
	public static DecisionSubject of(String... namesAndLabels) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndLabels.length; i += 2) {
			labels.put(namesAndLabels[i], namesAndLabels[i + 1]);
		}
		return new DecisionSubject(labels);
	}

	public List<String> fields() {
		return List.copyOf(labels.keySet());
	}

	/** The labels of some fields, joined for a sentence: 账号名称、发布平台. */
	public String labelsOf(List<String> fields) {
		return String.join("、", fields.stream().map(labels::get).toList());
	}

	/** Checks the field names against the request's own (a renamed field must not silently drop out). */
	public DecisionSubject requireFieldsOf(Set<String> requestFields) {
		List<String> unknown = fields().stream().filter(field -> !requestFields.contains(field)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("not fields of the request: " + unknown);
		}
		return this;
	}

	/** The fingerprints of the fields of a request given as JSON, as JSON text {@code {"field":"hash",…}}. */
	public String fingerprints(String requestJson) {
		JsonNode request = read(requestJson);
		Map<String, String> hashes = new LinkedHashMap<>();
		for (String field : labels.keySet()) {
			hashes.put(field, hash(request.path(field)));
		}
		try {
			return JSON.writeValueAsString(hashes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The fingerprints of a request record (serialized as JSON with its component names). */
	public String fingerprintsOf(Record request) {
		return fingerprints(JSON.valueToTree(request).toString());
	}

	/** {@link #changed} for a request record. */
	public List<String> changedSince(String decidedOn, Record request) {
		return changed(decidedOn, JSON.valueToTree(request).toString());
	}

	/**
	 * The fields whose value differs from what was decided on; all of them when nothing was decided on yet.
	 *
	 * @param decidedOn {@link #fingerprints} when the decision was taken, or null
	 */
	public List<String> changed(String decidedOn, String requestJson) {
		if (decidedOn == null || decidedOn.isBlank()) {
			return fields();
		}
		JsonNode before = read(decidedOn);
		JsonNode now = read(fingerprints(requestJson));
		return fields().stream().filter(field -> !before.path(field).equals(now.path(field))).toList();
	}

	private static String hash(JsonNode value) {
		// null, absent and empty text are the same answer in a form
		String text = value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isBlank() ? ""
				: value.isTextual() ? value.asText().strip() : value.toString();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode read(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (IOException e) {
			throw new UncheckedIOException("not JSON", e);
		}
	}

}
