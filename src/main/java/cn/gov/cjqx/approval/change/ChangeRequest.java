package cn.gov.cjqx.approval.change;

import java.util.List;
import java.util.UUID;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.account.AccountColumn;
import cn.gov.cjqx.approval.procedure.DecisionBasis;
import cn.gov.cjqx.approval.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of an account: the reason, the unit's decision basis (ART18_DECISION_BASIS), and only the fields that
 * change (the others stay null). The platform cannot change: that is a closure and a new opening. The same names are
 * the REST body, the process variables and the form fields.
 */
public record ChangeRequest(
		@NotBlank(message = "请说明变更原因") @Size(max = 2000) @PlainText String reason,
		@NotNull(message = "请选择决定依据：单位集体研究或主要领导同意") DecisionBasis decisionBasis,
		@NotBlank(message = "请填写会议纪要编号或主要领导签批文件") @Size(max = 200) @PlainText String decisionReference,
		@Size(max = 60, message = "账号名称不能超过 60 个字") @PlainText String accountName,
		@Size(max = 40) String hostUnitCode,
		String platform,
		@Size(max = 100) @PlainText String hostLeader,
		@Size(max = 200) @PlainText String hostContact,
		@Size(max = 100) @PlainText String undertakingUnitName,
		Boolean undertakingEntrusted,
		@Size(max = 100) @PlainText String undertakingLeader,
		@Size(max = 200) @PlainText String undertakingContact,
		Boolean certified,
		@Size(max = 100) @PlainText String certificationSubject,
		Boolean newsServiceLicensed,
		@Size(max = 2000) @PlainText String introduction,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "访问链接应以 http:// 或 https:// 开头") String accessUrl,
		UUID qrCodeMaterialId,
		@Size(max = 60) List<@Valid @NotNull AccountColumn> columns,
		@Size(min = 1, max = 20, message = "管理员为 1 至 20 人") List<@Valid @NotNull AccountAdministrator> administrators,
		UUID materialEntrustment,
		UUID materialNewsQualification) {

	/** The fields that change, in the order of the registration form. */
	public List<String> changedFields() {
		List<String> fields = new java.util.ArrayList<>();
		add(fields, "accountName", accountName);
		add(fields, "hostUnitCode", hostUnitCode);
		add(fields, "hostLeader", hostLeader);
		add(fields, "hostContact", hostContact);
		add(fields, "undertakingUnitName", undertakingUnitName);
		add(fields, "undertakingEntrusted", undertakingEntrusted);
		add(fields, "undertakingLeader", undertakingLeader);
		add(fields, "undertakingContact", undertakingContact);
		add(fields, "certified", certified);
		add(fields, "certificationSubject", certificationSubject);
		add(fields, "newsServiceLicensed", newsServiceLicensed);
		add(fields, "introduction", introduction);
		add(fields, "accessUrl", accessUrl);
		add(fields, "qrCodeMaterialId", qrCodeMaterialId);
		add(fields, "columns", columns);
		add(fields, "administrators", administrators);
		return fields;
	}

	/** A change of the administrators only (internal staff records, Art. 27): no city filing and no notice. */
	public boolean administratorsOnly() {
		return changedFields().equals(List.of("administrators"));
	}

	private static void add(List<String> fields, String name, Object value) {
		if (value != null) {
			fields.add(name);
		}
	}

}
