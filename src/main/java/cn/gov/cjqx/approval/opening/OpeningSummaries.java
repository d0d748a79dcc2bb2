package cn.gov.cjqx.approval.opening;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.procedure.MarkdownSummary;
import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.Procedure;

/** Markdown for the task forms: the filing's key facts with one-click material links, and the earlier opinions. */
@Component
class OpeningSummaries {

	private final OpeningService openings;

	private final OpeningFilingRecordRepository filings;

	private final ApprovalHistory history;

	private final PlatformCatalog platforms;

	OpeningSummaries(OpeningService openings, OpeningFilingRecordRepository filings, ApprovalHistory history,
			PlatformCatalog platforms) {
		this.openings = openings;
		this.filings = filings;
		this.history = history;
		this.platforms = platforms;
	}

	long procedureIdOf(String processInstanceId) {
		return openings.procedureIdOf(processInstanceId);
	}

	@Transactional(readOnly = true)
	String filing(long procedureId) {
		Procedure procedure = openings.procedure(procedureId);
		OpeningFiling filing = openings.filing(procedureId);
		MarkdownSummary md = new MarkdownSummary().line("业务编号", procedure.getBusinessKey())
			.line("主办单位", procedure.getUnit().getFullName())
			.line("账号名称", filing.accountName())
			.line("发布平台", platforms.label(filing.platform()))
			.line("认证主体", OpeningFiling.isTrue(filing.certified()) ? filing.certificationSubject() : "未认证")
			.line("承办单位", (filing.undertakingUnitName() == null ? "（未填写）" : filing.undertakingUnitName())
					+ (OpeningFiling.isTrue(filing.undertakingEntrusted()) ? "（委托专门机构承办）" : ""))
			.line("互联网新闻信息服务资质", OpeningFiling.isTrue(filing.newsServiceLicensed()) ? "已取得" : "未取得")
			.line("管理员", filing.administrators()
				.stream()
				.map(OpeningSummaries::administrator)
				.collect(Collectors.joining("；")))
			.paragraph("**材料**");
		for (Map.Entry<OpeningMaterial, UUID> material : filing.materials().entrySet()) {
			md.material(material.getKey().title(), material.getValue());
		}
		filings.findById(procedureId)
			.filter(record -> record.getMinutesMaterialId() != null)
			.ifPresent(record -> md.material(
					OpeningMaterial.MEETING_MINUTES.title() + "（会议日期 " + record.getMeetingDate() + "）",
					record.getMinutesMaterialId()));
		return md.toString();
	}

	String history(String businessKey) {
		return history.markdown(businessKey);
	}

	private static String administrator(AccountAdministrator admin) {
		return admin.name() + (admin.unitAndPost() == null ? "" : "，" + admin.unitAndPost()) + "，手机 " + admin.mobile();
	}


}
