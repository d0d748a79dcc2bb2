package cn.gov.cjqx.approval.opening;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.procedure.MarkdownSummary;
import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.Procedure;

/** Markdown for the task forms: every field of the filing with its materials and 备案登记表, and the earlier decisions. */
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

	/**
	 * Every field of the filing in the order of the 备案登记表, then the declarations, the materials and the 备案登记表
	 * itself as Word (what the approvers would otherwise only see in the portal or the registry).
	 */
	@Transactional(readOnly = true)
	String filing(long procedureId) {
		Procedure procedure = openings.procedure(procedureId);
		OpeningFiling filing = openings.filing(procedureId);
		boolean selfBuilt = platforms.find(filing.platform()).map(PlatformCatalog.Platform::selfBuilt).orElse(false);
		MarkdownSummary md = new MarkdownSummary().line("业务编号", procedure.getBusinessKey())
			.line("主办单位", procedure.getUnit().getFullName())
			.line("主管单位", filing.supervisingUnitName())
			.line("账号名称", filing.accountName())
			.line("账号ID", filing.platformAccountId())
			.line("发布平台", platforms.label(filing.platform()))
			.line("注册日期", filing.registeredOn())
			.line("是否通过认证", MarkdownSummary.yesNo(filing.certified()))
			.line("认证主体", OpeningFiling.isTrue(filing.certified()) ? filing.certificationSubject() : "未认证")
			.line("互联网新闻信息服务资质", OpeningFiling.isTrue(filing.newsServiceLicensed()) ? "已取得" : "未取得")
			.line("主办单位分管领导及职务", filing.hostLeader())
			.line("主办单位联系电话及方式", filing.hostContact())
			.line("承办单位", filing.undertakingUnitName())
			.line("委托其他专门机构承办", MarkdownSummary.yesNo(filing.undertakingEntrusted()))
			.line("承办单位分管领导及职务", filing.undertakingLeader())
			.line("承办单位联系电话及方式", filing.undertakingContact())
			.line("基本情况简介", filing.introduction())
			.webLink("访问链接", filing.accessUrl())
			.materialLine("新媒体二维码", filing.qrCodeMaterialId(), "查看二维码图片")
			.columns("栏目设置", filing.columns())
			.administrators("管理员", filing.administrators())
			.paragraph("**申请说明**")
			.line("为重大活动或专项工作开设", MarkdownSummary.yesNo(filing.eventOrSpecialProject()))
			.line("垂管依据", filing.verticalManagementBasis() == null ? "（无）" : filing.verticalManagementBasis())
			.line("从事互联网新闻信息服务或传播网络视听节目", MarkdownSummary.yesNo(filing.providesNewsOrAudiovisual()))
			.line("使用地图", MarkdownSummary.yesNo(filing.mapsUsed()));
		if (OpeningFiling.isTrue(filing.mapsUsed())) {
			md.line("使用标准地图", MarkdownSummary.yesNo(filing.standardMap())).line("审图号", filing.mapApprovalNo());
		}
		if (selfBuilt) {
			md.line("已通过网络安全等级保护测评", MarkdownSummary.yesNo(filing.appSecurityAssessed()))
				.line("全面支持 IPv6", MarkdownSummary.yesNo(filing.appIpv6()))
				.line("支持不同终端便捷使用", MarkdownSummary.yesNo(filing.appMultiTerminal()))
				.line("依托的集约化平台", filing.appIntegratedPlatform());
		}
		md.paragraph("**材料**（在新标签页中打开）")
			.link("备案登记表（Word，按本次填报内容生成）",
					"/api/procedures/" + procedure.getBusinessKey() + "/registration-form.docx");
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

}
