package cn.gov.cjqx.approval.account;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import cn.gov.cjqx.approval.system.ApiException;

public interface NewMediaAccountRepository extends JpaRepository<NewMediaAccount, Long> {

	@EntityGraph(attributePaths = "hostUnit")
	java.util.Optional<NewMediaAccount> findWithHostUnitById(Long id);

	/** The account with its host unit, or 404 with a Chinese message. */
	default NewMediaAccount getWithHostUnit(long id) {
		return findWithHostUnitById(id).orElseThrow(() -> ApiException.notFound("未找到编号为 " + id + " 的政务新媒体账号"));
	}

	/** The account, locked until the transaction ends: one procedure at a time is decided under this lock. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select a from NewMediaAccount a join fetch a.hostUnit where a.id = :id")
	java.util.Optional<NewMediaAccount> lockById(Long id);

	/**
	 * The unit's accounts that count against "one account per unit" (opening, active or closing), but for one. The
	 * statuses are spelled out rather than passed: Hibernate translates a query with a list parameter to SQL anew on
	 * every call, and this one runs on every filing.
	 */
	@org.springframework.data.jpa.repository.Query("select count(a) from NewMediaAccount a where a.hostUnit.id = :unitId"
			+ " and a.status in (cn.gov.cjqx.approval.account.AccountStatus.OPENING,"
			+ " cn.gov.cjqx.approval.account.AccountStatus.ACTIVE, cn.gov.cjqx.approval.account.AccountStatus.CLOSING)"
			+ " and a.id <> :exceptId")
	long countHeldByHostUnitIdExcept(Long unitId, Long exceptId);

	@EntityGraph(attributePaths = "hostUnit")
	List<NewMediaAccount> findAllByOrderByIdAsc();

	@EntityGraph(attributePaths = "hostUnit")
	List<NewMediaAccount> findByHostUnitCodeInOrderByIdAsc(java.util.Collection<String> unitCodes);

}
