package cn.gov.cjqx.approval.system;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Converts a request record (the REST body of a start call) to process variables, one per non-null component with the
 * same names as the form fields (lists as Spin JSON), and back, whatever wrote them: our API, a Tasklist form or an
 * /engine-rest client. Also to and from the JSON kept beside a procedure.
 */
@Component
public class RecordVariables {

	private final ObjectMapper objectMapper;

	RecordVariables(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	public VariableMap toVariables(Record record) {
		Map<String, Object> values = objectMapper.convertValue(record,
				objectMapper.getTypeFactory().constructMapType(HashMap.class, String.class, Object.class));
		VariableMap variables = Variables.createVariables();
		values.forEach((name, value) -> {
			if (value == null) {
				// an absent variable reads as null (fromVariables, forms); storing it would cost three rows with full history
				return;
			}
			if (value instanceof List<?> list) {
				variables.putValueTyped(name, SpinValues.jsonValue(toJson(list)).create());
			}
			else {
				variables.put(name, value);
			}
		});
		return variables;
	}

	/**
	 * @throws IllegalArgumentException when a value has the wrong type or is not one of the allowed values; its message
	 *         names the fields (never Jackson's English text, which would reach the person who sent it)
	 */
	public <T extends Record> T fromVariables(Map<String, Object> variables, Class<T> type) {
		Map<String, Object> values = new HashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			if (variables.containsKey(component.getName())) {
				values.put(component.getName(), normalize(variables.get(component.getName())));
			}
		}
		try {
			return objectMapper.convertValue(values, type);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(fieldsOf(e), e);
		}
	}

	private static String fieldsOf(IllegalArgumentException e) {
		if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return mapping.getPath()
				.stream()
				.map(reference -> reference.getFieldName() != null ? reference.getFieldName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."));
		}
		return "（未知字段）";
	}

	public String toJson(Object value) {
		try {
			return objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	public <T> T fromJson(String json, Class<T> type) {
		try {
			return objectMapper.readValue(json, type);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored JSON is not a " + type.getSimpleName(), e);
		}
	}

	private Object normalize(Object value) {
		if (value instanceof SpinJsonNode node) {
			try {
				return objectMapper.readValue(node.toString(), Object.class);
			}
			catch (JsonProcessingException e) {
				throw new IllegalArgumentException("not JSON: " + node, e);
			}
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : text;
		}
		return value;
	}

}
