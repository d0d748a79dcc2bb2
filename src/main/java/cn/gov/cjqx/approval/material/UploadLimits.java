package cn.gov.cjqx.approval.material;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.MultipartConfigElement;

/**
 * The servlet's multipart limits, derived from {@code app.materials.max-size}: a file of exactly that size is
 * accepted, one byte more is refused with 413. The request as a whole may be larger than the file by the form's other
 * parts and boundaries, so its limit leaves room for them.
 */
@Configuration
class UploadLimits {

	static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);

	@Bean
	MultipartConfigElement multipartConfigElement(@Value("${app.materials.max-size}") DataSize maxSize) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(maxSize);
		factory.setMaxRequestSize(DataSize.ofBytes(maxSize.toBytes() + FORM_OVERHEAD.toBytes()));
		return factory.createMultipartConfig();
	}

}
