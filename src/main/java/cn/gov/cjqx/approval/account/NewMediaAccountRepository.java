package cn.gov.cjqx.approval.account;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NewMediaAccountRepository extends JpaRepository<NewMediaAccount, Long> {

	/** Accounts that count against "one account per unit": opening, active or closing. */
	java.util.Set<AccountStatus> HELD = java.util.EnumSet.of(AccountStatus.OPENING, AccountStatus.ACTIVE,
			AccountStatus.CLOSING);

	long countByHostUnitIdAndStatusInAndIdNot(Long unitId, java.util.Collection<AccountStatus> statuses, Long exceptId);

	@EntityGraph(attributePaths = "hostUnit")
	List<NewMediaAccount> findAllByOrderByIdAsc();

	@EntityGraph(attributePaths = "hostUnit")
	List<NewMediaAccount> findByHostUnitCodeInOrderByIdAsc(java.util.Collection<String> unitCodes);

}
