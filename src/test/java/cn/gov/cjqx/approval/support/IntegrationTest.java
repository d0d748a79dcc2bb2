package cn.gov.cjqx.approval.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, with the demo data, on H2 or (profile postgres) PostgreSQL. Every
 * integration test uses this one configuration so that they share one application context. Its mails go to the test
 * SMTP server ({@link TestSmtp}, started first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestSmtp.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=${test.smtp.port}" })
public @interface IntegrationTest {

}
