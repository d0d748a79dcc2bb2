package cn.gov.cjqx.approval.system;

import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Validation messages and other texts are Chinese on every thread, not only in web requests (which use the fixed
 * locale of spring.web.locale): delegates run on the job executor's threads too.
 */
@Configuration(proxyBeanMethods = false)
class ChineseLocale {

	ChineseLocale() {
		LocaleContextHolder.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
	}

}
