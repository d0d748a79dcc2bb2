package cn.gov.cjqx.approval.procedure;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.system.Violation;

/**
 * ONE_PROCEDURE_AT_A_TIME for accounts: one running change or closure per account. Callers hold the account's lock
 * ({@code NewMediaAccountRepository.lockById}), so that concurrent requests are decided one after the other.
 */
@Component
public class AccountProcedureGuard {

	static final Set<ProcedureKind> ACCOUNT_PROCEDURES = EnumSet.of(ProcedureKind.NEW_MEDIA_CHANGE,
			ProcedureKind.NEW_MEDIA_CLOSURE);

	private final ProcedureRepository procedures;

	AccountProcedureGuard(ProcedureRepository procedures) {
		this.procedures = procedures;
	}

	public Optional<Violation> check(NewMediaAccount lockedAccount) {
		if (procedures.existsByAccountIdAndStatusAndKindIn(lockedAccount.getId(), ProcedureStatus.RUNNING,
				ACCOUNT_PROCEDURES)) {
			return Optional.of(new Violation("ONE_PROCEDURE_AT_A_TIME", null,
					"账号“" + lockedAccount.getName() + "”已有正在办理的变更或关停/注销事项，办结后才能再次申请"));
		}
		return Optional.empty();
	}

}
