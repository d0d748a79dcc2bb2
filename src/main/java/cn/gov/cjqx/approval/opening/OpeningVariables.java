package cn.gov.cjqx.approval.opening;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Converts an {@link OpeningFiling} to process variables (one per field, the same names as the form fields; lists as
 * Spin JSON) and back, whatever wrote them: our API, a Tasklist form or an /engine-rest client.
 */
@Component
class OpeningVariables {

	private static final Set<String> FIELDS = Arrays.stream(OpeningFiling.class.getRecordComponents())
		.map(RecordComponent::getName)
		.collect(Collectors.toUnmodifiableSet());

	private final ObjectMapper objectMapper;

	OpeningVariables(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	VariableMap toVariables(OpeningFiling filing) {
		Map<String, Object> values = objectMapper.convertValue(filing, objectMapper.getTypeFactory()
			.constructMapType(HashMap.class, String.class, Object.class));
		VariableMap variables = Variables.createVariables();
		values.forEach((name, value) -> {
			if (value instanceof List<?> list) {
				variables.putValueTyped(name, SpinValues.jsonValue(json(list)).create());
			}
			else {
				variables.put(name, value);
			}
		});
		return variables;
	}

	/** @throws IllegalArgumentException when a value has the wrong type */
	OpeningFiling fromVariables(Map<String, Object> variables) {
		Map<String, Object> values = new HashMap<>();
		variables.forEach((name, value) -> {
			if (FIELDS.contains(name)) {
				values.put(name, normalize(value));
			}
		});
		return objectMapper.convertValue(values, OpeningFiling.class);
	}

	String toJson(OpeningFiling filing) {
		return json(filing);
	}

	OpeningFiling fromJson(String json) {
		try {
			return objectMapper.readValue(json, OpeningFiling.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored opening filing is not readable", e);
		}
	}

	private Object normalize(Object value) {
		if (value instanceof SpinJsonNode node) {
			return fromJsonText(node.toString());
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : text;
		}
		return value;
	}

	private Object fromJsonText(String text) {
		try {
			return objectMapper.readValue(text, Object.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("not JSON: " + text, e);
		}
	}

	private String json(Object value) {
		try {
			return objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
