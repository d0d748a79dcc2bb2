package cn.gov.cjqx.approval.unit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	@Query("select u from Unit u where u.code = :code")
	Optional<Unit> findByCode(String code);

	/**
	 * The unit, locked until the transaction ends: rules such as "one account per unit" count under this lock, so
	 * concurrent filings of one unit are decided one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from Unit u where u.code = :code")
	Optional<Unit> lockByCode(String code);

}
