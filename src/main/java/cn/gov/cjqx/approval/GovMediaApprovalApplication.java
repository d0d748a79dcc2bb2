package cn.gov.cjqx.approval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 政务网站与政务新媒体审批系统: Camunda 7 engine, Tasklist/Cockpit/Admin, REST API under /api. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GovMediaApprovalApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovMediaApprovalApplication.class, args);
	}

}
