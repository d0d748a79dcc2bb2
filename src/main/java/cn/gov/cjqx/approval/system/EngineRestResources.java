package cn.gov.cjqx.approval.system;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * /engine-rest as Camunda's starter sets it up, with one change: Camunda's {@link JacksonConfigurator} hands out a new
 * ObjectMapper each time it is asked, and Jackson's providers ask for every body they read or write, so every request
 * built its serializers and deserializers anew (8 % of the CPU samples of a Tasklist list request). Here all requests
 * share one mapper, configured by Camunda's own {@link JacksonConfigurator#configureObjectMapper}. A configured
 * ObjectMapper is safe to share; nothing in Camunda's REST resources reconfigures the mapper it is given.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestResources extends CamundaJerseyResourceConfig {

	@Override
	protected void registerCamundaRestResources() {
		registerClasses(CamundaRestResources.getResourceClasses());
		Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
		configuration.remove(JacksonConfigurator.class);
		registerClasses(configuration);
		register(new SharedObjectMapper());
		register(JacksonFeature.class);
	}

	/**
	 * Camunda's configuration of the mapper, made once. (Camunda's date format can be changed only by its
	 * CustomJacksonDateFormatListener in a web.xml, which the Spring Boot starter does not use.)
	 */
	@Provider
	@Produces({ MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON })
	static final class SharedObjectMapper extends JacksonConfigurator {

		private final ObjectMapper mapper = configureObjectMapper(new ObjectMapper());

		@Override
		public ObjectMapper getContext(Class<?> type) {
			return mapper;
		}

	}

}
