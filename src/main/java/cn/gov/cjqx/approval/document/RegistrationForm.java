package cn.gov.cjqx.approval.document;

import java.time.LocalDate;
import java.util.List;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.account.AccountColumn;

/** The values of the attachment's 澄江市气象局新媒体备案登记表, from a registered account or an opening in progress. */
public record RegistrationForm(String unitName, LocalDate filledOn, String accountIdAndName, LocalDate registeredOn,
		String platformCode, String platformLabel, boolean certified, String supervisingUnit, boolean newsServiceLicensed,
		String hostUnit, String hostLeader, String hostContact, String undertakingUnit, String undertakingLeader,
		String undertakingContact, String qrCode, String introduction, String accessUrl, List<AccountColumn> columns,
		List<AccountAdministrator> administrators) {
}
